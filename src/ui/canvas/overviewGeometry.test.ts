import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitOverview, fromOverview, toOverview, viewportRect } from './overviewGeometry';

describe('overview geometry', () => {
  it('given a tall chart, then it fits the overview by its height, centred across', () => {
    const fit = fitOverview({ x: 0, y: 0, width: 100, height: 1000 }, 160, 100, 4);
    expect(fit.scale).toBeCloseTo(92 / 1000);
    const r = toOverview(fit, { x: 0, y: 0, width: 100, height: 1000 });
    expect(r.y).toBeCloseTo(4);
    expect(r.y + r.height).toBeCloseTo(96);
    expect(r.x + r.width / 2).toBeCloseTo(80);
  });

  it('given a point on the overview, then the flow point under it maps back onto it', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          width: fc.integer({ min: 1, max: 100000 }),
          height: fc.integer({ min: 1, max: 100000 }),
        }),
        fc.integer({ min: 0, max: 160 }),
        fc.integer({ min: 0, max: 100 }),
        (content, px, py) => {
          const fit = fitOverview(content, 160, 100);
          const p = fromOverview(fit, px, py);
          const back = toOverview(fit, { ...p, width: 0, height: 0 });
          expect(back.x).toBeCloseTo(px, 6);
          expect(back.y).toBeCloseTo(py, 6);
        },
      ),
    );
  });

  it('given a transform, then the viewport is the flow area the canvas shows', () => {
    expect(viewportRect([-200, -100, 2], 800, 600)).toEqual({
      x: 100,
      y: 50,
      width: 400,
      height: 300,
    });
  });
});
