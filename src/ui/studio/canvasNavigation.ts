import { isLaneNode, isStateNode, type FlowEdge, type FlowGraph } from '../../core';

/** The keys that move the focus between states on the canvas. */
export type NavKey = 'down' | 'up' | 'left' | 'right' | 'enter' | 'escape';

/**
 * What the last move chose among several: the state it came from and the alternatives it
 * had (a Choice's branch targets and Default, a Task's Next and Catch targets, a container's
 * branches). Left/Right cycle through them while the focus is on one of them.
 */
export interface NavMemo {
  origin: string;
  targets: readonly string[];
  index: number;
}

export interface NavStep {
  to: string;
  memo: NavMemo | null;
}

const RANK: Record<FlowEdge['kind'], number> = {
  next: 0,
  choice: 1,
  default: 2,
  catch: 3,
  start: 4,
  end: 5,
};

const order = (e: FlowEdge) => RANK[e.kind] * 1000 + (e.branchIndex ?? 0) + (e.catchIndex ?? 0);

/** Where a state goes, in the order a reader follows: Next, Choice branches, Default, Catch. */
export function successors(graph: FlowGraph, id: string): string[] {
  const states = stateIds(graph);
  const out = graph.edges
    .filter((e) => e.source === id && states.has(e.target) && RANK[e.kind] < RANK.start)
    .sort((a, b) => order(a) - order(b))
    .map((e) => e.target);
  return [...new Set(out)];
}

/** The states that go to a state (any transition), in document order. */
export function predecessors(graph: FlowGraph, id: string): string[] {
  const states = stateIds(graph);
  const ins = graph.edges
    .filter((e) => e.target === id && states.has(e.source) && RANK[e.kind] < RANK.start)
    .map((e) => e.source);
  const seen = new Set(ins);
  return [...states].filter((s) => seen.has(s));
}

/** The first state of each branch (or of the processor) of an expanded container. */
export function firstInside(graph: FlowGraph, id: string): string[] {
  const lanes = graph.nodes
    .filter(isLaneNode)
    .filter((l) => l.containerId === id)
    .sort((a, b) => (a.branchIndex ?? 0) - (b.branchIndex ?? 0));
  const out: string[] = [];
  for (const lane of lanes) {
    const start = graph.edges.find((e) => e.kind === 'start' && e.scope === lane.scope);
    if (start) out.push(start.target);
  }
  return out;
}

/** The container (Parallel or Map) a state is drawn in, or null at the top level. */
export function containerOf(graph: FlowGraph, id: string): string | null {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node || node.scope === '') return null;
  const lane = graph.nodes.find((n) => isLaneNode(n) && n.scope === node.scope);
  return lane && isLaneNode(lane) ? lane.containerId : null;
}

function stateIds(graph: FlowGraph): Set<string> {
  return new Set(graph.nodes.filter(isStateNode).map((n) => n.id));
}

/** Whether the focus sits on one of the alternatives the last move offered. */
function onAlternative(memo: NavMemo | null, id: string): memo is NavMemo {
  return memo !== null && memo.targets[memo.index] === id;
}

function choose(origin: string, targets: readonly string[], index: number): NavStep | null {
  const to = targets[index];
  return to === undefined ? null : { to, memo: { origin, targets, index } };
}

/**
 * Where a key moves the focus from state `id` (null: nowhere).
 * - Down: along the first transition (Next; a Choice's first branch; …).
 * - Right/Left: among the alternatives of the last move (cycling), e.g. a Choice's branch
 *   targets and Default; on a state with several transitions Right enters the first of them
 *   (so repeated Right presses on a Choice cycle its targets); elsewhere Right is Down and Left
 *   is Up.
 * - Up: back where the focus came from, else the first predecessor, else the container.
 * - Enter: into an expanded Parallel or Map (its first state; Left/Right then cycle branches).
 * - Escape: out to the enclosing container.
 */
export function navigate(
  graph: FlowGraph,
  id: string,
  key: NavKey,
  memo: NavMemo | null,
): NavStep | null {
  switch (key) {
    case 'down': {
      return choose(id, successors(graph, id), 0);
    }
    case 'right':
    case 'left': {
      const step = key === 'right' ? 1 : -1;
      if (onAlternative(memo, id) && memo.targets.length > 1) {
        const n = memo.targets.length;
        return choose(memo.origin, memo.targets, (memo.index + step + n) % n);
      }
      return navigate(graph, id, key === 'right' ? 'down' : 'up', memo);
    }
    case 'up': {
      if (onAlternative(memo, id) && graph.nodes.some((n) => n.id === memo.origin))
        return { to: memo.origin, memo: null };
      const before = predecessors(graph, id)[0] ?? containerOf(graph, id);
      return before === null ? null : { to: before, memo: null };
    }
    case 'enter': {
      return choose(id, firstInside(graph, id), 0);
    }
    case 'escape': {
      const parent = containerOf(graph, id);
      return parent === null ? null : { to: parent, memo: null };
    }
  }
}
