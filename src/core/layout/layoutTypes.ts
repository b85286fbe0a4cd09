/** Top-to-bottom (the default) or left-to-right. */
export type LayoutDirection = 'DOWN' | 'RIGHT';

export interface LayoutOptions {
  direction: LayoutDirection;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where a node sits. `x`/`y` are relative to the parent node's top-left corner (what React Flow
 * wants for nodes with a `parentId`; for top-level nodes they are absolute); `absX`/`absY` are
 * absolute (the chart's top-left is 0,0).
 */
export interface NodeLayout {
  x: number;
  y: number;
  absX: number;
  absY: number;
  width: number;
  height: number;
}

/** An edge's route in absolute coordinates. */
export interface EdgeLayout {
  /** Start point, bend points, end point (orthogonal segments). */
  points: Point[];
  /** The label slot's box (absolute top-left), for edges that carry a label. */
  label?: { x: number; y: number; width: number; height: number };
}

/** Geometry only (no labels or values), keyed by graph node and edge ids. */
export interface LayoutResult {
  /** The structure key and direction the layout was computed for (see layoutCacheKey). */
  key: string;
  direction: LayoutDirection;
  width: number;
  height: number;
  nodes: Map<string, NodeLayout>;
  edges: Map<string, EdgeLayout>;
}
