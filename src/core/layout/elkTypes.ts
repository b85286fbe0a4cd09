/**
 * The part of elkjs's JSON graph format that the layout uses, typed here so that core does not
 * depend on elkjs: any object with a compatible `layout` method will do (an `ELK` instance from
 * `elkjs/lib/elk.bundled.js` in Node, or one driving elk's Web Worker in the browser).
 */

export type ElkLayoutOptions = Record<string, string>;

export interface ElkPoint {
  x: number;
  y: number;
}

export interface ElkGraphLabel {
  id?: string;
  text?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export interface ElkGraphSection {
  id: string;
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}

export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkGraphLabel[];
  layoutOptions?: ElkLayoutOptions;
  /** Filled in by elk. */
  sections?: ElkGraphSection[];
}

export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: ElkLayoutOptions;
  labels?: ElkGraphLabel[];
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

/** The minimal elk interface: `layout` fills in positions (and may mutate its argument). */
export interface ElkLike {
  layout(graph: ElkGraphNode): Promise<ElkGraphNode>;
}
