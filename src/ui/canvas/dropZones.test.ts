import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource } from '../../core';
import { dropZones, gapMidpoint, nearestZone, type AbsBox } from './dropZones';

const yaml = `Type: StateMachine
SpecVersion: v1
StartAt: A
States:
  - Type: Pass
    Name: A
    Next: B
  - Type: Parallel
    Name: B
    Branches:
      - StartAt: C
        States:
          - Type: Pass
            Name: C
            End: true
    Next: D
  - Type: Succeed
    Name: D
`;

function setup() {
  const parsed = parseSource(yaml);
  if (!parsed.model) throw new Error('sample does not parse');
  const graph = deriveGraph(parsed.model);
  // A column layout: every node 100 units below the previous one.
  const boxes = new Map<string, AbsBox>();
  graph.nodes.forEach((n, i) => boxes.set(n.id, { x: 0, y: i * 100, width: 200, height: 56 }));
  return { graph, boxes };
}

describe('dropZones', () => {
  it('offers between, start, end-of-branch and new-branch zones, not after Succeed', () => {
    // given a Pass → Parallel(branch: C end) → Succeed workflow
    const { graph, boxes } = setup();
    // when the zones are computed
    const kinds = dropZones(graph, boxes).map((z) => JSON.stringify(z.target));
    // then each place a state can go is present
    expect(kinds).toContain(
      JSON.stringify({ kind: 'between', scope: '', after: 'A', before: 'B' }),
    );
    expect(kinds).toContain(JSON.stringify({ kind: 'first', scope: '', before: 'A' }));
    expect(kinds).toContain(JSON.stringify({ kind: 'after', scope: 'B/0', after: 'B/0/C' }));
    expect(kinds).toContain(JSON.stringify({ kind: 'newBranch', parallel: 'B' }));
    expect(kinds.some((k) => k.includes('"after":"D"'))).toBe(false);
  });

  it('picks the nearest zone within the radius and none far away', () => {
    const { graph, boxes } = setup();
    const zones = dropZones(graph, boxes);
    const z = zones[0];
    if (!z) throw new Error('no zones');
    expect(nearestZone(zones, z.x + 3, z.y - 2)).toBe(z);
    expect(nearestZone(zones, 5000, 5000)).toBeNull();
  });

  it('offers a single first-state zone in an empty workflow', () => {
    const parsed = parseSource('Type: StateMachine\nSpecVersion: v1\nStates: []\n');
    const graph = deriveGraph(parsed.model ?? { States: [] });
    expect(dropZones(graph, new Map()).map((z) => z.target)).toEqual([
      { kind: 'first', scope: '' },
    ]);
  });
});

describe('gapMidpoint', () => {
  it('puts a zone above a container in the gap, not at the container centre', () => {
    // given a start marker above a tall Parallel
    const marker = { x: 91, y: 0, width: 18, height: 18 };
    const parallel = { x: 0, y: 60, width: 200, height: 600 };
    // then the zone is half-way between the marker bottom and the container top
    expect(gapMidpoint(marker, parallel)).toEqual({ x: 100, y: 39 });
  });

  it('uses the facing sides of boxes side by side, and centres when they overlap', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    expect(gapMidpoint(a, { x: 200, y: 0, width: 100, height: 50 })).toEqual({ x: 150, y: 25 });
    expect(gapMidpoint(a, { x: 50, y: 10, width: 100, height: 50 })).toEqual({ x: 75, y: 30 });
  });
});
