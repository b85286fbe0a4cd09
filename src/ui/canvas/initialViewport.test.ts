import { describe, expect, it } from 'vitest';
import { boundsOf, initialViewport, isNewDocument } from './initialViewport';

const canvas = { width: 800, height: 600 };

describe('initialViewport', () => {
  it('fits a small chart, centred, never above zoom 1', () => {
    // given a 200×300 chart at (100, 50)
    const v = initialViewport({ x: 100, y: 50, width: 200, height: 300 }, null, canvas);
    // then it is shown at zoom 1, its centre at the canvas centre
    expect(v.zoom).toBe(1);
    expect(v.x + (100 + 100) * v.zoom).toBeCloseTo(400);
    expect(v.y + (50 + 150) * v.zoom).toBeCloseTo(300);
  });

  it('fits a medium chart when the fitted zoom stays readable', () => {
    const v = initialViewport({ x: 0, y: 0, width: 300, height: 700 }, null, canvas);
    expect(v.zoom).toBeCloseTo((600 - 64) / 700);
    expect(v.zoom).toBeGreaterThanOrEqual(0.7);
  });

  it('opens a tall chart at a readable zoom with its start at the top', () => {
    // given a 50-state column (4,000 units tall) whose start marker is at (91, 0)
    const v = initialViewport({ x: 0, y: 0, width: 200, height: 4000 }, { x: 100, y: 0 }, canvas);
    // then the zoom is readable and the start is near the top, horizontally centred
    expect(v.zoom).toBe(0.9);
    expect(v.y).toBe(32);
    expect(v.x + 100 * v.zoom).toBeCloseTo(400);
  });

  it('shows the left edge of a wide chart when its start stays on screen', () => {
    // given nested containers 1,000 units wide whose start marker is at x 500
    const v = initialViewport({ x: 0, y: 0, width: 1000, height: 2000 }, { x: 500, y: 0 }, canvas);
    // then the chart's left edge is at the margin and the start is visible
    expect(v.zoom).toBe(0.9);
    expect(v.x).toBe(32);
    expect(v.x + 500 * v.zoom).toBeLessThan(800);
  });

  it('centres a very wide chart on its start', () => {
    const v = initialViewport({ x: 0, y: 0, width: 5000, height: 300 }, { x: 2500, y: 10 }, canvas);
    expect(v.zoom).toBe(0.9);
    expect(v.x + 2500 * v.zoom).toBeCloseTo(400);
  });
});

describe('boundsOf', () => {
  it('encloses every box, and is null for none', () => {
    expect(
      boundsOf([
        { x: 10, y: 20, width: 5, height: 5 },
        { x: -5, y: 0, width: 10, height: 100 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 20, height: 100 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('isNewDocument', () => {
  it('is true for the first chart, after an empty one, and when no state is left', () => {
    expect(isNewDocument(null, ['A'])).toBe(true);
    expect(isNewDocument([], ['A'])).toBe(true);
    expect(isNewDocument(['A', 'B'], ['C'])).toBe(true);
    expect(isNewDocument(['A', 'B'], [])).toBe(true);
  });
  it('is false for an edit that keeps some state', () => {
    expect(isNewDocument(['A', 'B'], ['A', 'C'])).toBe(false);
    // the first state was removed or renamed: a later one is still there
    expect(isNewDocument(['A', 'B', 'C'], ['X', 'C'])).toBe(false);
  });
});
