/** The rows to render: indices `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/** Where a fixed-height list sits in its scroll container. */
export interface ListViewport {
  /** How many rows the list holds. */
  count: number;
  /** Height of every row, in px. */
  rowHeight: number;
  /** The container's scroll offset, in px. */
  scrollTop: number;
  /** The container's visible height, in px: 0 when there is no layout (tests, hidden panel). */
  height: number;
  /** Space above the first row inside the container (its top padding), in px. */
  offset?: number;
}

/** Rows rendered beyond each edge of the view, so a small scroll shows no blank band. */
export const OVERSCAN = 10;

/** Rows rendered when the container has no height yet: enough to fill any panel at first paint. */
export const FALLBACK_ROWS = 60;

/**
 * The rows of a fixed-height list that intersect the view, widened by `overscan` rows on each
 * side and clamped to the list. Without layout (height 0) it returns `FALLBACK_ROWS` rows from
 * the scroll position, so the list is never empty before it is measured.
 */
export function visibleRange(v: ListViewport, overscan = OVERSCAN): RowRange {
  const { count, rowHeight } = v;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, v.scrollTop - (v.offset ?? 0));
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  if (v.height <= 0) return { start: first, end: Math.min(count, first + FALLBACK_ROWS) };
  const last = Math.min(count, Math.ceil((top + v.height) / rowHeight));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** How many whole rows fit in the view (at least 1): the step of PageUp and PageDown. */
export function rowsPerPage(v: Pick<ListViewport, 'rowHeight' | 'height'>): number {
  if (v.rowHeight <= 0) return 1;
  const height = v.height > 0 ? v.height : FALLBACK_ROWS * v.rowHeight;
  return Math.max(1, Math.floor(height / v.rowHeight));
}

/**
 * The scroll offset that shows row `index` whole, or `null` when it already is (nothing to do).
 * `align: 'nearest'` moves the least (keyboard steps); `'center'` puts a row that is wholly out
 * of view in the middle (a jump from elsewhere, so it is not pinned to an edge) but moves a row
 * partly in view the least (a click on a half-shown row must not throw the list about).
 */
export function revealScrollTop(
  v: ListViewport,
  index: number,
  align: 'nearest' | 'center' = 'nearest',
): number | null {
  if (index < 0 || index >= v.count || v.rowHeight <= 0) return null;
  const offset = v.offset ?? 0;
  const height = v.height > 0 ? v.height : FALLBACK_ROWS * v.rowHeight;
  const rowTop = offset + index * v.rowHeight;
  const rowBottom = rowTop + v.rowHeight;
  if (rowTop >= v.scrollTop && rowBottom <= v.scrollTop + height) return null;
  const partlyInView = rowBottom > v.scrollTop && rowTop < v.scrollTop + height;
  if (align === 'center' && !partlyInView)
    return Math.max(0, Math.round(rowTop - (height - v.rowHeight) / 2));
  return rowTop < v.scrollTop ? rowTop : Math.max(0, rowBottom - height);
}
