import { useEffect, useMemo, useRef, useState } from 'react';
import { structureKey, type FlowGraph, type LayoutDirection, type LayoutResult } from '../../core';

/** Computes a layout (elkjs, in a Worker in the browser). */
export type LayoutFn = (graph: FlowGraph, direction: LayoutDirection) => Promise<LayoutResult>;

/**
 * The layout of the current graph. Re-runs only when the graph's structure or the direction
 * changes (a value edit keeps the positions), and drops results that arrive after a newer
 * request (generation counter).
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

  return { layout: result?.layout ?? null, fresh: result?.key === key, error };
}
