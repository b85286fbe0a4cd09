import { structureKey } from '../graph/structureKey';
import type { FlowGraph } from '../graph/types';
import type { ElkLike } from './elkTypes';
import type { LayoutOptions, LayoutResult } from './layoutTypes';
import { readElkLayout } from './readElkLayout';
import { toElkGraph } from './toElkGraph';

/** The cache key of a layout: the graph's structure key and the direction. */
export function layoutCacheKey(key: string, options: LayoutOptions): string {
  return `${options.direction}|${key}`;
}

/**
 * Lays out a flow graph with an injected elk instance: in Node pass
 * `new (await import('elkjs/lib/elk.bundled.js')).default()`, in the browser use the layout
 * worker client (src/ui/layout). Deterministic: the same graph and options give the same result.
 * Positions: `x`/`y` relative to the parent node, `absX`/`absY` absolute; edge routes absolute.
 *
 * It does no caching (see LayoutCache) and keeps no state.
 */
export async function layoutGraph(
  graph: FlowGraph,
  elk: ElkLike,
  options: LayoutOptions = { direction: 'DOWN' },
  key: string = layoutCacheKey(structureKey(graph), options),
): Promise<LayoutResult> {
  const out = await elk.layout(toElkGraph(graph, options));
  const lanes = new Set<string>();
  for (const n of graph.nodes) if (n.kind === 'lane') lanes.add(n.id);
  return readElkLayout(out, key, options.direction, lanes);
}
