import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { visibleRange, type ListViewport, type RowRange } from './visibleRange';

/** What a virtualised list needs from its scroll container. */
export interface VirtualRows<T extends HTMLElement> {
  /** Attach to the scroll container. */
  ref: RefObject<T | null>;
  /** The rows to render now. */
  range: RowRange;
  /** The container's current scroll offset and height, read now (not from the last render). */
  viewport: () => ListViewport;
  /** Scrolls the container to `top` and renders the rows there at once. */
  scrollTo: (top: number) => void;
}

interface Position {
  scrollTop: number;
  height: number;
}

/**
 * Renders only the rows of a fixed-height list that are in view (plus overscan). The component
 * re-renders only when a scroll or resize changes the rendered range, not on every scrolled
 * pixel. Without layout (happy-dom, a hidden panel) the range is the fallback window.
 */
export function useVirtualRows<T extends HTMLElement>(
  count: number,
  rowHeight: number,
  offset: number,
): VirtualRows<T> {
  const ref = useRef<T | null>(null);
  const [pos, setPos] = useState<Position>({ scrollTop: 0, height: 0 });
  // Read by the scroll handler, which lives as long as the element: the count of this render.
  const countRef = useRef(count);
  useLayoutEffect(() => {
    countRef.current = count;
  }, [count]);

  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = { scrollTop: el.scrollTop, height: el.clientHeight };
    setPos((prev) => {
      const list = { count: countRef.current, rowHeight, offset };
      const a = visibleRange({ ...list, ...prev });
      const b = visibleRange({ ...list, ...next });
      // The same rows: keep the old state, so React skips the render.
      return a.start === b.start && a.end === b.end && prev.height === next.height ? prev : next;
    });
  }, [rowHeight, offset]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [update]);

  const range = useMemo(
    () => visibleRange({ count, rowHeight, offset, ...pos }),
    [count, rowHeight, offset, pos],
  );

  const viewport = useCallback((): ListViewport => {
    const el = ref.current;
    return {
      count: countRef.current,
      rowHeight,
      offset,
      scrollTop: el?.scrollTop ?? 0,
      height: el?.clientHeight ?? 0,
    };
  }, [rowHeight, offset]);

  const scrollTo = useCallback(
    (top: number) => {
      const el = ref.current;
      if (!el) return;
      el.scrollTop = top;
      // The scroll event comes after the next paint: render the new rows now, not a blank band.
      update();
    },
    [update],
  );

  return { ref, range, viewport, scrollTo };
}
