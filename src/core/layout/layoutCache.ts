import { structureKey } from '../graph/structureKey';
import type { FlowGraph } from '../graph/types';
import { layoutCacheKey } from './layoutGraph';
import type { LayoutOptions, LayoutResult } from './layoutTypes';

/** Rejection of a layout request that a newer request superseded before it finished. */
export class StaleLayoutError extends Error {
  constructor(
    readonly generation: number,
    readonly latest: number,
  ) {
    super(`layout ${generation} superseded by ${latest}`);
    this.name = 'StaleLayoutError';
  }
}

export function isStaleLayoutError(e: unknown): e is StaleLayoutError {
  return e instanceof Error && e.name === 'StaleLayoutError';
}

/** Computes a layout; `key` is the cache key the result must carry. */
export type LayoutCompute = (
  graph: FlowGraph,
  options: LayoutOptions,
  key: string,
) => Promise<LayoutResult>;

/**
 * Remembers layouts by structure key and direction, so a value-only edit (a Condition, a
 * Parameter, an Action) returns the very same LayoutResult object without laying out again, and
 * only the latest request is delivered.
 *
 * Every `layout` call starts a new generation. A call whose result arrives after a newer call was
 * made rejects with StaleLayoutError (its result is still cached: it is correct for its key).
 * Identical requests in flight share one computation. The cache keeps the `capacity` most
 * recently used layouts.
 */
export class LayoutCache {
  private generation = 0;
  private readonly results = new Map<string, LayoutResult>();
  private readonly inflight = new Map<string, Promise<LayoutResult>>();
  /** Counters, for tests and diagnostics. */
  readonly stats = { hits: 0, misses: 0, stale: 0 };

  constructor(
    private readonly compute: LayoutCompute,
    private readonly capacity = 8,
  ) {}

  /** The cached layout for this graph and options, if any (no generation change). */
  peek(graph: FlowGraph, options: LayoutOptions): LayoutResult | undefined {
    return this.results.get(layoutCacheKey(structureKey(graph), options));
  }

  /** The layout of `graph`: from the cache, or computed. Rejects with StaleLayoutError if superseded. */
  async layout(graph: FlowGraph, options: LayoutOptions): Promise<LayoutResult> {
    const generation = ++this.generation;
    const key = layoutCacheKey(structureKey(graph), options);
    const cached = this.results.get(key);
    let result: LayoutResult;
    if (cached !== undefined) {
      this.stats.hits++;
      this.remember(key, cached);
      result = cached;
    } else {
      this.stats.misses++;
      let pending = this.inflight.get(key);
      if (pending === undefined) {
        pending = this.compute(graph, options, key);
        this.inflight.set(key, pending);
        const settled = () => {
          if (this.inflight.get(key) === pending) this.inflight.delete(key);
        };
        pending.then((r) => {
          settled();
          this.remember(key, r);
        }, settled);
      }
      result = await pending;
    }
    if (generation !== this.generation) {
      this.stats.stale++;
      throw new StaleLayoutError(generation, this.generation);
    }
    return result;
  }

  /** Forgets every layout (pending requests still settle). */
  clear(): void {
    this.results.clear();
  }

  private remember(key: string, result: LayoutResult): void {
    this.results.delete(key);
    this.results.set(key, result);
    while (this.results.size > this.capacity) {
      const oldest = this.results.keys().next().value;
      if (oldest === undefined) break;
      this.results.delete(oldest);
    }
  }
}
