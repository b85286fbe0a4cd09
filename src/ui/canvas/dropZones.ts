import {
  isStateNode,
  type FlowEdge,
  type FlowGraph,
  type InsertionPoint,
  type ScopePath,
} from '../../core';
import {
  handlePoint,
  insertPoint,
  isLabelledKind,
  labelPoint,
  sourceHandleOf,
  type Direction,
} from './edges/edgeGeometry';

/**
 * Where a dropped or inserted state goes: core's insertion point (`first`, `between` with the
 * transition `field` of `after` it goes on, `after`, `newBranch`), so a drop target is passed
 * to `state.add` / `state.move` / `state.paste` as it is.
 */
export type DropTarget = InsertionPoint;

export interface DropZone {
  target: DropTarget;
  /** Centre of the zone, in flow (absolute) coordinates. */
  x: number;
  y: number;
  label: string;
  /** Right of an edge's pill (a condition, "default", error names): its line runs away from it. */
  beside?: boolean;
}

export interface AbsBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const centre = (b: AbsBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The middle of the gap between two boxes along a transition: between the bottom of one and
 * the top of the other when one is above the other (top-to-bottom layouts), between their
 * facing sides when side by side (left-to-right), else between their centres. Centres alone
 * put the zone inside a container (a Parallel's centre is deep inside its lanes).
 */
export function gapMidpoint(a: AbsBox, b: AbsBox): { x: number; y: number } {
  const ca = centre(a);
  const cb = centre(b);
  if (b.y >= a.y + a.height || a.y >= b.y + b.height) {
    const [top, bottom] = b.y >= a.y + a.height ? [a, b] : [b, a];
    return { x: (ca.x + cb.x) / 2, y: (top.y + top.height + bottom.y) / 2 };
  }
  if (b.x >= a.x + a.width || a.x >= b.x + b.width) {
    const [left, right] = b.x >= a.x + a.width ? [a, b] : [b, a];
    return { x: (left.x + left.width + right.x) / 2, y: (ca.y + cb.y) / 2 };
  }
  return { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2 };
}

/**
 * The layout direction of a chart, read from its boxes: a start marker above its first state
 * means top-to-bottom. Top-to-bottom when nothing says otherwise.
 */
export function inferDirection(graph: FlowGraph, boxes: ReadonlyMap<string, AbsBox>): Direction {
  const start = graph.edges.find((e) => e.kind === 'start');
  const a = start && boxes.get(start.source);
  const b = start && boxes.get(start.target);
  if (!a || !b) return 'DOWN';
  return b.y >= a.y + a.height - 1 ? 'DOWN' : 'RIGHT';
}

/**
 * The insertion a "+" on an edge (or a drop on its zone) stands for: a start edge inserts at
 * the start of its scope; a Next, Choice branch, Default or Catch edge inserts on that very
 * field, which the graph's edge carries (`from`'s field → new state → `to`). End edges take no
 * insertion (null).
 */
export function insertTargetOf(edge: FlowEdge): DropTarget | null {
  if (edge.kind === 'end') return null;
  if (edge.kind === 'start') return { kind: 'first', scope: edge.scope, before: edge.target };
  return {
    kind: 'between',
    scope: edge.scope,
    after: edge.source,
    before: edge.target,
    field: edge.field,
  };
}

const ZONE_LABELS: Partial<Record<FlowEdge['kind'], string>> = {
  choice: 'Insert on this branch',
  default: 'Insert on the Default',
  catch: 'Insert a handler here',
};

/**
 * Every place a state can go, from the graph and the absolute boxes of its nodes: between two
 * states (Next edges and start edges), on a Choice branch, a Default or a Catch edge (beside
 * its pill, where its "+" button is, never over the condition), after a scope's last state
 * (end edges), as a new Parallel branch; a single zone in an empty workflow. The rules
 * (canDrop) decide later which of them accept the dragged item.
 */
export function dropZones(
  graph: FlowGraph,
  boxes: ReadonlyMap<string, AbsBox>,
  direction: Direction = inferDirection(graph, boxes),
): DropZone[] {
  const zones: DropZone[] = [];
  const states = graph.nodes.filter(isStateNode);
  if (states.length === 0) {
    return [{ target: { kind: 'first', scope: '' }, x: 0, y: 0, label: 'Add the first state' }];
  }
  for (const e of graph.edges) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    const mid = gapMidpoint(a, b);
    const target = insertTargetOf(e);
    if (e.kind === 'next' && target) {
      zones.push({ target, ...mid, label: 'Insert here' });
    } else if (e.kind === 'start' && target) {
      zones.push({ target, ...mid, label: 'Insert at the start' });
    } else if (e.kind === 'end') {
      const src = states.find((s) => s.id === e.source);
      if (src && src.kind !== 'Succeed' && src.kind !== 'Fail') {
        zones.push({
          target: { kind: 'after', scope: e.scope, after: e.source },
          ...mid,
          label: 'Add at the end',
        });
      }
    } else if (isLabelledKind(e.kind) && target) {
      const s = handlePoint(a, sourceHandleOf(e.kind), direction);
      const t = handlePoint(b, 'in', direction);
      const at = insertPoint(e.label ?? '', labelPoint(e.kind, s, t), direction);
      zones.push({
        target,
        ...at,
        label: ZONE_LABELS[e.kind] ?? 'Insert here',
        ...(e.label && direction === 'DOWN' ? { beside: true } : {}),
      });
    }
  }
  for (const s of states) {
    if (s.container !== 'parallel' || s.collapsed) continue;
    const box = boxes.get(s.id);
    if (!box) continue;
    zones.push({
      target: { kind: 'newBranch', parallel: s.path },
      x: box.x + box.width - 6,
      y: box.y + box.height / 2,
      label: 'New branch',
    });
  }
  return zones;
}

/** The zone nearest to a point, within `radius` flow units. */
export function nearestZone(
  zones: readonly DropZone[],
  x: number,
  y: number,
  radius = 90,
): DropZone | null {
  let best: DropZone | null = null;
  let bestD = radius * radius;
  for (const z of zones) {
    const d = (z.x - x) ** 2 + (z.y - y) ** 2;
    if (d <= bestD) {
      best = z;
      bestD = d;
    }
  }
  return best;
}

/** The scope a target puts the state in ('' top level, branch or processor path). */
export function targetScope(t: DropTarget): ScopePath | null {
  return t.kind === 'newBranch' ? null : t.scope;
}
