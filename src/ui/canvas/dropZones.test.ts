import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource } from '../../core';
import {
  dropZones,
  gapMidpoint,
  inferDirection,
  insertTargetOf,
  nearestZone,
  type AbsBox,
} from './dropZones';
// The Choice fixture shared with the edge-insert tests and e2e/choice-insert.spec.ts.
import ROUTED from '../../../fixtures/editing/choice-routed.yaml?raw';
import { pillWidth } from './edges/edgeGeometry';

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
      JSON.stringify({ kind: 'between', scope: '', after: 'A', before: 'B', field: 'Next' }),
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

/** The Choice sample laid out top-to-bottom: Route above Big, Small and Reject side by side. */
function choiceSetup() {
  const parsed = parseSource(ROUTED);
  if (!parsed.model) throw new Error('sample does not parse');
  const graph = deriveGraph(parsed.model);
  const at = {
    Route: { x: 300, y: 60, width: 200, height: 56 },
    Big: { x: 0, y: 200, width: 200, height: 56 },
    Small: { x: 300, y: 340, width: 200, height: 56 },
    Reject: { x: 600, y: 340, width: 200, height: 56 },
  };
  const boxes = new Map<string, AbsBox>();
  for (const n of graph.nodes) {
    const b = (at as Record<string, AbsBox>)[n.id];
    if (b) boxes.set(n.id, b);
  }
  const start = graph.edges.find((e) => e.kind === 'start');
  if (start) boxes.set(start.source, { x: 391, y: 0, width: 18, height: 18 });
  return { graph, boxes, at };
}

const edgeOf = (graph: ReturnType<typeof deriveGraph>, kind: string, target: string) => {
  const e = graph.edges.find((x) => x.kind === kind && x.target === target);
  if (!e) throw new Error(`no ${kind} edge to ${target}`);
  return e;
};

describe('insert targets on Choice and Catch edges', () => {
  it('names the exact field of a branch, the Default and a Catch rule', () => {
    // given the Choice sample's graph
    const { graph } = choiceSetup();
    // when the insert target of each labelled edge is asked
    // then it is an insertion on that field, from the Choice (or the catching state)
    expect(insertTargetOf(edgeOf(graph, 'choice', 'Small'))).toEqual({
      kind: 'between',
      scope: '',
      after: 'Route',
      before: 'Small',
      field: 'Branches/1/Next',
    });
    expect(insertTargetOf(edgeOf(graph, 'default', 'Reject'))).toMatchObject({
      after: 'Route',
      before: 'Reject',
      field: 'Default',
    });
    expect(insertTargetOf(edgeOf(graph, 'catch', 'Reject'))).toMatchObject({
      after: 'Big',
      before: 'Reject',
      field: 'Catch/0/Next',
    });
    // a Next edge is an insertion on its Next (the field the graph's edge carries), the start
    // edge inserts first, the end edge nothing
    expect(insertTargetOf(edgeOf(graph, 'next', 'Reject'))).toEqual({
      kind: 'between',
      scope: '',
      after: 'Big',
      before: 'Reject',
      field: 'Next',
    });
    expect(insertTargetOf(edgeOf(graph, 'start', 'Route'))).toEqual({
      kind: 'first',
      scope: '',
      before: 'Route',
    });
    expect(
      insertTargetOf(edgeOf(graph, 'end', graph.edges.find((e) => e.kind === 'end')?.target ?? '')),
    ).toBeNull();
  });

  it('offers a zone on every branch, the Default and the Catch edge', () => {
    // given the laid-out Choice sample
    const { graph, boxes } = choiceSetup();
    // when the zones are computed
    const fields = dropZones(graph, boxes)
      .map((z) => z.target)
      .filter((t) => t.kind === 'between')
      .map((t) => `${t.after}.${t.field}->${t.before}`);
    // then each transition has its own zone, named by its field (two fields to one target too)
    expect(fields.sort()).toEqual([
      'Big.Catch/0/Next->Reject',
      'Big.Next->Reject',
      'Route.Branches/0/Next->Big',
      'Route.Branches/1/Next->Small',
      'Route.Branches/2/Next->Reject',
      'Route.Default->Reject',
    ]);
  });

  it('puts a branch zone beside its condition pill (at the bend above the target), not on it', () => {
    // given the laid-out Choice sample (top-to-bottom)
    const { graph, boxes, at } = choiceSetup();
    const zone = dropZones(graph, boxes).find(
      (z) => z.target.kind === 'between' && z.target.field === 'Branches/0/Next',
    );
    if (!zone) throw new Error('no zone on branch 0');
    // the pill is centred on the bend above Big: x = Big's centre, y = half-way down the gap
    const pillX = at.Big.x + at.Big.width / 2;
    const halfPill = pillWidth('$Input.amount > 1000') / 2;
    // then the zone is on the pill's line, right of the pill, clear of it
    expect(zone.y).toBeGreaterThan(at.Route.y + at.Route.height);
    expect(zone.y).toBeLessThan(at.Big.y);
    expect(zone.x).toBeGreaterThan(pillX + halfPill);
    expect(zone.x).toBeLessThan(pillX + halfPill + 30);
    // and its drop line is drawn away from the pill
    expect(zone.beside).toBe(true);
  });

  it('left-to-right, puts a branch zone below its pill (beside it would be on the target)', () => {
    // given the Choice sample laid out left-to-right: Route left of Big, Small and Reject
    const { graph } = choiceSetup();
    const boxes = new Map<string, AbsBox>([
      ['Route', { x: 0, y: 200, width: 200, height: 56 }],
      ['Big', { x: 248, y: 50, width: 200, height: 56 }],
      ['Small', { x: 496, y: 200, width: 200, height: 56 }],
      ['Reject', { x: 496, y: 350, width: 200, height: 56 }],
    ]);
    // when the zones are computed for a left-to-right chart
    const zone = dropZones(graph, boxes, 'RIGHT').find(
      (z) => z.target.kind === 'between' && z.target.field === 'Branches/0/Next',
    );
    if (!zone) throw new Error('no zone on branch 0');
    // then it sits at the bend before Big (in the gap), just below the pill's line (Big's centre)
    expect(zone.x).toBeGreaterThan(200);
    expect(zone.x).toBeLessThan(248);
    expect(zone.y).toBeGreaterThan(78 + 9);
    expect(zone.y).toBeLessThan(78 + 40);
    expect(zone.beside).toBeUndefined();
  });

  it('keeps the zones of two branches apart', () => {
    const { graph, boxes } = choiceSetup();
    const zones = dropZones(graph, boxes).filter(
      (z) => z.target.kind === 'between' && z.target.after === 'Route',
    );
    for (const a of zones)
      for (const b of zones)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
  });

  it('reads the direction from the start marker', () => {
    const { graph, boxes } = choiceSetup();
    expect(inferDirection(graph, boxes)).toBe('DOWN');
    const start = graph.edges.find((e) => e.kind === 'start');
    if (!start) throw new Error('no start edge');
    // a marker left of the first state: left-to-right
    boxes.set(start.source, { x: 250, y: 79, width: 18, height: 18 });
    expect(inferDirection(graph, boxes)).toBe('RIGHT');
  });
});
