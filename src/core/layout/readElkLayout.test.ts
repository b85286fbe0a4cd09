import { describe, expect, it } from 'vitest';
import type { ElkGraphNode } from './elkTypes';
import { nearRoute, readElkLayout } from './readElkLayout';

const elkOut = (label: { x: number; y: number }): ElkGraphNode => ({
  id: 'root',
  width: 400,
  height: 400,
  children: [
    {
      id: 'C',
      x: 10,
      y: 20,
      width: 300,
      height: 200,
      children: [
        {
          id: 'C/0',
          x: 5,
          y: 60,
          width: 100,
          height: 50,
          children: [{ id: 'C/0/A', x: 7, y: 8, width: 20, height: 20 }],
        },
        { id: 'C/1', x: 150, y: 60, width: 100, height: 120 },
      ],
    },
    { id: 'B', x: 10, y: 300, width: 200, height: 56 },
  ],
  edges: [
    {
      id: 'e',
      sources: ['C'],
      targets: ['B'],
      labels: [{ width: 120, height: 20, ...label }],
      sections: [
        {
          id: 's',
          startPoint: { x: 100, y: 220 },
          bendPoints: [
            { x: 100, y: 240 },
            { x: 110, y: 240 },
          ],
          endPoint: { x: 110, y: 300 },
        },
      ],
    },
  ],
});

describe('readElkLayout', () => {
  it('given nested shapes, when read, then positions are parent-relative and absolute', () => {
    const l = readElkLayout(elkOut({ x: 50, y: 250 }), 'k', 'DOWN', new Set(['C/0', 'C/1']));
    expect(l.nodes.get('C/0/A')).toEqual({ x: 7, y: 8, absX: 22, absY: 88, width: 20, height: 20 });
    expect(l.edges.get('e')?.points).toEqual([
      { x: 100, y: 220 },
      { x: 100, y: 240 },
      { x: 110, y: 240 },
      { x: 110, y: 300 },
    ]);
    expect(l.edges.get('e')?.label).toEqual({ x: 50, y: 250, width: 120, height: 20 });
    expect([l.width, l.height, l.key]).toEqual([400, 400, 'k']);
  });

  it('given lanes of different heights flowing down, when read, then they are stretched to one depth', () => {
    const l = readElkLayout(elkOut({ x: 50, y: 250 }), 'k', 'DOWN', new Set(['C/0', 'C/1']));
    expect(l.nodes.get('C/0')?.height).toBe(120);
    expect(l.nodes.get('C/1')?.height).toBe(120);
  });

  it('given a label elk left at 0,0, when read, then it is centred on the longest route segment', () => {
    const l = readElkLayout(elkOut({ x: 0, y: 0 }), 'k', 'DOWN', new Set());
    const label = l.edges.get('e')?.label;
    expect(label).toEqual({ x: 50, y: 260, width: 120, height: 20 });
    expect(nearRoute({ x: 0, y: 0, width: 120, height: 20 }, l.edges.get('e')?.points ?? [])).toBe(
      false,
    );
  });
});
