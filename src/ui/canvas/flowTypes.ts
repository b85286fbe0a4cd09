import type { Edge, Node } from '@xyflow/react';
import type { FlowEdge, LaneFlowNode, MarkerFlowNode, StateFlowNode } from '../../core';

export type Direction = 'DOWN' | 'RIGHT';

/** Problems attached to one state, for its badges. */
export interface NodeProblems {
  errors: number;
  warnings: number;
  /** The first message, shown on hover. */
  first?: string;
}

export type StateNodeData = {
  node: StateFlowNode;
  problems: NodeProblems;
  direction: Direction;
  onToggleCollapse: (path: string) => void;
};
export type LaneNodeData = { node: LaneFlowNode };
export type MarkerNodeData = { node: MarkerFlowNode; direction: Direction };
export type FlowEdgeData = {
  edge: FlowEdge;
  onInsert: ((edge: FlowEdge) => void) | null;
};

export type StateRFNode = Node<StateNodeData, 'state'>;
export type ContainerRFNode = Node<StateNodeData, 'container'>;
export type LaneRFNode = Node<LaneNodeData, 'lane'>;
export type MarkerRFNode = Node<MarkerNodeData, 'marker'>;
export type StudioNode = StateRFNode | ContainerRFNode | LaneRFNode | MarkerRFNode;
export type StudioEdge = Edge<FlowEdgeData, 'studio'>;

/** Card size the layout reserves for a state (ui.md: about 200×56). */
export const CARD_WIDTH = 200;
export const CARD_HEIGHT = 56;
export const MARKER_SIZE = 18;
