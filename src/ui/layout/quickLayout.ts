import {
  CONTAINER_HEADER,
  CONTAINER_PADDING,
  LANE_HEADER,
  LANE_PADDING,
  leafSize,
  type FlowGraph,
  type FlowNode,
  type LayoutDirection,
  type LayoutResult,
  type NodeLayout,
} from '../../core';

const GAP_ALONG = 48;
const GAP_ACROSS = 40;

interface Size {
  along: number;
  across: number;
}

/**
 * A rough layered layout computed at once on the main thread, drawn while elkjs (seconds to load
 * in its worker on a cold start) has not answered: every scope's nodes in layers by their
 * distance from the scope's sources (breadth first), containers sized around their lanes. It is
 * replaced by elk's layout as soon as that arrives, except for charts too large for elk (see
 * `ELK_MAX_NODES`), where it is the layout. Edge routes are not computed (the canvas draws
 * edges from node handles).
 */
export function quickLayout(graph: FlowGraph, direction: LayoutDirection, key = ''): LayoutResult {
  const children = new Map<string, FlowNode[]>();
  for (const n of graph.nodes) {
    const p = n.parentId ?? '';
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(n);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, FlowNode[]>();
  for (const e of graph.edges) {
    const target = byId.get(e.target);
    if (!target) continue;
    const list = out.get(e.source);
    if (list) list.push(target);
    else out.set(e.source, [target]);
  }
  const size = new Map<string, Size>();
  /** Relative offsets (along, across) inside the parent, filled by arrange. */
  const offset = new Map<string, Size>();

  // Sizes bottom-up: nodes come parents first, so walk them in reverse.
  const rev = [...graph.nodes].reverse();
  for (const n of rev) {
    const kids = children.get(n.id);
    if (!kids || kids.length === 0) {
      const leaf = leafSize(n);
      size.set(n.id, toSize(leaf.width, leaf.height, direction));
      continue;
    }
    if (n.kind === 'lane') {
      const inner = arrangeScope(kids);
      size.set(n.id, {
        along: inner.along + LANE_HEADER + 2 * LANE_PADDING,
        across: inner.across + 2 * LANE_PADDING,
      });
      shift(kids, LANE_HEADER + LANE_PADDING, LANE_PADDING);
    } else {
      // A container: its lanes side by side across the flow, under its own card.
      let across = 0;
      let along = 0;
      for (const lane of kids) {
        const s = size.get(lane.id) as Size;
        offset.set(lane.id, { along: CONTAINER_HEADER, across: CONTAINER_PADDING + across });
        across += s.across + CONTAINER_PADDING;
        along = Math.max(along, s.along);
      }
      for (const lane of kids) (size.get(lane.id) as Size).along = along;
      size.set(n.id, {
        along: CONTAINER_HEADER + along + CONTAINER_PADDING,
        across: Math.max(across + CONTAINER_PADDING, leafSize(n).width),
      });
    }
  }
  const top = arrangeScope(children.get('') ?? []);

  function shift(nodes: FlowNode[], along: number, across: number): void {
    for (const n of nodes) {
      const o = offset.get(n.id) as Size;
      o.along += along;
      o.across += across;
    }
  }

  /** Layers one scope's nodes by BFS distance from its sources; returns the scope's extent. */
  function arrangeScope(nodes: FlowNode[]): Size {
    const inScope = new Set(nodes.map((n) => n.id));
    const indegree = new Map<string, number>(nodes.map((n) => [n.id, 0]));
    for (const n of nodes)
      for (const t of out.get(n.id) ?? [])
        if (inScope.has(t.id)) indegree.set(t.id, (indegree.get(t.id) ?? 0) + 1);
    const layerOf = new Map<string, number>();
    const queue: FlowNode[] = nodes.filter((n) => n.kind === 'start' || indegree.get(n.id) === 0);
    if (queue.length === 0 && nodes[0]) queue.push(nodes[0]);
    for (const q of queue) layerOf.set(q.id, 0);
    for (let i = 0; i < queue.length; i++) {
      const n = queue[i] as FlowNode;
      const layer = layerOf.get(n.id) as number;
      for (const t of out.get(n.id) ?? []) {
        if (!inScope.has(t.id) || layerOf.has(t.id)) continue;
        layerOf.set(t.id, layer + 1);
        queue.push(t);
      }
    }
    let last = 0;
    for (const v of layerOf.values()) last = Math.max(last, v);
    // Unreachable nodes go after the rest, one layer each (they exist; the linter says why).
    for (const n of nodes) if (!layerOf.has(n.id)) layerOf.set(n.id, ++last);
    const layers: FlowNode[][] = [];
    for (const n of nodes) (layers[layerOf.get(n.id) as number] ??= []).push(n);
    const widths = layers.map((l) =>
      l.reduce((w, n, i) => w + (size.get(n.id) as Size).across + (i ? GAP_ACROSS : 0), 0),
    );
    const across = Math.max(0, ...widths);
    let along = 0;
    layers.forEach((layer, i) => {
      let depth = 0;
      let cursor = (across - (widths[i] ?? 0)) / 2;
      for (const n of layer) {
        const s = size.get(n.id) as Size;
        offset.set(n.id, { along, across: cursor });
        cursor += s.across + GAP_ACROSS;
        depth = Math.max(depth, s.along);
      }
      along += depth + (i < layers.length - 1 ? GAP_ALONG : 0);
    });
    return { along, across };
  }

  const nodes = new Map<string, NodeLayout>();
  for (const n of graph.nodes) {
    const s = size.get(n.id) as Size;
    const o = offset.get(n.id) ?? { along: 0, across: 0 };
    const parent = n.parentId !== undefined ? nodes.get(n.parentId) : undefined;
    const x = direction === 'DOWN' ? o.across : o.along;
    const y = direction === 'DOWN' ? o.along : o.across;
    const width = direction === 'DOWN' ? s.across : s.along;
    const height = direction === 'DOWN' ? s.along : s.across;
    nodes.set(n.id, {
      x,
      y,
      absX: (parent?.absX ?? 0) + x,
      absY: (parent?.absY ?? 0) + y,
      width,
      height,
    });
  }
  return {
    key,
    direction,
    width: direction === 'DOWN' ? top.across : top.along,
    height: direction === 'DOWN' ? top.along : top.across,
    nodes,
    edges: new Map(),
  };
}

function toSize(width: number, height: number, direction: LayoutDirection): Size {
  return direction === 'DOWN' ? { along: height, across: width } : { along: width, across: height };
}
