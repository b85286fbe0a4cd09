import type { ScopePath, StatePath } from '../model/statePath';
import type { StateType } from '../model/types';

/**
 * The flow graph derived from a model (see deriveGraph.ts): plain data, so it can be sent to a
 * Worker and compared structurally.
 *
 * Node ids: a state's id is its state path (`Fanout/0/Check`). A Parallel branch lane's id is
 * the branch scope path (`Fanout/0`); every other generated id contains `\#`, a sequence no
 * state path can contain (a path holds `\` only as `\\` or `\/`), so generated ids never collide
 * with a state: see ids.ts.
 */

/** Badges and roles of a state node. */
export interface StateFlags {
  hasRetry: boolean;
  /** Number of Retry rules. */
  retryCount: number;
  hasCatch: boolean;
  /** Number of Catch rules. */
  catchCount: number;
  /** The state is its scope's `StartAt`. */
  isStart: boolean;
  /** The state ends its scope: `End: true`, Succeed or Fail. */
  isEnd: boolean;
}

interface FlowNodeBase {
  id: string;
  /** The enclosing node (a lane for states and markers inside containers, a container for lanes). */
  parentId?: string;
  /** The scope the node is drawn in ('' = top level). For a lane, the scope it holds. */
  scope: ScopePath;
  label: string;
}

/** A state card. `kind` is the state type. */
export interface StateFlowNode extends FlowNodeBase {
  kind: StateType;
  path: StatePath;
  /** Muted second line: Action (Task), seconds (Wait), ItemsPath (Map), Code (Fail). */
  subtitle?: string;
  flags: StateFlags;
  /** Parallel and Map states contain lanes (unless collapsed or empty). */
  container: 'parallel' | 'map' | null;
  /** A container drawn as a single card, its lanes hidden. */
  collapsed: boolean;
}

/** A Parallel branch ("Branch i") or a Map processor ("Processor"), child of its container. */
export interface LaneFlowNode extends FlowNodeBase {
  kind: 'lane';
  containerId: StatePath;
  lane: 'branch' | 'processor';
  /** Branch index for Parallel lanes. */
  branchIndex?: number;
}

/** Start marker (one per scope, before StartAt); end markers (one 'end' and one 'fail' per scope at most). */
export interface MarkerFlowNode extends FlowNodeBase {
  kind: 'start' | 'end' | 'fail';
}

export type FlowNode = StateFlowNode | LaneFlowNode | MarkerFlowNode;

/**
 * - `next`: a `Next` field; `choice`: a Choice branch's `Next`; `default`: a Choice `Default`;
 * - `catch`: a Catch rule's `Next`; `start`: start marker → StartAt;
 * - `end`: a terminal state → its scope's end (or fail) marker.
 */
export type FlowEdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'start' | 'end';

export interface FlowEdge {
  /** `<from>-><to>#<field>` with `\`, `#` and `>` escaped in from and to (see ids.ts). */
  id: string;
  source: string;
  target: string;
  kind: FlowEdgeKind;
  /**
   * The field the edge comes from, as a field path inside the source state: `Next`, `Default`,
   * `Branches/<i>/Next`, `Catch/<i>/Next`; `StartAt` for start edges and `End` for end edges.
   */
  field: string;
  /** The scope holding both ends ('' = top level). */
  scope: ScopePath;
  /** The node holding both ends: the scope's lane, or undefined at the top level. */
  parentId?: string;
  /** Choice: the condition; default: "default"; catch: the error names joined by ", ". */
  label?: string;
  /** Choice branch index (kind 'choice'). */
  branchIndex?: number;
  /** Catch rule index (kind 'catch'). */
  catchIndex?: number;
}

export interface FlowGraph {
  /** Parents come before their children; otherwise document order. */
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Paths of the containers drawn collapsed (only those that exist), in document order. */
  collapsed: StatePath[];
}

/** Options of deriveGraph. */
export interface DeriveGraphOptions {
  /** Containers (Parallel/Map state paths) whose lanes and inner states are hidden. */
  collapsed?: ReadonlySet<StatePath>;
}

export function isStateNode(node: FlowNode): node is StateFlowNode {
  return (
    node.kind !== 'lane' && node.kind !== 'start' && node.kind !== 'end' && node.kind !== 'fail'
  );
}

export function isMarkerNode(node: FlowNode): node is MarkerFlowNode {
  return node.kind === 'start' || node.kind === 'end' || node.kind === 'fail';
}

export function isLaneNode(node: FlowNode): node is LaneFlowNode {
  return node.kind === 'lane';
}
