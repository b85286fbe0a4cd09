import type { EdgeLayout, LayoutDirection, NodeLayout } from './layoutTypes';

/** A laid-out tree: boxes and routes, each node's children and the edges it holds. */
export interface LayoutTree {
  nodes: Map<string, NodeLayout>;
  edges: Map<string, EdgeLayout>;
  children: Map<string, string[]>;
  held: Map<string, string[]>;
}

/**
 * Lanes of one container lie side by side across the flow (elk puts them in one layer), but elk
 * may order them freely, and a chart that shows "Branch 2, Branch 0, Branch 1" misleads. So each
 * group (a container's lanes, in branch order) is laid back in branch order on the same slots
 * and gaps, moving every lane with its contents and inner edge routes. No edge crosses a lane's
 * border (edges stay in their scope, and edges to a container end on the container), so nothing
 * else moves. Then the lanes are stretched to one depth (height when the flow runs down, width
 * when it runs right) so they line up; lanes are a container's only children, so nothing can
 * overlap.
 */
export function arrangeLanes(
  tree: LayoutTree,
  groups: readonly string[][],
  direction: LayoutDirection,
): void {
  const across = direction === 'DOWN' ? 'x' : 'y';
  const size = direction === 'DOWN' ? 'width' : 'height';
  for (const lanes of groups) {
    const boxes = lanes.map((id) => tree.nodes.get(id) as NodeLayout);
    const sorted = [...boxes].sort((a, b) => a[across] - b[across]);
    if (sorted.some((b, i) => b !== boxes[i])) {
      const gaps = sorted
        .slice(1)
        .map(
          (b, i) =>
            b[across] - ((sorted[i] as NodeLayout)[across] + (sorted[i] as NodeLayout)[size]),
        );
      let cursor = (sorted[0] as NodeLayout)[across];
      boxes.forEach((box, i) => {
        const delta = cursor - box[across];
        if (delta !== 0)
          shiftLane(
            tree,
            lanes[i] as string,
            across === 'x' ? delta : 0,
            across === 'y' ? delta : 0,
          );
        cursor += box[size] + (gaps[i] ?? 0);
      });
    }
    stretch(boxes, direction);
  }
}

function shiftLane(tree: LayoutTree, laneId: string, dx: number, dy: number): void {
  const lane = tree.nodes.get(laneId) as NodeLayout;
  lane.x += dx;
  lane.y += dy;
  const stack = [laneId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const box = tree.nodes.get(id);
    if (box !== undefined) {
      box.absX += dx;
      box.absY += dy;
    }
    for (const edgeId of tree.held.get(id) ?? []) {
      const route = tree.edges.get(edgeId);
      if (route === undefined) continue;
      for (const p of route.points) {
        p.x += dx;
        p.y += dy;
      }
      if (route.label !== undefined) {
        route.label.x += dx;
        route.label.y += dy;
      }
    }
    stack.push(...(tree.children.get(id) ?? []));
  }
}

function stretch(lanes: NodeLayout[], direction: LayoutDirection): void {
  if (direction === 'DOWN') {
    const bottom = Math.max(...lanes.map((l) => l.y + l.height));
    for (const l of lanes) l.height = bottom - l.y;
  } else {
    const right = Math.max(...lanes.map((l) => l.x + l.width));
    for (const l of lanes) l.width = right - l.x;
  }
}
