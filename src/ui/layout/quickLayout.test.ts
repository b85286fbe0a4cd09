import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource, type NodeLayout, type StateMachine } from '../../core';
import { quickLayout } from './quickLayout';

const overlaps = (a: NodeLayout, b: NodeLayout) =>
  a.absX < b.absX + b.width &&
  b.absX < a.absX + a.width &&
  a.absY < b.absY + b.height &&
  b.absY < a.absY + a.height;

const chart = (yaml: string) => deriveGraph(parseSource(yaml).model as StateMachine);

const PARALLEL = `Type: StateMachine
SpecVersion: v1
StartAt: A
States:
  - Type: Pass
    Name: A
    Next: P
  - Type: Parallel
    Name: P
    Branches:
      - StartAt: B1
        States:
          - Type: Pass
            Name: B1
            End: true
      - StartAt: C1
        States:
          - Type: Pass
            Name: C1
            Next: C2
          - Type: Pass
            Name: C2
            End: true
    Next: Z
  - Type: Succeed
    Name: Z
`;

describe('quickLayout', () => {
  it('given a chain, when laid out down, then each state sits below the one before it', () => {
    const g = chart(PARALLEL);
    const l = quickLayout(g, 'DOWN');
    const y = (id: string) => (l.nodes.get(id) as NodeLayout).absY;
    expect(y('A')).toBeLessThan(y('P'));
    expect(y('P')).toBeLessThan(y('Z'));
    expect(l.nodes.size).toBe(g.nodes.length);
  });

  it('given a Parallel, when laid out either way, then siblings never overlap and children lie inside their parent', () => {
    const g = chart(PARALLEL);
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const l = quickLayout(g, direction);
      for (const a of g.nodes)
        for (const b of g.nodes)
          if (a !== b && a.parentId === b.parentId)
            expect(overlaps(l.nodes.get(a.id) as NodeLayout, l.nodes.get(b.id) as NodeLayout)).toBe(
              false,
            );
      for (const n of g.nodes) {
        if (n.parentId === undefined) continue;
        const c = l.nodes.get(n.id) as NodeLayout;
        const p = l.nodes.get(n.parentId) as NodeLayout;
        expect(c.absX).toBeGreaterThanOrEqual(p.absX);
        expect(c.absY).toBeGreaterThanOrEqual(p.absY);
        expect(c.absX + c.width).toBeLessThanOrEqual(p.absX + p.width);
        expect(c.absY + c.height).toBeLessThanOrEqual(p.absY + p.height);
      }
    }
  });
});
