import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps its identity across renders and always calls the latest `fn`.
 *
 * React Flow copies each callback prop into its store when the prop's identity changes, and
 * every such copy runs all of its store's selectors, several of which walk every node and edge
 * (visible nodes, visible edges, the selection listener): at 5,000 states tens of ms per
 * callback, synchronously, after each render of the canvas.
 */
export function useStableHandler<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  // Handlers run in events after the commit: the layout effect has updated the ref by then.
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
