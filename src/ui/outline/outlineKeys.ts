/**
 * The row a key moves the active row of a list of `count` rows to, from `index` (-1 when no
 * row is active yet), or `null` when the key does not move it. `page` is the number of rows a
 * PageUp/PageDown skips. The first arrow press with no active row lands on `fallback` (the
 * selected row, else the first).
 */
export function nextActive(
  key: string,
  index: number,
  count: number,
  page: number,
  fallback = 0,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  if (index < 0 || index > last) {
    if (key === 'Home') return 0;
    if (key === 'End') return last;
    return MOVES.has(key) ? clamp(fallback) : null;
  }
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + Math.max(1, page));
    case 'PageUp':
      return clamp(index - Math.max(1, page));
    default:
      return null;
  }
}

const MOVES = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);
