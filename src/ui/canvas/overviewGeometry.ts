import type { Rect } from './initialViewport';

/** How flow coordinates map onto the overview: `px = (x - origin.x) * scale + offset.x`. */
export interface OverviewFit {
  origin: { x: number; y: number };
  scale: number;
  offset: { x: number; y: number };
}

/**
 * Fits `content` (the chart, and the viewport so it is always in view) into a `width` ×
 * `height` overview with `padding` around, centred, keeping proportions.
 */
export function fitOverview(
  content: Rect,
  width: number,
  height: number,
  padding = 4,
): OverviewFit {
  const w = Math.max(content.width, 1);
  const h = Math.max(content.height, 1);
  const scale = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  return {
    origin: { x: content.x, y: content.y },
    scale,
    offset: { x: (width - w * scale) / 2, y: (height - h * scale) / 2 },
  };
}

/** A flow rectangle on the overview (pixels). */
export function toOverview(fit: OverviewFit, r: Rect): Rect {
  return {
    x: (r.x - fit.origin.x) * fit.scale + fit.offset.x,
    y: (r.y - fit.origin.y) * fit.scale + fit.offset.y,
    width: r.width * fit.scale,
    height: r.height * fit.scale,
  };
}

/** The flow point under an overview pixel. */
export function fromOverview(fit: OverviewFit, px: number, py: number): { x: number; y: number } {
  return {
    x: (px - fit.offset.x) / fit.scale + fit.origin.x,
    y: (py - fit.offset.y) / fit.scale + fit.origin.y,
  };
}

/** The part of the chart the canvas shows, in flow coordinates. */
export function viewportRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}
