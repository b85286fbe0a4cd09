import { MarkerType, type NodeHandle } from '@xyflow/react';
import {
  isLaneNode,
  isMarkerNode,
  type Diagnostic,
  type FlowEdge,
  type FlowGraph,
} from '../../core';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  MARKER_SIZE,
  type Direction,
  type NodeProblems,
  type StudioEdge,
  type StudioNode,
} from './flowTypes';
import { markerHandles, stateHandles } from './nodeHandles';

/** A laid-out box, relative to its parent node (as React Flow wants children). */
export interface Box {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export interface FlowInputs {
  graph: FlowGraph;
  positions: ReadonlyMap<string, Box>;
  selection: readonly string[];
  diagnostics: readonly Diagnostic[];
  direction: Direction;
  onToggleCollapse: (path: string) => void;
  onInsert: ((edge: FlowEdge) => void) | null;
}

const NO_PROBLEMS: NodeProblems = { errors: 0, warnings: 0 };

/** Counts diagnostics per state path (for node badges). */
export function problemsByPath(diagnostics: readonly Diagnostic[]): Map<string, NodeProblems> {
  const out = new Map<string, NodeProblems>();
  for (const d of diagnostics) {
    if (d.path === undefined || d.severity === 'info') continue;
    const p = out.get(d.path) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') p.errors++;
    else p.warnings++;
    p.first ??= d.message;
    out.set(d.path, p);
  }
  return out;
}

/** The test-id form of an edge end: a state path, or the generated marker id. */
function testIdEnd(id: string): string {
  return id;
}

/**
 * Plain data compared by value (functions and other objects by identity). It runs over every
 * node and edge after each commit (5,000 states: ~25,000 objects), so it allocates nothing:
 * for-in walks V8's cached key list where Object.keys would build an array per object.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (
    Array.isArray(b) ||
    Object.getPrototypeOf(a) !== Object.prototype ||
    Object.getPrototypeOf(b) !== Object.prototype
  )
    return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let keys = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !sameValue(ra[k], rb[k])) return false;
    keys++;
  }
  for (const k in rb) if (Object.hasOwn(rb, k)) keys--;
  return keys === 0;
}

/** `next`, with every element equal by value to one of `prev` (same id) replaced by that one. */
function reuse<T extends { id: string }>(prev: readonly T[], next: T[]): T[] {
  if (prev.length === 0) return next;
  const byId = new Map(prev.map((x) => [x.id, x]));
  let all = prev.length === next.length;
  const out = next.map((x, i) => {
    const old = byId.get(x.id);
    if (old !== undefined && sameValue(old, x)) {
      if (prev[i] !== old) all = false;
      return old;
    }
    all = false;
    return x;
  });
  return all ? (prev as T[]) : out;
}

/** The mapping of `toFlowElements`, remembering its last output. */
export type FlowElementsMapper = (input: FlowInputs) => {
  nodes: StudioNode[];
  edges: StudioEdge[];
};

/**
 * A `toFlowElements` that keeps objects stable: a node or edge equal by value to the one it
 * returned last time is returned again (the very same object), and so is the whole array when
 * nothing changed. React Flow then re-renders only what changed: a value edit in a 5,000-state
 * chart re-renders one card, not all of them.
 */
export function createFlowElementsMapper(): FlowElementsMapper {
  let last: { nodes: StudioNode[]; edges: StudioEdge[] } = { nodes: [], edges: [] };
  let memo: ElementMemo = { nodes: new Map(), edges: new Map() };
  return (input) => {
    const next: ElementMemo = { nodes: new Map(), edges: new Map() };
    const fresh = mapFlowElements(input, memo, next);
    last = { nodes: reuse(last.nodes, fresh.nodes), edges: reuse(last.edges, fresh.edges) };
    // Remember what was returned (a reused old object, when equal), under this call's inputs.
    for (const n of last.nodes) {
      const m = next.nodes.get(n.id);
      if (m) m.out = n;
    }
    for (const e of last.edges) {
      const m = next.edges.get(e.id);
      if (m) m.out = e;
    }
    memo = next;
    return last;
  };
}

/**
 * Per element id: the inputs it was built from (compared by identity) and what was returned for
 * them. Derivations share every object that did not change (see the core's plainPatch), so after
 * a value edit all but one graph node are the very objects of the last call, and their elements
 * are taken from here without being built or compared field by field (~80 ms at 5,000 states).
 */
interface ElementMemo {
  nodes: Map<string, { deps: readonly unknown[]; out: StudioNode }>;
  edges: Map<string, { deps: readonly unknown[]; out: StudioEdge }>;
}

function sameDeps(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Maps the derived graph, its layout, the selection and the diagnostics to React Flow's
 * controlled nodes and edges. Pure view mapping: no model knowledge beyond the graph. Objects
 * equal to those of the previous call are reused (one canvas per page: see
 * createFlowElementsMapper).
 */
export const toFlowElements: FlowElementsMapper = createFlowElementsMapper();

/**
 * A node's size and handle boxes, as React Flow would measure them in the page. Given with the
 * node, React Flow never has to render a node to measure it: without them it rendered every node
 * it had not measured, visible or not, and a node object that is new (moved by a layout, its
 * selection changed) had lost its measurement, so a 1,000-state chart mounted all its cards on
 * opening and after each layout, ~1 s of the main thread each time. The cards' CSS gives them
 * exactly this size (React Flow sets the node element's width and height).
 */
function sizeAndHandles(width: number, height: number, handles: NodeHandle[]) {
  return { width, height, measured: { width, height }, handles };
}

/** The mapping itself: new objects every time. */
export function mapFlowElements(
  input: FlowInputs,
  memo?: ElementMemo,
  next?: ElementMemo,
): { nodes: StudioNode[]; edges: StudioEdge[] } {
  const { graph, positions, direction } = input;
  const selected = new Set(input.selection);
  const problems = problemsByPath(input.diagnostics);
  const nodes: StudioNode[] = [];
  for (const n of graph.nodes) {
    const at = positions.get(n.id);
    const deps = [
      n,
      at,
      selected.has(n.id),
      isLaneNode(n) || isMarkerNode(n) ? NO_PROBLEMS : (problems.get(n.path) ?? NO_PROBLEMS),
      direction,
      input.onToggleCollapse,
    ];
    const known = memo?.nodes.get(n.id);
    if (known && sameDeps(known.deps, deps)) {
      nodes.push(known.out);
      next?.nodes.set(n.id, { deps, out: known.out });
      continue;
    }
    const box = at ?? { x: 0, y: 0 };
    const parent =
      n.parentId !== undefined ? { parentId: n.parentId, extent: 'parent' as const } : {};
    if (isLaneNode(n)) {
      nodes.push({
        id: n.id,
        type: 'lane',
        position: { x: box.x, y: box.y },
        ...sizeAndHandles(box.width ?? CARD_WIDTH, box.height ?? CARD_HEIGHT, []),
        data: { node: n },
        selectable: false,
        draggable: false,
        focusable: false,
        connectable: false,
        ...parent,
      });
    } else if (isMarkerNode(n)) {
      nodes.push({
        id: n.id,
        type: 'marker',
        position: { x: box.x, y: box.y },
        ...sizeAndHandles(MARKER_SIZE, MARKER_SIZE, markerHandles(n.kind, direction, MARKER_SIZE)),
        data: { node: n, direction },
        selectable: false,
        draggable: false,
        focusable: false,
        connectable: false,
        ...parent,
      });
    } else {
      const isContainer = n.container !== null && !n.collapsed;
      const width = box.width ?? CARD_WIDTH;
      const height = box.height ?? CARD_HEIGHT;
      nodes.push({
        id: n.id,
        type: isContainer ? 'container' : 'state',
        position: { x: box.x, y: box.y },
        ...sizeAndHandles(width, height, stateHandles(n.kind, direction, width, height)),
        data: {
          node: n,
          problems: problems.get(n.path) ?? NO_PROBLEMS,
          direction,
          onToggleCollapse: input.onToggleCollapse,
        },
        selected: selected.has(n.id),
        ariaLabel: `${n.label}, ${n.kind}${n.kind === 'Task' && n.subtitle ? `, ${n.subtitle}` : ''}`,
        domAttributes: { 'data-testid': `canvas.node.${n.path}` } as never,
        ...parent,
      });
    }
    next?.nodes.set(n.id, { deps, out: nodes[nodes.length - 1] as StudioNode });
  }
  const edges: StudioEdge[] = graph.edges.map((e) => {
    const deps = [e, input.onInsert];
    const known = memo?.edges.get(e.id);
    const out = known && sameDeps(known.deps, deps) ? known.out : edgeOf(e, input.onInsert);
    next?.edges.set(e.id, { deps, out });
    return out;
  });
  return { nodes, edges };
}

function edgeOf(e: FlowEdge, onInsert: FlowInputs['onInsert']): StudioEdge {
  return {
    id: e.id,
    type: 'studio',
    source: e.source,
    target: e.target,
    sourceHandle:
      e.kind === 'catch'
        ? 'catch'
        : e.kind === 'default'
          ? 'default'
          : e.kind === 'start'
            ? null
            : 'next',
    targetHandle: e.kind === 'end' ? null : e.kind === 'start' ? 'in' : 'in',
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    data: { edge: e, onInsert: e.kind !== 'end' ? onInsert : null },
    ariaLabel: `${e.kind} from ${e.source} to ${e.target}${e.label ? `: ${e.label}` : ''}`,
    domAttributes: {
      'data-testid': `canvas.edge.${testIdEnd(e.source)}.${testIdEnd(e.target)}`,
    } as never,
    selectable: true,
    focusable: false,
    zIndex: e.parentId ? 1 : 0,
  };
}
