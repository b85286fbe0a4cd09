import { useEffect, useRef } from 'react';
import type { StudioPort } from './studioPort';

/** The focused canvas node's id, when focus is on one. */
function focusedNodeId(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement)) return null;
  const node = target.closest('.react-flow__node');
  return node instanceof HTMLElement ? (node.dataset.id ?? null) : null;
}

/** Focuses the canvas node with this id (ids are state paths: escaped for the selector). */
export function focusNode(id: string): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus();
}

/**
 * Keyboard navigation on the canvas: with a node focused, arrow keys move to a connected state
 * (Down/Right: along an outgoing transition, Up/Left: back along an incoming one), Enter opens
 * the inspector. Markers and lanes are skipped.
 */
export function useCanvasKeyboard(
  port: StudioPort,
  select: (paths: string[]) => void,
  openInspector: () => void,
) {
  const latest = useRef({ port, select, openInspector });
  latest.current = { port, select, openInspector };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = focusedNodeId(e.target);
      if (!id || e.ctrlKey || e.metaKey || e.altKey) return;
      const { port: p, select: sel, openInspector: open } = latest.current;
      const graph = p.getView().graph;
      if (!graph) return;
      const isState = (nid: string) => graph.nodes.some((n) => n.id === nid && 'path' in n);
      let next: string | undefined;
      if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
        next = graph.edges.find((ed) => ed.source === id && isState(ed.target))?.target;
        // Into a container: its first inner state.
        next ??= graph.nodes.find((n) => 'path' in n && n.scope.startsWith(id + '/'))?.id;
      } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
        next = graph.edges.find((ed) => ed.target === id && isState(ed.source))?.source;
      } else if (e.key === 'Enter') {
        e.preventDefault();
        sel([id]);
        open();
        return;
      } else {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      if (next) {
        sel([next]);
        focusNode(next);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
