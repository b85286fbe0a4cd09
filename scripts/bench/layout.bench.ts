/**
 * Layout: deriveGraph + layoutGraph (what the app runs on a structural change) against a bare
 * elkjs layered layout of the same elk graph with the same options, measured in the same run,
 * interleaved so that machine noise hits both alike. Definitions come from generateDefinition
 * (Choice, Parallel and Map nesting). Parsing is not timed (the parse bench covers it).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import {
  deriveGraph,
  LayoutCache,
  layoutGraph,
  parseSource,
  toElkGraph,
  type ElkGraphNode,
} from '../../src/core';
import { generateDefinition } from './generateDefinition';
import { fmt, medianAsync, table } from './measure';

export const title = 'Layout: deriveGraph + layoutGraph vs bare elkjs (layered, DOWN)';

const SIZES: [states: number, runs: number][] = [
  [100, 9],
  [1_000, 5],
  [5_000, 3],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function run(): Promise<string> {
  const elk = new ELK();
  const rows: (string | number)[][] = [];
  const hits: (string | number)[][] = [];
  for (const [states, runs] of SIZES) {
    const model = parseSource(generateDefinition(states)).model;
    if (model === null) throw new Error(`generated definition of ${states} states does not parse`);
    const options = { direction: 'DOWN' } as const;
    const graph = deriveGraph(model);
    const elkGraph = toElkGraph(graph, options);
    // elk mutates what it lays out: give the bare run a fresh copy each time, made untimed.
    const fresh = (): ElkGraphNode => structuredClone(elkGraph);
    await elk.layout(fresh());
    await layoutGraph(deriveGraph(model), elk, options);
    const bare: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i++) {
      const copy = fresh();
      const measureBare = async () => bare.push(await time(() => elk.layout(copy)));
      const measureOurs = async () =>
        ours.push(await time(() => layoutGraph(deriveGraph(model), elk, options)));
      // Alternate which goes first, so neither always runs right after the other's garbage.
      if (i % 2 === 0) await measureBare().then(measureOurs);
      else await measureOurs().then(measureBare);
    }
    const b = median(bare);
    const o = median(ours);
    // A value-only edit: derive the graph again and ask the cache, which must not lay out.
    const cache = new LayoutCache((g, o, key) => layoutGraph(g, elk, o, key));
    await cache.layout(graph, options);
    const hit = await medianAsync(() => cache.layout(deriveGraph(model), options), 9, 2);
    if (cache.stats.misses !== 1) throw new Error('a value-only re-layout missed the cache');
    hits.push([states.toLocaleString('en-US'), fmt(hit)]);
    rows.push([
      states.toLocaleString('en-US'),
      graph.nodes.length,
      graph.edges.length,
      runs,
      fmt(b),
      fmt(o),
      `${(o / b).toFixed(2)}×`,
    ]);
  }
  return [
    table(
      ['states', 'graph nodes', 'graph edges', 'runs', 'bare elkjs ms', 'ours ms', 'ratio'],
      rows,
    ),
    '',
    'Target: ratio at most 1.3×. "ours" is deriveGraph + toElkGraph + elk + reading the result',
    'back (relative and absolute positions, routes, lane alignment); "bare" is elk alone on the',
    'same elk graph. In the app this runs in a Web Worker and only on structural changes: a',
    'value-only edit hits the LayoutCache and costs one structureKey (no layout):',
    '',
    table(['states', 'value edit: deriveGraph + cache hit ms'], hits),
  ].join('\n');
}
