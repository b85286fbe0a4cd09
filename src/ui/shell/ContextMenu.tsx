import { useEffect, useRef } from 'react';
import { kbdLabel, type StudioAction } from '../actions/actionTypes';

interface Props {
  x: number;
  y: number;
  actions: readonly StudioAction[];
  onClose: () => void;
}

/** A context menu of registry actions; Escape or a click outside closes it. */
export function ContextMenu({ x, y, actions, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [onClose]);
  const left = Math.min(x, window.innerWidth - 220);
  const top = Math.min(y, window.innerHeight - 40 - actions.length * 30);
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      style={{ left, top }}
      data-testid="canvas.contextmenu"
    >
      {actions.map((a) => {
        const enabled = a.enabled();
        return (
          <button
            key={a.id}
            type="button"
            role="menuitem"
            disabled={enabled !== true}
            title={enabled === true ? undefined : enabled}
            onClick={() => {
              onClose();
              a.run();
            }}
          >
            <span>{a.label}</span>
            {a.kbd?.[0] && <kbd>{kbdLabel(a.kbd[0])}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
