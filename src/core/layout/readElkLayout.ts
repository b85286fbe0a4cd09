import type { ElkGraphNode } from './elkTypes';
import { arrangeLanes, type LayoutTree } from './arrangeLanes';
import type { EdgeLayout, LayoutDirection, LayoutResult, NodeLayout, Point } from './layoutTypes';

/**
 * Reads elk's output (see toElkGraph: shapes relative to their parent, edges absolute) into a
 * LayoutResult, then puts the lanes of each container in branch order and stretches them to one
 * depth (see arrangeLanes).
 */
export function readElkLayout(
  root: ElkGraphNode,
  key: string,
  direction: LayoutDirection,
  laneIds: ReadonlySet<string>,
): LayoutResult {
  const nodes = new Map<string, NodeLayout>();
  const edges = new Map<string, EdgeLayout>();
  const tree: LayoutTree = { nodes, edges, children: new Map(), held: new Map() };
  const laneGroups: string[][] = [];

  const visit = (el: ElkGraphNode, absX: number, absY: number): void => {
    const lanes: string[] = [];
    tree.children.set(
      el.id,
      (el.children ?? []).map((c) => c.id),
    );
    tree.held.set(
      el.id,
      (el.edges ?? []).map((e) => e.id),
    );
    for (const child of el.children ?? []) {
      const x = child.x ?? 0;
      const y = child.y ?? 0;
      const box: NodeLayout = {
        x,
        y,
        absX: absX + x,
        absY: absY + y,
        width: child.width ?? 0,
        height: child.height ?? 0,
      };
      nodes.set(child.id, box);
      if (laneIds.has(child.id)) lanes.push(child.id);
      visit(child, box.absX, box.absY);
    }
    if (lanes.length > 1) laneGroups.push(lanes);
    for (const edge of el.edges ?? []) {
      const points: Point[] = [];
      for (const s of edge.sections ?? []) {
        points.push({ x: s.startPoint.x, y: s.startPoint.y });
        for (const b of s.bendPoints ?? []) points.push({ x: b.x, y: b.y });
        points.push({ x: s.endPoint.x, y: s.endPoint.y });
      }
      const layout: EdgeLayout = { points };
      const label = edge.labels?.[0];
      if (label !== undefined) {
        const box = {
          x: label.x ?? 0,
          y: label.y ?? 0,
          width: label.width ?? 0,
          height: label.height ?? 0,
        };
        layout.label = nearRoute(box, points) ? box : onLongestSegment(box, points);
      }
      edges.set(edge.id, layout);
    }
  };
  visit(root, 0, 0);
  arrangeLanes(tree, laneGroups, direction);
  return { key, direction, width: root.width ?? 0, height: root.height ?? 0, nodes, edges };
}

type Box = { x: number; y: number; width: number; height: number };

/** Distance from a point to a segment. */
function distance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The label's centre lies within a label's size of the route. */
export function nearRoute(box: Box, points: readonly Point[]): boolean {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const reach = Math.max(box.width, box.height);
  for (let i = 1; i < points.length; i++) {
    if (distance(c, points[i - 1] as Point, points[i] as Point) <= reach) return true;
  }
  return false;
}

/**
 * elk leaves the label of an edge that starts at a compound node (a container) unplaced at 0,0.
 * Such a label is centred on the route's longest segment instead.
 */
function onLongestSegment(box: Box, points: readonly Point[]): Box {
  let best = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > longest) {
      longest = len;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return { ...box, x: best.x - box.width / 2, y: best.y - box.height / 2 };
}
