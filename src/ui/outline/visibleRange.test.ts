import { describe, expect, it } from 'vitest';
import { FALLBACK_ROWS, revealScrollTop, rowsPerPage, visibleRange } from './visibleRange';

// A 26 px list in a 260 px panel (10 rows in view), 4 px padding above the first row.
const list = (count: number, scrollTop = 0, height = 260) => ({
  count,
  rowHeight: 26,
  scrollTop,
  height,
  offset: 4,
});

describe('visibleRange', () => {
  it('given an empty list, then no rows', () => {
    expect(visibleRange(list(0))).toEqual({ start: 0, end: 0 });
    expect(visibleRange(list(0, 500, 0))).toEqual({ start: 0, end: 0 });
  });

  it('given the top of a long list, then the rows in view plus overscan below, none above 0', () => {
    // 260 px from the top show rows 0..9 (and a sliver of 10): overscan adds 10 below
    expect(visibleRange(list(5000, 3))).toEqual({ start: 0, end: 20 });
  });

  it('given a scroll into the middle, then overscan on both sides', () => {
    // scrollTop 2604 - offset 4 = 2600 = row 100; rows 100..109 in view
    expect(visibleRange(list(5000, 2604))).toEqual({ start: 90, end: 120 });
    // half a row further: row 110 shows partly, so it is rendered too
    expect(visibleRange(list(5000, 2617))).toEqual({ start: 90, end: 121 });
  });

  it('given a list scrolled to its end, then the range ends at the last row', () => {
    const count = 5000;
    const maxScroll = 4 + count * 26 + 4 - 260;
    expect(visibleRange(list(count, maxScroll))).toEqual({ start: count - 10 - 10, end: count });
  });

  it('given a scroll offset past the end (a list that just shrank), then it clamps to the list', () => {
    const r = visibleRange(list(30, 100_000));
    expect(r.end).toBe(30);
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.start).toBeLessThan(30);
  });

  it('given a list shorter than the view, then every row, overscan clamped', () => {
    expect(visibleRange(list(3))).toEqual({ start: 0, end: 3 });
  });

  it('given no layout (height 0), then the fallback window from the scroll position', () => {
    expect(visibleRange(list(5000, 0, 0))).toEqual({ start: 0, end: FALLBACK_ROWS });
    expect(visibleRange(list(5000, 4 + 26 * 4990, 0))).toEqual({ start: 4990, end: 5000 });
    expect(visibleRange(list(7, 0, 0))).toEqual({ start: 0, end: 7 });
  });

  it('takes the overscan asked for', () => {
    expect(visibleRange(list(5000, 2604), 0)).toEqual({ start: 100, end: 110 });
  });
});

describe('rowsPerPage', () => {
  it('counts whole rows in view, at least one, the fallback window without layout', () => {
    expect(rowsPerPage({ rowHeight: 26, height: 260 })).toBe(10);
    expect(rowsPerPage({ rowHeight: 26, height: 270 })).toBe(10);
    expect(rowsPerPage({ rowHeight: 26, height: 10 })).toBe(1);
    expect(rowsPerPage({ rowHeight: 26, height: 0 })).toBe(FALLBACK_ROWS);
  });
});

describe('revealScrollTop', () => {
  it('given a row wholly in view, then nothing to do', () => {
    expect(revealScrollTop(list(100), 0)).toBeNull();
    // row 8 spans 212..238; row 9 (238..264) is cut by the 260 px edge
    expect(revealScrollTop(list(100), 8)).toBeNull();
    expect(revealScrollTop(list(100), 9)).toBe(4);
    expect(revealScrollTop(list(100), 0, 'center')).toBeNull();
  });

  it('given a row below the view, then nearest puts it on the bottom edge', () => {
    // row 10 spans 264..290: the view must end at 290
    expect(revealScrollTop(list(100), 10)).toBe(290 - 260);
    expect(revealScrollTop(list(100), 99)).toBe(4 + 100 * 26 - 260);
  });

  it('given a row above the view, then nearest puts it on the top edge', () => {
    expect(revealScrollTop(list(100, 1000), 5)).toBe(4 + 5 * 26);
  });

  it('given a row far out of view, then center puts it in the middle', () => {
    // row 200 starts at 5204; centred in 260 px: 5204 - (260 - 26) / 2
    expect(revealScrollTop(list(5000), 200, 'center')).toBe(5204 - 117);
    // near the top the offset cannot go below 0
    expect(revealScrollTop(list(5000, 4000), 1, 'center')).toBe(0);
  });

  it('given a row partly in view, then center moves the least', () => {
    // row 9 spans 238..264 and the view 3..263: one px short
    expect(revealScrollTop(list(100, 3), 9, 'center')).toBe(264 - 260);
  });

  it('given an index outside the list, then nothing', () => {
    expect(revealScrollTop(list(10), -1)).toBeNull();
    expect(revealScrollTop(list(10), 10)).toBeNull();
    expect(revealScrollTop(list(0), 0)).toBeNull();
  });

  it('given no layout, then it reasons with the fallback window', () => {
    expect(revealScrollTop(list(5000, 0, 0), 30)).toBeNull();
    expect(revealScrollTop(list(5000, 0, 0), 4999)).toBe(4 + 5000 * 26 - FALLBACK_ROWS * 26);
  });
});
