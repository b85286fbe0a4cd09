/** A rectangle in flow coordinates, or a size in screen pixels (x, y 0). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface InitialViewportOptions {
  /** Below this zoom cards are not readable: do not fit, open at `readableZoom` instead. */
  minReadableZoom: number;
  /** The zoom a chart too large to fit opens at. */
  readableZoom: number;
  /** The largest zoom a small chart is fitted at. */
  maxZoom: number;
  /** Screen pixels kept free around a fitted chart, and above the start of a large one. */
  margin: number;
}

export const INITIAL_VIEWPORT: InitialViewportOptions = {
  minReadableZoom: 0.7,
  readableZoom: 0.9,
  maxZoom: 1,
  margin: 32,
};

/**
 * The viewport a chart opens at. A chart that fits the canvas at a readable zoom is fitted
 * (centred, never above `maxZoom`); a larger one opens at `readableZoom` with its start (the
 * StartAt marker) at the top: centred on the chart when its width fits, else its left edge
 * shown (or the start centred when the left edge is too far from it), so the first states can
 * be read and the minimap gives the overview.
 */
export function initialViewport(
  chart: Rect,
  start: { x: number; y: number } | null,
  canvas: { width: number; height: number },
  options: InitialViewportOptions = INITIAL_VIEWPORT,
): Viewport {
  const { margin } = options;
  const w = Math.max(1, chart.width);
  const h = Math.max(1, chart.height);
  const fit = Math.min(
    (canvas.width - 2 * margin) / w,
    (canvas.height - 2 * margin) / h,
    options.maxZoom,
  );
  if (fit >= options.minReadableZoom) {
    return {
      zoom: fit,
      x: canvas.width / 2 - (chart.x + w / 2) * fit,
      y: canvas.height / 2 - (chart.y + h / 2) * fit,
    };
  }
  const zoom = options.readableZoom;
  const anchor = start ?? { x: chart.x + w / 2, y: chart.y };
  let x: number;
  if (w * zoom <= canvas.width - 2 * margin) {
    x = canvas.width / 2 - (chart.x + w / 2) * zoom;
  } else {
    // Too wide: the left edge shows (container headers and names start there), unless that
    // leaves the start off screen, then the start is centred.
    x = margin - chart.x * zoom;
    if (x + anchor.x * zoom > canvas.width - margin) x = canvas.width / 2 - anchor.x * zoom;
  }
  return { zoom, x, y: margin - Math.min(anchor.y, chart.y + h) * zoom };
}

/** The bounding box of boxes (top-level nodes), or null when there are none. */
export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Whether a new set of state ids is another document rather than an edit of the one shown: no
 * state is left of the previous set (or there was none). Opening, importing, restoring a
 * version or adding the first state re-runs the initial viewport; edits keep the user's view.
 */
export function isNewDocument(
  previous: readonly string[] | null,
  next: readonly string[],
): boolean {
  if (previous === null || previous.length === 0) return true;
  // The usual edit keeps the first state: no set of thousands of ids on every keystroke.
  if (next.length > 0 && next[0] === previous[0]) return false;
  const before = new Set(previous);
  return !next.some((id) => before.has(id));
}
