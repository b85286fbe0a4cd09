import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { navigate, type NavKey, type NavMemo } from './canvasNavigation';
import type { StudioPort } from './studioPort';

/** The focused canvas node's id, when focus is on one. */
function focusedNodeId(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement)) return null;
  const node = target.closest('.react-flow__node');
  return node instanceof HTMLElement ? (node.dataset.id ?? null) : null;
}

/** The canvas node element with this id (ids are state paths: escaped for the selector). */
function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** Focuses the canvas node with this id. */
export function focusNode(id: string): void {
  nodeElement(id)?.focus();
}

const KEYS: Record<string, NavKey> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'enter',
  Escape: 'escape',
};

/**
 * Keyboard navigation on the canvas, with a state's card focused (see canvasNavigation.ts):
 * Down follows Next, Left/Right cycle a Choice's targets (and a container's branches), Up goes
 * back, Enter descends into a Parallel or Map (on other states it opens the inspector;
 * Shift+Enter always does), Escape ascends to the container. A state outside the visible part
 * of the canvas is scrolled into view before it takes the focus. A card that takes the
 * keyboard focus (Tab) is selected.
 */
export function useCanvasKeyboard(
  port: StudioPort,
  select: (paths: string[]) => void,
  openInspector: () => void,
) {
  const flow = useReactFlow();
  const latest = useRef({ port, select, openInspector, flow });
  latest.current = { port, select, openInspector, flow };
  const memo = useRef<NavMemo | null>(null);
  useEffect(() => {
    /** Pans to the node when it is not on screen, then focuses it once it is rendered. */
    const reveal = (id: string) => {
      const { flow: f } = latest.current;
      const el = nodeElement(id);
      const pane = document.querySelector('.react-flow');
      const box = el?.getBoundingClientRect();
      const area = pane?.getBoundingClientRect();
      const visible =
        box &&
        area &&
        box.top >= area.top &&
        box.bottom <= area.bottom &&
        box.left >= area.left &&
        box.right <= area.right;
      if (!visible) {
        const n = f.getInternalNode(id);
        if (n) {
          const { x, y } = n.internals.positionAbsolute;
          void f.setCenter(x + (n.measured.width ?? 200) / 2, y + (n.measured.height ?? 56) / 2, {
            zoom: f.getZoom(),
          });
        }
      }
      // Off-screen nodes are not rendered (onlyRenderVisibleElements): wait a few frames.
      let tries = 0;
      const attempt = () => {
        const target = nodeElement(id);
        if (target) target.focus();
        else if (++tries < 10) requestAnimationFrame(attempt);
      };
      attempt();
    };
    const onKey = (e: KeyboardEvent) => {
      const id = focusedNodeId(e.target);
      const key = KEYS[e.key];
      if (!id || !key || e.ctrlKey || e.metaKey || e.altKey) return;
      const { port: p, select: sel, openInspector: open } = latest.current;
      const graph = p.getView().graph;
      if (!graph) return;
      const step = key === 'enter' && e.shiftKey ? null : navigate(graph, id, key, memo.current);
      if (key === 'enter' && !step) {
        e.preventDefault();
        sel([id]);
        open();
        return;
      }
      if (key === 'escape' && !step) return;
      e.preventDefault();
      e.stopPropagation();
      if (!step) return;
      memo.current = step.memo;
      sel([step.to]);
      reveal(step.to);
    };
    // A card reached with Tab becomes the selection: Delete, Ctrl+D, Ctrl+C and the palette's
    // insert act on the selection, and they must act on the card the focus ring is on. A mouse
    // click selects by itself (with Shift it adds), so only keyboard focus is followed here.
    const onFocus = (e: FocusEvent) => {
      const id = focusedNodeId(e.target);
      if (!id || !(e.target instanceof HTMLElement) || !e.target.matches(':focus-visible')) return;
      const { port: p, select: sel } = latest.current;
      if (!p.getView().selection.includes(id)) sel([id]);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('focusin', onFocus);
    };
  }, []);
}
