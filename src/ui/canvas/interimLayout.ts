import { layoutGraph, type ElkLike } from '../../core';
import type { LayoutFn } from './useLayout';

let elk: Promise<ElkLike> | null = null;

/**
 * INTERIM: the core's `layoutGraph` with elkjs on the main thread, lazily loaded, until the
 * layout Worker client (src/ui/layout) lands and replaces it.
 */
export const interimLayout: LayoutFn = async (graph, direction) => {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
  return layoutGraph(graph, await elk, { direction });
};
