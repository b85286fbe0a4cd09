/**
 * Layout: deriveGraph + layoutGraph (what the app runs on a structural change) against a bare
 * elkjs layered layout of the same elk graph with the same options, measured in the same run,
 * interleaved so that machine noise hits both alike. Definitions come from generateDefinition
 * (Choice, Parallel and Map nesting). Parsing is not timed (the parse bench covers it).
 */
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
import { fmt, table } from './measure';

export const title = 'Layout: deriveGraph + layoutGraph vs bare elkjs (layered, DOWN)';

const SIZES: [states: number, rounds: number][] = [
  [100, 9],
  [1_000, 5],
  [5_000, 3],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/**
 * A full garbage collection before each timed run, so that neither side pays for the garbage
 * the other left (elk leaves hundreds of MB at 5,000 states). Node exposes `gc` only behind a
 * flag: set it at run time and take the function from a fresh context.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * CPU milliseconds of the process while `fn` runs, after a full collection. CPU time rather than
 * wall time: on this shared 2-core machine (load 15+) a wall clock mostly measures how long the
 * process waited for a core, which grows with the length of the task and reads as a false
 * superlinear cost. Nothing else runs in the process meanwhile.
 */
async function time(fn: () => Promise<unknown>): Promise<number> {
  collect();
  const t0 = process.cpuUsage();
  await fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

export async function run(): Promise<string> {
  const elk = new ELK();
  const rows: (string | number)[][] = [];
  const hits: (string | number)[][] = [];
  const loadBefore = loadavg()[0] ?? 0;
  for (const [states, rounds] of SIZES) {
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
    const ratios: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const copy = fresh();
      const measureBare = async () => bare.push(await time(() => elk.layout(copy)));
      const measureOurs = async () =>
        ours.push(await time(() => layoutGraph(deriveGraph(model), elk, options)));
      // Alternate which goes first, so neither always runs right after the other.
      if (i % 2 === 0) await measureBare().then(measureOurs);
      else await measureOurs().then(measureBare);
      ratios.push((ours[i] as number) / (bare[i] as number));
    }
    const b = median(bare);
    const o = median(ours);
    // A value-only edit: derive the graph again and ask the cache, which must not lay out. In the
    // app elk runs in a Worker, so the edit runs on a heap without elk's garbage (hence `time`).
    const cache = new LayoutCache((g, o, key) => layoutGraph(g, elk, o, key));
    await cache.layout(graph, options);
    const edit = () => cache.layout(deriveGraph(model), options);
    await edit();
    const hitTimes: number[] = [];
    for (let i = 0; i < 9; i++) hitTimes.push(await time(edit));
    if (cache.stats.misses !== 1) throw new Error('a value-only re-layout missed the cache');
    hits.push([states.toLocaleString('en-US'), fmt(median(hitTimes))]);
    rows.push([
      states.toLocaleString('en-US'),
      graph.nodes.length,
      graph.edges.length,
      rounds,
      fmt(b),
      fmt(o),
      `${(o / b).toFixed(2)}×`,
      `${median(ratios).toFixed(2)}×`,
    ]);
  }
  const loadAfter = loadavg()[0] ?? 0;
  return [
    `Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end.`,
    '',
    table(
      [
        'states',
        'graph nodes',
        'graph edges',
        'rounds',
        'bare elkjs CPU ms',
        'ours CPU ms',
        'ratio',
        'median of per-round ratios',
      ],
      rows,
    ),
    '',
    'Times are CPU milliseconds of the process (see `time` in the script), medians over the rounds.',
    'Target: ratio at most 1.3×. "ours" is deriveGraph + toElkGraph + elk + reading the result',
    'back (relative and absolute positions, routes, lane alignment); "bare" is elk alone on the',
    'same elk graph with the same options. Each round times both, alternating which goes first,',
    'each after a full garbage collection; "median of per-round ratios" pairs the two runs of a',
    'round, which cancels slow drifts in machine load. In the app layout runs in a Web Worker and',
    'only on structural changes: a value-only edit hits the LayoutCache and costs one deriveGraph',
    'and one structureKey (no layout), median of 9, each after a full garbage collection:',
    '',
    table(['states', 'value edit: deriveGraph + cache hit, CPU ms'], hits),
  ].join('\n');
}
