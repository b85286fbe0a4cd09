import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { StudioNode } from './flowTypes';

/**
 * After a drop (a new or moved state), brings the selected state into view once the chart
 * shows it: a state moved into a new Parallel branch or dropped at the far end of a large chart
 * may land outside the visible part. Returns the function to call when a drop happens.
 */
export function useRevealDropped(
  nodes: readonly StudioNode[],
  wrapper: RefObject<HTMLDivElement | null>,
): () => void {
  const flow = useReactFlow();
  // When the drop happened (0: none); a refused drop changes nothing, so the mark expires.
  const pending = useRef(0);
  useEffect(() => {
    // The first charts after a drop may still carry the old layout: check each new one.
    if (Date.now() - pending.current > 10_000) return;
    const target = nodes.find((n) => n.selected);
    const el = wrapper.current;
    if (!target || !el) return;
    const internal = flow.getInternalNode(target.id);
    if (!internal) return;
    const { x, y } = internal.internals.positionAbsolute;
    const w = target.width ?? internal.measured.width ?? 0;
    const h = target.height ?? internal.measured.height ?? 0;
    const a = flow.flowToScreenPosition({ x, y });
    const b = flow.flowToScreenPosition({ x: x + w, y: y + h });
    const area = el.getBoundingClientRect();
    const inside = a.x >= area.left && a.y >= area.top && b.x <= area.right && b.y <= area.bottom;
    if (!inside) void flow.setCenter(x + w / 2, y + h / 2, { zoom: flow.getZoom(), duration: 200 });
  }, [nodes, wrapper, flow]);
  return useCallback(() => {
    pending.current = Date.now();
  }, []);
}
