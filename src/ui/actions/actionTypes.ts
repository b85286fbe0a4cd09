import type { LucideIcon } from 'lucide-react';

/**
 * One user action (architecture §7): the same object feeds the toolbar, the context menus and
 * the keyboard shortcuts, so each has one label, one shortcut and one enabled rule.
 */
export interface StudioAction {
  id: string;
  label: string;
  icon?: LucideIcon;
  /** Shortcuts like `Mod+Z`, `Shift+Mod+Z`, `Delete`, `A` (Mod = Ctrl, or Cmd on macOS). */
  kbd?: string[];
  /** `true` when it can run now, or a reason shown as the tooltip when it cannot. */
  enabled: () => true | string;
  run: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut as shown to the user (`Ctrl+Z`, `⌘Z`). */
export function kbdLabel(kbd: string): string {
  return isMac ? kbd.replace('Mod+', '⌘').replace('Shift+', '⇧') : kbd.replace('Mod+', 'Ctrl+');
}

/** Whether a keyboard event matches a shortcut string. */
export function matchesKbd(e: KeyboardEvent, kbd: string): boolean {
  const parts = kbd.split('+');
  const key = parts[parts.length - 1] ?? '';
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const wantCtrl = parts.includes('Ctrl');
  const mod = isMac ? e.metaKey : e.ctrlKey;
  if (wantMod !== mod) return false;
  if (wantCtrl && !e.ctrlKey) return false;
  if (!wantMod && !wantCtrl && (e.ctrlKey || e.metaKey || e.altKey)) return false;
  if (wantShift !== e.shiftKey) return false;
  return e.key.toLowerCase() === key.toLowerCase();
}
