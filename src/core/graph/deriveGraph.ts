import { branchScopePath, childPath, type ScopePath, type StatePath } from '../model/statePath';
import type { CatchRule, Scope, State, StateMachine } from '../model/types';
import {
  branchLaneId,
  edgeId,
  endMarkerId,
  failMarkerId,
  processorLaneId,
  startMarkerId,
} from './ids';
import { stateSubtitle } from './stateSubtitle';
import type {
  DeriveGraphOptions,
  FlowEdge,
  FlowEdgeKind,
  FlowGraph,
  FlowNode,
  MarkerFlowNode,
  StateFlowNode,
} from './types';

const NO_COLLAPSED: ReadonlySet<StatePath> = new Set();

/**
 * Derives the flow graph the canvas, the layout and the exports draw, from a model.
 *
 * Pure and deterministic: nodes come in document order with parents before children (as React
 * Flow requires), edges in document order. What it draws:
 * - a node per state (id = state path), Parallel and Map states as containers holding one lane
 *   per branch ("Branch i") or one processor lane ("Processor"); a collapsed container
 *   (`options.collapsed`) keeps its card and hides its lanes and everything inside;
 * - per scope a start marker (edge to `StartAt`), an end marker after `End: true` and Succeed
 *   states and a distinct fail marker after Fail states, each only when used;
 * - edges for `Next`, Choice branches (label = condition), `Default` (label "default") and Catch
 *   rules (label = error names), only between states of the same scope.
 *
 * What it does not do: report problems. Unresolved or cross-scope targets are skipped, a state
 * whose name repeats a name earlier in its scope is skipped with its contents (ids stay unique),
 * and `End: true` wins over `Next` when both are set; the validator reports all of these.
 *
 * It runs on every value edit (before the layout cache is asked), so it is one linear pass that
 * builds each node and edge once, as a literal, with no per-edge spreads or path rebuilding.
 */
export function deriveGraph(model: StateMachine, options: DeriveGraphOptions = {}): FlowGraph {
  const out: FlowGraph = { nodes: [], edges: [], collapsed: [] };
  visitScope(out, options.collapsed ?? NO_COLLAPSED, model, '', undefined);
  return out;
}

/** The states of one scope that get a node: first occurrence of each name, in document order. */
interface ScopeStates {
  states: State[];
  /** State path of each of `states`, same index. */
  paths: StatePath[];
  /** Name → state path, to resolve targets. */
  pathByName: Map<string, StatePath>;
}

function scopeStates(scope: Scope, scopePath: ScopePath): ScopeStates {
  const found: ScopeStates = { states: [], paths: [], pathByName: new Map() };
  const list: unknown = scope.States;
  if (!Array.isArray(list)) return found;
  for (const s of list as State[]) {
    if (!s || typeof s !== 'object' || typeof s.Name !== 'string') continue;
    if (found.pathByName.has(s.Name)) continue;
    const path = childPath(scopePath, s.Name);
    found.pathByName.set(s.Name, path);
    found.states.push(s);
    found.paths.push(path);
  }
  return found;
}

function visitScope(
  out: FlowGraph,
  collapsedSet: ReadonlySet<StatePath>,
  scope: Scope,
  scopePath: ScopePath,
  laneId: string | undefined,
): void {
  const { states, paths, pathByName } = scopeStates(scope, scopePath);
  const { nodes, edges } = out;
  const startAt = typeof scope.StartAt === 'string' ? scope.StartAt : undefined;
  const pathOf = (name: unknown): StatePath | undefined =>
    typeof name === 'string' ? pathByName.get(name) : undefined;

  const startId = startMarkerId(scopePath);
  nodes.push(marker(startId, 'start', scopePath, 'Start', laneId));
  const startPath = pathOf(startAt);
  if (startPath !== undefined)
    edges.push(edge(startId, startPath, 'start', 'StartAt', scopePath, laneId));

  let usesEnd = false;
  let usesFail = false;
  for (let s = 0; s < states.length; s++) {
    const state = states[s] as State;
    const path = paths[s] as StatePath;
    const node = stateNode(state, path, scopePath, state.Name === startAt, collapsedSet);
    if (laneId !== undefined) node.parentId = laneId;
    nodes.push(node);
    if (node.collapsed) out.collapsed.push(path);
    else visitLanes(out, collapsedSet, state, path);

    const ends = endsScope(state);
    if (ends === 'fail') {
      usesFail = true;
      edges.push(edge(path, failMarkerId(scopePath), 'end', 'End', scopePath, laneId));
    } else if (ends === 'end') {
      usesEnd = true;
      edges.push(edge(path, endMarkerId(scopePath), 'end', 'End', scopePath, laneId));
    } else if ('Next' in state) {
      const next = pathOf(state.Next);
      if (next !== undefined) edges.push(edge(path, next, 'next', 'Next', scopePath, laneId));
    }
    if (state.Type === 'Choice') {
      const branches: unknown = state.Branches;
      if (Array.isArray(branches)) {
        for (let i = 0; i < branches.length; i++) {
          const branch = branches[i] as { Next?: unknown; Condition?: unknown } | null | undefined;
          const target = pathOf(branch?.Next);
          if (target === undefined || branch == null) continue;
          const e = edge(path, target, 'choice', `Branches/${i}/Next`, scopePath, laneId);
          e.label = typeof branch.Condition === 'string' ? branch.Condition : '';
          e.branchIndex = i;
          edges.push(e);
        }
      }
      const fallback = pathOf(state.Default);
      if (fallback !== undefined) {
        const e = edge(path, fallback, 'default', 'Default', scopePath, laneId);
        e.label = 'default';
        edges.push(e);
      }
    }
    const rules = catchRules(state);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      const target = pathOf(rule?.Next);
      if (target === undefined || rule === undefined) continue;
      const e = edge(path, target, 'catch', `Catch/${i}/Next`, scopePath, laneId);
      e.label = errorNames(rule);
      e.catchIndex = i;
      edges.push(e);
    }
  }
  if (usesEnd) nodes.push(marker(endMarkerId(scopePath), 'end', scopePath, 'End', laneId));
  if (usesFail) nodes.push(marker(failMarkerId(scopePath), 'fail', scopePath, 'Fail', laneId));
}

