/** First-use pane widths (px) for a window; the user's own sizes are kept once they resize. */
export interface PaneWidths {
  left: number;
  right: number;
  editor: number;
}

/**
 * Splits a window between palette, canvas, YAML editor and inspector so that the canvas keeps
 * the largest share at every size: fixed side panes (narrower below 1440 px) and an editor of
 * about two fifths of what remains, between 320 and 560 px.
 */
export function defaultPaneWidths(windowWidth: number): PaneWidths {
  const narrow = windowWidth < 1440;
  const left = narrow ? 216 : 240;
  const right = narrow ? 288 : 320;
  const rest = Math.max(0, windowWidth - left - right);
  const editor = Math.round(Math.min(560, Math.max(320, rest * 0.4)));
  return { left, right, editor };
}

/** The narrowest the pane beside the YAML editor (the canvas, or the editor in YAML view) gets. */
export const MIN_SHARED_PANE = 240;
/** The YAML editor's own minimum (its resize handle's). */
export const MIN_EDITOR = 280;
/** Room the three resize handles take. */
const HANDLES = 18;

/**
 * The widest the YAML editor's pane may be in a window of this width beside side panes of these
 * widths (0 for a hidden one): the pane it shares the middle with keeps `MIN_SHARED_PANE`. Never
 * below the editor's own minimum, so a tiny window still shows an editor.
 */
export function editorWidthLimit(windowWidth: number, left: number, right: number): number {
  return Math.max(MIN_EDITOR, windowWidth - left - right - HANDLES - MIN_SHARED_PANE);
}
