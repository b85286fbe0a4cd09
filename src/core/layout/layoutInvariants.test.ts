import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import type { FlowGraph, FlowNode } from '../graph/types';
import { generateDefinition } from '../../../scripts/bench/generateDefinition';
import { parseSource } from '../yaml';
import type { ElkLike } from './elkTypes';
import { layoutGraph } from './layoutGraph';
import { nearRoute } from './readElkLayout';
import type { LayoutDirection, LayoutResult, NodeLayout, Point } from './layoutTypes';

const texts: Record<string, string> = {
  'generated-40.yaml': generateDefinition(40),
  'generated-150.yaml': generateDefinition(150),
  ...import.meta.glob<string>('../graph/testdata/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../../fixtures/valid/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};
const elk: ElkLike = new (await import('elkjs/lib/elk.bundled.js')).default();

const graphOf = (text: string): FlowGraph => {
  const parsed = parseSource(text);
  if (parsed.model === null) throw new Error('fixture does not parse');
  return deriveGraph(parsed.model);
};

const overlaps = (a: NodeLayout, b: NodeLayout) =>
  a.absX < b.absX + b.width &&
  b.absX < a.absX + a.width &&
  a.absY < b.absY + b.height &&
  b.absY < a.absY + a.height;

const encloses = (outer: NodeLayout, inner: NodeLayout) =>
  inner.absX >= outer.absX &&
  inner.absY >= outer.absY &&
  inner.absX + inner.width <= outer.absX + outer.width + 0.01 &&
  inner.absY + inner.height <= outer.absY + outer.height + 0.01;

/** The point lies on the box's border (within 1 px). */
const onBorder = (p: Point, b: NodeLayout) => {
  const inX = p.x >= b.absX - 1 && p.x <= b.absX + b.width + 1;
  const inY = p.y >= b.absY - 1 && p.y <= b.absY + b.height + 1;
  const nearX = Math.abs(p.x - b.absX) <= 1 || Math.abs(p.x - b.absX - b.width) <= 1;
  const nearY = Math.abs(p.y - b.absY) <= 1 || Math.abs(p.y - b.absY - b.height) <= 1;
  return inX && inY && (nearX || nearY);
};

/** Every layout invariant the canvas relies on; returns the problems found. */
function problems(graph: FlowGraph, layout: LayoutResult): string[] {
  const out: string[] = [];
  const box = (id: string) => layout.nodes.get(id) as NodeLayout;
  for (const n of graph.nodes) if (!layout.nodes.has(n.id)) out.push(`no box for ${n.id}`);
  if (out.length > 0) return out;
  const siblings = new Map<string | undefined, string[]>();
  for (const n of graph.nodes)
    siblings.set(n.parentId, [...(siblings.get(n.parentId) ?? []), n.id]);
  for (const [parent, ids] of siblings) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        if (overlaps(box(ids[i] as string), box(ids[j] as string)))
          out.push(`${ids[i]} overlaps ${ids[j]}`);
    for (const id of ids) {
      const b = box(id);
      if (parent !== undefined && !encloses(box(parent), b))
        out.push(`${parent} does not enclose ${id}`);
      if (
        parent === undefined &&
        (b.absX + b.width > layout.width || b.absY + b.height > layout.height)
      )
        out.push(`chart does not enclose ${id}`);
      const p = parent === undefined ? { absX: 0, absY: 0 } : box(parent);
      if (Math.abs(b.absX - p.absX - b.x) > 1e-6 || Math.abs(b.absY - p.absY - b.y) > 1e-6)
        out.push(`${id} relative position is off`);
    }
  }
  const across = layout.direction === 'DOWN' ? 'absX' : 'absY';
  for (const ids of siblings.values()) {
    const lanes = graph.nodes.filter(
      (n) => ids.includes(n.id) && n.kind === 'lane' && n.lane === 'branch',
    );
    for (let i = 1; i < lanes.length; i++) {
      if (box((lanes[i - 1] as FlowNode).id)[across] >= box((lanes[i] as FlowNode).id)[across])
        out.push(`${(lanes[i] as FlowNode).id} is out of branch order`);
    }
  }
  for (const e of graph.edges) {
    const route = layout.edges.get(e.id);
    if (!route || route.points.length < 2) {
      out.push(`no route for ${e.id}`);
      continue;
    }
    const first = route.points[0] as Point;
    const last = route.points[route.points.length - 1] as Point;
    if (!onBorder(first, box(e.source))) out.push(`${e.id} does not start at ${e.source}`);
    if (!onBorder(last, box(e.target))) out.push(`${e.id} does not end at ${e.target}`);
    const labelled = e.kind === 'choice' || e.kind === 'default' || e.kind === 'catch';
    if (labelled !== (route.label !== undefined)) out.push(`${e.id} label slot`);
    if (route.label && !nearRoute(route.label, route.points))
      out.push(`${e.id} label is off its route`);
    for (let i = 1; i < route.points.length; i++) {
      const a = route.points[i - 1] as Point;
      const b = route.points[i] as Point;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01)
        out.push(`${e.id} is not orthogonal`);
    }
  }
  return out;
}