function visitLanes(
  out: FlowGraph,
  collapsedSet: ReadonlySet<StatePath>,
  state: State,
  path: StatePath,
): void {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    const branches = state.Branches;
    for (let i = 0; i < branches.length; i++) {
      const id = branchLaneId(path, i);
      const scope = branchScopePath(path, i);
      out.nodes.push({
        id,
        kind: 'lane',
        parentId: path,
        scope,
        label: `Branch ${i}`,
        containerId: path,
        lane: 'branch',
        branchIndex: i,
      });
      visitScope(out, collapsedSet, branches[i] ?? { States: [] }, scope, id);
    }
  } else if (state.Type === 'Map' && state.Processor) {
    const id = processorLaneId(path);
    out.nodes.push({
      id,
      kind: 'lane',
      parentId: path,
      scope: path,
      label: 'Processor',
      containerId: path,
      lane: 'processor',
    });
    visitScope(out, collapsedSet, state.Processor, path, id);
  }
}

/** An edge with its key order fixed: id, source, target, kind, field, scope, parentId. */
function edge(
  source: string,
  target: string,
  kind: FlowEdgeKind,
  field: string,
  scope: ScopePath,
  laneId: string | undefined,
): FlowEdge {
  const e: FlowEdge = { id: edgeId(source, target, field), source, target, kind, field, scope };
  if (laneId !== undefined) e.parentId = laneId;
  return e;
}

function marker(
  id: string,
  kind: MarkerFlowNode['kind'],
  scope: ScopePath,
  label: string,
  laneId: string | undefined,
): FlowNode {
  const node: MarkerFlowNode = { id, kind, scope, label };
  if (laneId !== undefined) node.parentId = laneId;
  return node;
}

/** The Catch rule's error names joined by ", " (non-strings skipped). */
function errorNames(rule: CatchRule): string {
  const errors: unknown = rule.Errors;
  if (!Array.isArray(errors)) return '';
  let label = '';
  let first = true;
  for (const e of errors) {
    if (typeof e !== 'string') continue;
    label = first ? e : `${label}, ${e}`;
    first = false;
  }
  return label;
}

function endsScope(state: State): 'end' | 'fail' | null {
  if (state.Type === 'Fail') return 'fail';
  if (state.Type === 'Succeed') return 'end';
  if (state.Type === 'Choice') return null;
  return state.End === true ? 'end' : null;
}

const NO_RULES: CatchRule[] = [];

function catchRules(state: State): CatchRule[] {
  if (state.Type !== 'Task' && state.Type !== 'Parallel' && state.Type !== 'Map') return NO_RULES;
  return Array.isArray(state.Catch) ? state.Catch : NO_RULES;
}

function stateNode(
  state: State,
  path: StatePath,
  scope: ScopePath,
  isStart: boolean,
  collapsedSet: ReadonlySet<StatePath>,
): StateFlowNode {
  const retryCount = 'Retry' in state && Array.isArray(state.Retry) ? state.Retry.length : 0;
  const catchCount = catchRules(state).length;
  const container = state.Type === 'Parallel' ? 'parallel' : state.Type === 'Map' ? 'map' : null;
  const node: StateFlowNode = {
    id: path,
    kind: state.Type,
    path,
    scope,
    label: state.Name,
    flags: {
      hasRetry: retryCount > 0,
      retryCount,
      hasCatch: catchCount > 0,
      catchCount,
      isStart,
      isEnd: endsScope(state) !== null,
    },
    container,
    collapsed: container !== null && collapsedSet.has(path),
  };
  const subtitle = stateSubtitle(state);
  if (subtitle !== undefined) node.subtitle = subtitle;
  return node;
}
