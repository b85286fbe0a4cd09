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
