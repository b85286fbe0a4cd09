import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { startMarkerId } from '../../core';
import { CARD_HEIGHT, CARD_WIDTH, MARKER_SIZE, type StudioNode } from './flowTypes';
import { boundsOf, initialViewport, isNewDocument } from './initialViewport';

/**
 * Opens each document at a readable viewport (see initialViewport): when the first chart
 * arrives, and again when another document replaces it. Edits keep the user's pan and zoom.
 */
export function useInitialViewport(
  nodes: readonly StudioNode[],
  wrapper: RefObject<HTMLDivElement | null>,
) {
  const flow = useReactFlow();
  const shownIds = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const el = wrapper.current;
    if (!el || nodes.length === 0) return;
    const ids: string[] = [];
    for (const n of nodes) if (n.type === 'state' || n.type === 'container') ids.push(n.id);
    if (!isNewDocument(shownIds.current, ids)) {
      shownIds.current = ids;
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
    void flow.setViewport(
      initialViewport(chart, anchor, { width: el.clientWidth, height: el.clientHeight }),
    );
  }, [nodes, wrapper, flow]);
}
