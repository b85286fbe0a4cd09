import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { startMarkerId } from '../../core';
import { CARD_HEIGHT, CARD_WIDTH, MARKER_SIZE, type StudioNode } from './flowTypes';
import { boundsOf, initialViewport, isNewDocument, type Viewport } from './initialViewport';

/**
 * Opens each document at a readable viewport (see initialViewport): when the first chart
 * arrives, and again when another document replaces it. Edits keep the user's pan and zoom.
 * A document first drawn with a provisional layout (before elk's answer) opens again on elk's
 * layout, unless the user has moved the view since: the two layouts place the chart
 * differently, and the first viewport could leave the start off screen.
 */
export function useInitialViewport(
  nodes: readonly StudioNode[],
  wrapper: RefObject<HTMLDivElement | null>,
  settled: boolean,
) {
  const flow = useReactFlow();
  const shownIds = useRef<readonly string[] | null>(null);
  /** The viewport opened on a provisional layout, until elk's layout replaces it. */
  const provisional = useRef<Viewport | null>(null);
  useEffect(() => {
    const el = wrapper.current;
    if (!el || nodes.length === 0) return;
    const ids: string[] = [];
    for (const n of nodes) if (n.type === 'state' || n.type === 'container') ids.push(n.id);
    const reopen =
      settled &&
      provisional.current !== null &&
      sameViewport(flow.getViewport(), provisional.current);
    if (!isNewDocument(shownIds.current, ids) && !reopen) {
      shownIds.current = ids;
      if (settled) provisional.current = null;
      return;
    }
    // Only now read the size: reading it after every edit forced a synchronous layout of the
    // whole chart. A hidden canvas (zero size) waits for its next chart to open the view.
    if (el.clientWidth === 0 || el.clientHeight === 0) return;
    shownIds.current = ids;
    const top = nodes.filter((n) => n.parentId === undefined);
    if (top.length === 0) return;
    const box = (n: StudioNode) => ({
      x: n.position.x,
      y: n.position.y,
      width: n.width ?? CARD_WIDTH,
      height: n.height ?? CARD_HEIGHT,
    });
    const chart = boundsOf(top.map(box));
    if (!chart) return;
    const start = top.find((n) => n.id === startMarkerId(''));
    const anchor = start ? { x: start.position.x + MARKER_SIZE / 2, y: start.position.y } : null;
    const viewport = initialViewport(chart, anchor, {
      width: el.clientWidth,
      height: el.clientHeight,
    });
    provisional.current = settled ? null : viewport;
    void flow.setViewport(viewport);
  }, [nodes, wrapper, flow, settled]);
}

/** Equal up to rounding (React Flow keeps the numbers it was given, through d3-zoom). */
function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}
