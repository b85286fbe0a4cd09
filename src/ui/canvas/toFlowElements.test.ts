import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource, type StateMachine } from '../../core';
import { createFlowElementsMapper, type FlowInputs } from './toFlowElements';

const chart = (seconds: number, last = 'C') =>
  deriveGraph(
    parseSource(`Type: StateMachine
SpecVersion: v1
StartAt: A
States:
  - Type: Wait
    Name: A
    Seconds: ${seconds}
    Next: B
  - Type: Pass
    Name: B
    Next: ${last}
  - Type: Succeed
    Name: ${last}
`).model as StateMachine,
  );

// The canvas passes a stable callback (useCallback); so does this test.
const toggle = () => {};

const inputs = (graph: FlowInputs['graph'], selection: string[] = []): FlowInputs => ({
  graph,
  positions: new Map(graph.nodes.map((n, i) => [n.id, { x: 0, y: i * 100 }])),
  selection,
  diagnostics: [],
  direction: 'DOWN',
  onToggleCollapse: toggle,
  onInsert: null,
});

describe('createFlowElementsMapper', () => {
  it('given a value edit, when mapped again, then only the changed node is a new object', () => {
    const map = createFlowElementsMapper();
    const before = map(inputs(chart(10)));
    const after = map(inputs(chart(20)));
    const changed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['A']);
    expect(after.edges).toBe(before.edges);
  });

  it('given a graph sharing all but one node object with the last one (a patched derivation), then the others come back as they were and the result equals a fresh mapping', () => {
    const map = createFlowElementsMapper();
    const g1 = chart(10);
    const positions = inputs(g1).positions;
    const before = map({ ...inputs(g1), positions });
    const g2 = chart(20);
    const a2 = g2.nodes.find((n) => n.id === 'A');
    const patched = { ...g1, nodes: g1.nodes.map((n) => (n.id === 'A' && a2 ? a2 : n)) };
    const after = map({ ...inputs(patched), positions });
    const changed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['A']);
    expect(after.edges).toBe(before.edges);
    expect(after).toEqual(createFlowElementsMapper()({ ...inputs(patched), positions }));
    // the same node objects, now selected: those elements are new
    const selected = map({ ...inputs(patched, ['B']), positions });
    expect(selected.nodes.find((n) => n.id === 'B')?.selected).toBe(true);
    expect(selected.nodes.find((n) => n.id === 'C')).toBe(after.nodes.find((n) => n.id === 'C'));
  });

  it('given the same inputs rebuilt, when mapped again, then the very same arrays come back', () => {
    const map = createFlowElementsMapper();
    const before = map(inputs(chart(10)));
    const after = map(inputs(chart(10)));
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
  });

  it('given a selection or a renamed state, when mapped again, then those nodes and edges are new', () => {
    const map = createFlowElementsMapper();
    const before = map(inputs(chart(10)));
    const selected = map(inputs(chart(10), ['B']));
    expect(selected.nodes.find((n) => n.id === 'B')).not.toBe(
      before.nodes.find((n) => n.id === 'B'),
    );
    expect(selected.nodes.find((n) => n.id === 'B')?.selected).toBe(true);
    const renamed = map(inputs(chart(10, 'Done'), ['B']));
    expect(renamed.nodes.some((n) => n.id === 'Done')).toBe(true);
    expect(renamed.edges).not.toBe(selected.edges);
  });

  it('given a node whose data gains or loses a key (even one set to undefined), then it is a new object', () => {
    const map = createFlowElementsMapper();
    const graph = chart(10);
    const before = map(inputs(graph));
    const withKey = structuredClone(graph);
    const b = withKey.nodes.find((n) => n.id === 'B');
    if (!b) throw new Error('no B');
    // a key B did not have, holding undefined: equal values per key, but not the same shape
    Object.assign(b, { subtitle: undefined });
    const after = map(inputs(withKey));
    expect(after.nodes.find((n) => n.id === 'B')).not.toBe(before.nodes.find((n) => n.id === 'B'));
    const back = map(inputs(structuredClone(graph)));
    expect(back.nodes.find((n) => n.id === 'B')).not.toBe(after.nodes.find((n) => n.id === 'B'));
  });
});

describe('handles', () => {
  it('gives every card and marker its handle boxes, so React Flow need not measure them first', () => {
    // given a chart with a start marker, three states and an end marker, sized by the layout
    const { nodes } = createFlowElementsMapper()(inputs(chart(10)));
    const handleIds = (id: string) => nodes.find((n) => n.id === id)?.handles?.map((h) => h.id);
    // then each state node has its in/next handles and each marker its one handle
    expect(handleIds('A')).toEqual(['in', 'next']);
    expect(handleIds('C')).toEqual(['in', 'next']);
    const markers = nodes.filter((n) => n.type === 'marker');
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(m.handles).toHaveLength(1);
    // and the boxes follow the node's size (a card of the default size here)
    const next = nodes.find((n) => n.id === 'A')?.handles?.find((h) => h.id === 'next');
    expect(next).toMatchObject({ x: 96, y: 52, width: 8, height: 8 });
    // and every node says its size is known (measured), as React Flow would measure it
    for (const n of nodes) expect(n.measured).toEqual({ width: n.width, height: n.height });
  });
});
