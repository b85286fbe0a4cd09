/**
 * The deriveGraph of session 2, kept verbatim (closures, spreads and all) as the reference the
 * faster deriveGraph must match byte for byte: see deriveGraph.equivalence.test.ts. Test-only.
 */
import { branchScopePath, childPath, type ScopePath, type StatePath } from '../../model/statePath';
import type { CatchRule, Scope, State, StateMachine } from '../../model/types';
import { branchLaneId, endMarkerId, failMarkerId, processorLaneId, startMarkerId } from '../ids';
import { stateSubtitle } from '../stateSubtitle';
import type {
  DeriveGraphOptions,
  FlowEdge,
  FlowEdgeKind,
  FlowGraph,
  FlowNode,
  StateFlowNode,
} from '../types';

// The edge id and structure key of session 2, verbatim too.
const escapeIdPart = (s: string): string => s.replace(/[\\#>]/g, (c) => '\\' + c);
const edgeId = (from: string, to: string, field: string): string =>
  `${escapeIdPart(from)}->${escapeIdPart(to)}#${field}`;

/** The structure key as session 2 computed it. */
export function referenceStructureKey(graph: FlowGraph): string {
  const nodes = graph.nodes.map((n) => [
    n.id,
    n.kind,
    n.parentId ?? null,
    'collapsed' in n && n.collapsed ? 1 : 0,
  ]);
  const edges = graph.edges.map((e) => [e.id, e.source, e.target, e.kind]);
  return JSON.stringify([nodes, edges]);
}

const NO_COLLAPSED: ReadonlySet<StatePath> = new Set();

/** deriveGraph as session 2 wrote it. */
export function referenceDeriveGraph(
  model: StateMachine,
  options: DeriveGraphOptions = {},
): FlowGraph {
  const collapsedSet = options.collapsed ?? NO_COLLAPSED;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const collapsed: StatePath[] = [];

  const visitScope = (scope: Scope, scopePath: ScopePath, laneId: string | undefined): void => {
    const states = uniqueStates(scope);
    const startAt = typeof scope.StartAt === 'string' ? scope.StartAt : undefined;
    const within = laneId === undefined ? {} : { parentId: laneId };
    const addEdge = (
      source: string,
      target: string,
      kind: FlowEdgeKind,
      field: string,
      extra: Partial<FlowEdge> = {},
    ): void => {
      edges.push({
        id: edgeId(source, target, field),
        source,
        target,
        kind,
        field,
        scope: scopePath,
        ...within,
        ...extra,
      });
    };
    const pathOf = (name: unknown): string | undefined =>
      typeof name === 'string' && states.has(name) ? childPath(scopePath, name) : undefined;

    const startId = startMarkerId(scopePath);
    nodes.push({ id: startId, kind: 'start', scope: scopePath, label: 'Start', ...within });
    const startPath = pathOf(startAt);
    if (startPath !== undefined) addEdge(startId, startPath, 'start', 'StartAt');

    let usesEnd = false;
    let usesFail = false;
    for (const state of states.values()) {
      const path = childPath(scopePath, state.Name);
      const node = stateNode(state, path, scopePath, state.Name === startAt, collapsedSet);
      if (laneId !== undefined) node.parentId = laneId;
      nodes.push(node);
      if (node.collapsed) collapsed.push(path);
      else visitLanes(state, path);

      const ends = endsScope(state);
      if (ends === 'fail') {
        usesFail = true;
        addEdge(path, failMarkerId(scopePath), 'end', 'End');
      } else if (ends === 'end') {
        usesEnd = true;
        addEdge(path, endMarkerId(scopePath), 'end', 'End');
      } else if ('Next' in state) {
        const next = pathOf(state.Next);
        if (next !== undefined) addEdge(path, next, 'next', 'Next');
      }
      if (state.Type === 'Choice') {
        const branches = Array.isArray(state.Branches) ? state.Branches : [];
        branches.forEach((branch, i) => {
          const target = pathOf(branch?.Next);
          if (target === undefined) return;
          const label = typeof branch.Condition === 'string' ? branch.Condition : '';
          addEdge(path, target, 'choice', `Branches/${i}/Next`, { label, branchIndex: i });
        });
        const fallback = pathOf(state.Default);
        if (fallback !== undefined)
          addEdge(path, fallback, 'default', 'Default', { label: 'default' });
      }
      catchRules(state).forEach((rule, i) => {
        const target = pathOf(rule?.Next);
        if (target === undefined) return;
        const errors = Array.isArray(rule.Errors)
          ? rule.Errors.filter((e) => typeof e === 'string')
          : [];
        addEdge(path, target, 'catch', `Catch/${i}/Next`, {
          label: errors.join(', '),
          catchIndex: i,
        });
      });
    }
    if (usesEnd)
      nodes.push({
        id: endMarkerId(scopePath),
        kind: 'end',
        scope: scopePath,
        label: 'End',
        ...within,
      });
    if (usesFail)
      nodes.push({
        id: failMarkerId(scopePath),
        kind: 'fail',
        scope: scopePath,
        label: 'Fail',
        ...within,
      });
  };

  const visitLanes = (state: State, path: StatePath): void => {
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
      state.Branches.forEach((branch, i) => {
        const id = branchLaneId(path, i);
        const scope = branchScopePath(path, i);
        nodes.push({
          id,
          kind: 'lane',
          parentId: path,
          scope,
          label: `Branch ${i}`,
          containerId: path,
          lane: 'branch',
          branchIndex: i,
        });
        visitScope(branch ?? { States: [] }, scope, id);
      });
    } else if (state.Type === 'Map' && state.Processor) {
      const id = processorLaneId(path);
      nodes.push({
        id,
        kind: 'lane',
        parentId: path,
        scope: path,
        label: 'Processor',
        containerId: path,
        lane: 'processor',
      });
      visitScope(state.Processor, path, id);
    }
  };

  visitScope(model, '', undefined);
  return { nodes, edges, collapsed };
}

/** The states of a scope by name, first occurrence wins, in document order. */
function uniqueStates(scope: Scope): Map<string, State> {
  const out = new Map<string, State>();
  const list: unknown = scope.States;
  if (!Array.isArray(list)) return out;
  for (const s of list as State[]) {
    if (s && typeof s === 'object' && typeof s.Name === 'string' && !out.has(s.Name))
      out.set(s.Name, s);
  }
  return out;
}

function endsScope(state: State): 'end' | 'fail' | null {
  if (state.Type === 'Fail') return 'fail';
  if (state.Type === 'Succeed') return 'end';
  if (state.Type === 'Choice') return null;
  return state.End === true ? 'end' : null;
}

function catchRules(state: State): CatchRule[] {
  if (state.Type !== 'Task' && state.Type !== 'Parallel' && state.Type !== 'Map') return [];
  return Array.isArray(state.Catch) ? state.Catch : [];
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
