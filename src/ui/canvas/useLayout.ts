import { useEffect, useMemo, useRef, useState } from 'react';
import { structureKey, type FlowGraph, type LayoutDirection, type LayoutResult } from '../../core';
import { quickLayout } from '../layout/quickLayout';

/**
 * Computes a layout (elkjs, in a Worker in the browser). `peek`, when given, answers at once
 * from what is already known (the layout cache, the layouts kept across loads).
 */
export type LayoutFn = ((graph: FlowGraph, direction: LayoutDirection) => Promise<LayoutResult>) & {
  peek?: (graph: FlowGraph, direction: LayoutDirection) => LayoutResult | undefined;
};

/**
 * The layout of the current graph. Re-runs only when the graph's structure or the direction
 * changes (a value edit keeps the positions), and drops results that arrive after a newer
 * request (generation counter). Until the first layout arrives the chart is drawn at once from
 * a known layout (`peek`) or a rough main-thread one (quickLayout): the first canvas never waits
 * for elkjs to load.
 */
export function useLayout(graph: FlowGraph | null, direction: LayoutDirection, layout: LayoutFn) {
  const key = useMemo(
    () => (graph ? `${direction}|${structureKey(graph)}` : ''),
    [graph, direction],
  );
  const [result, setResult] = useState<{ key: string; layout: LayoutResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const latestGraph = useRef(graph);
  latestGraph.current = graph;

  const first = result === null;
  const placeholder = useMemo(() => {
    const g = latestGraph.current;
    if (!first || !g || key === '') return null;
    return layout.peek?.(g, direction) ?? quickLayout(g, direction);
  }, [first, key, direction, layout]);

  useEffect(() => {
    const g = latestGraph.current;
    if (!g || key === '') return;
    const gen = ++generation.current;
    layout(g, direction)
      .then((r) => {
        if (gen !== generation.current) return;
        setResult({ key, layout: r });
        setError(null);
      })
      .catch((e: unknown) => {
        if (gen !== generation.current) return;
        setError(e instanceof Error ? e.message : String(e));
      });
  }, [key, direction, layout]);

  return {
    layout: result?.layout ?? placeholder,
    fresh: result !== null ? result.key === key : placeholder?.key === key,
    /** The layout shown is elk's answer for the current structure (not a provisional one). */
    settled: key === '' || (result !== null && result.key === key),
    error,
  };
}
