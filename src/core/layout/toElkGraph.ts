import type { FlowGraph } from '../graph/types';
import type { ElkGraphEdge, ElkGraphNode, ElkLayoutOptions } from './elkTypes';
import type { LayoutOptions } from './layoutTypes';
import {
  CONTAINER_HEADER,
  CONTAINER_PADDING,
  EDGE_LABEL_HEIGHT,
  EDGE_LABEL_WIDTH,
  LANE_HEADER,
  LANE_PADDING,
  leafSize,
} from './sizes';

/** Id of the elk root node: contains `\#`, so no state path can equal it (see graph/ids.ts). */
export const ELK_ROOT_ID = '\\#root';

/** Spacing used at every level of the hierarchy (px). */
const SPACING: ElkLayoutOptions = {
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '16',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
};

/**
 * The layout options of the whole chart: layered, the given direction, one run over the whole
 * hierarchy (INCLUDE_CHILDREN, so edges and containers are placed together), orthogonal edges,
 * document order respected where it does not cost crossings, edge routes and labels in absolute
 * coordinates.
 */
export function elkRootOptions(options: LayoutOptions): ElkLayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': options.direction,
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.json.edgeCoords': 'ROOT',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.padding': '[top=24,left=24,bottom=24,right=24]',
    ...SPACING,
  };
}

const padding = (top: number, side: number): string =>
  `[top=${top},left=${side},bottom=${side},right=${side}]`;

/**
 * The elk JSON graph of a flow graph. Pure: a fresh object on every call (elk mutates what it
 * lays out).
 *
 * Containers (Parallel/Map with lanes) and lanes are compound nodes sized by elk: a container
 * leaves room at the top for its own card, a lane for its "Branch i" label, and lanes sit side by
 * side across the flow (aligned to the top, or to the left when the flow runs right). Leaves have
 * fixed sizes (sizes.ts). Each edge is declared in the node holding both its ends; Choice,
 * Default and Catch edges carry one fixed-size label slot, whatever their text.
 */
export function toElkGraph(graph: FlowGraph, options: LayoutOptions): ElkGraphNode {
  const root: ElkGraphNode = {
    id: ELK_ROOT_ID,
    layoutOptions: elkRootOptions(options),
    children: [],
    edges: [],
  };
  const parents = new Set<string>();
  for (const n of graph.nodes) if (n.parentId !== undefined) parents.add(n.parentId);
  const laneAlignment = options.direction === 'DOWN' ? 'TOP' : 'LEFT';

  const byId = new Map<string, ElkGraphNode>();
  for (const node of graph.nodes) {
    const parent = node.parentId === undefined ? root : byId.get(node.parentId);
    if (parent === undefined) continue;
    const el: ElkGraphNode = { id: node.id };
    if (parents.has(node.id)) {
      const isLane = node.kind === 'lane';
      el.layoutOptions = {
        ...SPACING,
        'elk.padding': isLane
          ? padding(LANE_HEADER, LANE_PADDING)
          : padding(CONTAINER_HEADER, CONTAINER_PADDING),
      };
      if (isLane) el.layoutOptions['elk.alignment'] = laneAlignment;
      el.children = [];
      el.edges = [];
    } else {
      const size = leafSize(node);
      el.width = size.width;
      el.height = size.height;
    }
    (parent.children as ElkGraphNode[]).push(el);
    byId.set(node.id, el);
  }

  for (const edge of graph.edges) {
    const holder = edge.parentId === undefined ? root : byId.get(edge.parentId);
    if (holder?.edges === undefined || !byId.has(edge.source) || !byId.has(edge.target)) continue;
    const el: ElkGraphEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
    if (edge.kind === 'choice' || edge.kind === 'default' || edge.kind === 'catch') {
      // elk ignores labels without text; the text is the kind, never the value (see structureKey).
      el.labels = [{ text: edge.kind, width: EDGE_LABEL_WIDTH, height: EDGE_LABEL_HEIGHT }];
    }
    holder.edges.push(el);
  }
  return root;
}
