import { useEffect, useRef } from 'react';
import { matchesKbd, type StudioAction } from './actionTypes';

/** Where shortcuts do not apply: text fields, Monaco (`.nokey`), open menus. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.nokey, input, textarea, select, [contenteditable="true"], [role="menu"]'))
    return true;
  return false;
}

/**
 * Routes keydown events to the action registry. Ignored inside inputs and Monaco, during a
 * pointer gesture (`gesture()` true), and when two actions match (ambiguous: do nothing). A
 * shortcut whose action is disabled hands the reason to `refused` (which decides whether to say
 * it: a key pressed with nothing to act on need not be).
 */
export function useShortcuts(
  actions: readonly StudioAction[],
  gesture: () => boolean,
  refused: (reason: string) => void = () => {},
): void {
  const latest = useRef({ actions, gesture, refused });
  latest.current = { actions, gesture, refused };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || latest.current.gesture()) return;
      const hits = latest.current.actions.filter((a) => a.kbd?.some((k) => matchesKbd(e, k)));
      if (hits.length !== 1) return;
      const action = hits[0] as StudioAction;
      e.preventDefault();
      const enabled = action.enabled();
      if (enabled === true) action.run();
      else latest.current.refused(enabled);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