describe('layoutGraph invariants on every valid fixture and every §10 sample', () => {
  const cases = Object.entries(texts).flatMap(([file, text]) =>
    (['DOWN', 'RIGHT'] as LayoutDirection[]).map((d) => [file.split('/').pop(), d, text] as const),
  );
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)(
    'given %s laid out %s, then boxes nest without overlap and edges join their nodes',
    async (_f, direction, text) => {
      const graph = graphOf(text);
      const layout = await layoutGraph(graph, elk, { direction });
      expect(problems(graph, layout)).toEqual([]);
      expect(await layoutGraph(graph, elk, { direction })).toEqual(layout);
    },
  );
});

describe('layout direction', () => {
  it('given a chain, when laid out DOWN or RIGHT, then it runs top-to-bottom or left-to-right', async () => {
    const graph = graphOf(texts['../graph/testdata/sample-03-poll-job.yaml'] as string);
    const down = await layoutGraph(graph, elk, { direction: 'DOWN' });
    const right = await layoutGraph(graph, elk, { direction: 'RIGHT' });
    const a = (l: LayoutResult, id: string) => l.nodes.get(id) as NodeLayout;
    expect(a(down, 'SubmitJob').absY).toBeLessThan(a(down, 'WaitForJob').absY);
    expect(a(right, 'SubmitJob').absX).toBeLessThan(a(right, 'WaitForJob').absX);
    expect(down.key.startsWith('DOWN|')).toBe(true);
    expect(right.key).not.toBe(down.key);
  });

  it('given a Parallel laid out DOWN, then its lanes sit side by side and share one height', async () => {
    const graph = graphOf(texts['../graph/testdata/sample-05-profile-enrich.yaml'] as string);
    const l = await layoutGraph(graph, elk, { direction: 'DOWN' });
    const b0 = l.nodes.get('Enrich/0') as NodeLayout;
    const b1 = l.nodes.get('Enrich/1') as NodeLayout;
    expect(b0.y).toBe(b1.y);
    expect(b0.height).toBe(b1.height);
    expect(b0.absX + b0.width).toBeLessThanOrEqual(b1.absX);
  });
});

describe('the invariant checker itself', () => {
  it('given a layout broken on purpose, when checked, then each fault is reported', async () => {
    const graph = graphOf(texts['../graph/testdata/sample-05-profile-enrich.yaml'] as string);
    const layout = await layoutGraph(graph, elk, { direction: 'DOWN' });
    const gold = layout.nodes.get('Enrich/1/Gold') as NodeLayout;
    const basic = layout.nodes.get('Enrich/1/Basic') as NodeLayout;
    const broken: LayoutResult = {
      ...layout,
      nodes: new Map(layout.nodes),
      edges: new Map(layout.edges),
    };
    broken.nodes.set('Enrich/1/Gold', {
      ...gold,
      absX: basic.absX,
      absY: basic.absY,
      x: basic.x,
      y: basic.y,
    });
    broken.nodes.set('Merge', { ...(layout.nodes.get('Merge') as NodeLayout), width: 5000 });
    broken.edges.delete('Enrich->Merge#Next');
    const found = problems(graph, broken);
    expect(found).toContain('Enrich/1/Gold overlaps Enrich/1/Basic');
    expect(found).toContain('chart does not enclose Merge');
    expect(found).toContain('no route for Enrich->Merge#Next');
    expect(found.some((p) => p.includes('does not start at Enrich/1/Gold'))).toBe(true);
  });
});

describe('layout of unusual shapes', () => {
  it('given a collapsed container, when laid out, then it is a card-sized leaf and invariants hold', async () => {
    const model = parseSource(
      texts['../graph/testdata/sample-12-nightly-report.yaml'] as string,
    ).model;
    if (model === null) throw new Error('no model');
    const graph = deriveGraph(model, { collapsed: new Set(['Gather/0/PerRegion']) });
    const layout = await layoutGraph(graph, elk, { direction: 'DOWN' });
    expect(problems(graph, layout)).toEqual([]);
    expect(layout.nodes.get('Gather/0/PerRegion')).toMatchObject({ width: 200, height: 56 });
  });

  it('given an empty branch, a Parallel without branches and a self loop, when laid out, then invariants hold', async () => {
    const graph = graphOf(`
Type: StateMachine
SpecVersion: v1
StartAt: P
States:
  - Type: Parallel
    Name: P
    Branches:
      - StartAt: Nothing
        States: []
      - StartAt: Loop
        States:
          - Type: Wait
            Name: Loop
            Seconds: 1
            Next: Loop
    Next: Q
  - Type: Parallel
    Name: Q
    Branches: []
    End: true
`);
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const layout = await layoutGraph(graph, elk, { direction });
      expect(problems(graph, layout)).toEqual([]);
      expect(layout.nodes.get('Q')).toMatchObject({ width: 200, height: 56 });
    }
  });
});
