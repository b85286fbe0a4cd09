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
  const shownIds = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const el = wrapper.current;
    const top = nodes.filter((n) => n.parentId === undefined);
    if (!el || top.length === 0 || el.clientWidth === 0 || el.clientHeight === 0) return;
    const ids = new Set(
      nodes.filter((n) => n.type === 'state' || n.type === 'container').map((n) => n.id),
    );
    const fresh = isNewDocument(shownIds.current, ids);
    shownIds.current = ids;
    if (!fresh) return;
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
