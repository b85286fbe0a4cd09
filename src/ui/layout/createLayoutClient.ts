import {
  LayoutCache,
  layoutCacheKey,
  structureKey,
  type FlowGraph,
  type LayoutOptions,
  type LayoutResult,
} from '../../core';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';
import { quickLayout } from './quickLayout';
import type { LayoutStore } from './layoutStore';

/** What the client needs of a Worker (a real one in the browser, a fake in tests). */
export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: { data: LayoutResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface LayoutClient {
  /**
   * The layout of `graph`. A value-only change since an earlier call resolves at once with the
   * very same LayoutResult (no worker round trip). Rejects with StaleLayoutError (see
   * `isStaleLayoutError`) when a newer call was made before this one finished.
   */
  layout(graph: FlowGraph, options?: LayoutOptions): Promise<LayoutResult>;
  /** The cached (or stored) layout for this structure, if any, synchronously. */
  peek(graph: FlowGraph, options?: LayoutOptions): LayoutResult | undefined;
  /** Starts the worker now (elkjs takes seconds to load and warm up: start it early). */
  warm(): void;
  /** Terminates the worker; pending calls reject. */
  dispose(): void;
}

export interface LayoutClientOptions {
  /** Defaults to the module worker `layout.worker.ts`. */
  createWorker?: () => WorkerLike;
  /** Layouts remembered (by structure and direction). */
  cacheSize?: number;
  /**
   * Used instead of the worker, for good, when the worker fails before it ever answered (it
   * could not start). Without it, such a failure rejects the pending layouts.
   */
  fallback?: () => WorkerLike;
  /** Layouts kept across page loads: a hit is served without the worker. */
  store?: LayoutStore;
  /** Charts with more nodes than this get the quick layout instead of elk (`ELK_MAX_NODES`). */
  elkMaxNodes?: number;
}

/**
 * The largest chart (graph nodes: states, start and end markers, branch lanes) laid out by elk.
 * elk's time grows faster than the chart: in the browser's worker on 2 cores, a 1,000-state
 * chain (1,002 nodes) took ~15 s of one core, and a 5,000-state chain (5,002 nodes) had not been
 * laid out after 3 minutes, while every edit and keystroke shared the other core. Larger charts
 * keep the quick layered layout (`quickLayout`: layers by distance, containers around their
 * lanes, no crossing reduction), computed on the main thread in tens of milliseconds.
 */
export const ELK_MAX_NODES = 2_500;

const DOWN: LayoutOptions = { direction: 'DOWN' };

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fdl-layout',
  }) as unknown as WorkerLike;
}

/**
 * A layout client over a Web Worker running elkjs. The worker starts on `warm()` or on the first
 * layout that misses the cache. Layouts are cached by structure key and direction (core
 * LayoutCache, and the optional persistent store), so typing a value never lays out again; only
 * the latest request is delivered. A worker that fails before its first answer is replaced by
 * `fallback` (with a console warning); later failures reject the pending layouts.
 */
export function createLayoutClient(options: LayoutClientOptions = {}): LayoutClient {
  let createWorker = options.createWorker ?? defaultWorker;
  const fallback = options.fallback;
  let answered = false;
  let worker: WorkerLike | null = null;
  let disposed = false;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }
  >();

  /** The requests not answered yet (re-sent to the fallback if the worker cannot start). */
  const sent = new Map<number, LayoutRequest>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    sent.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker !== null) return worker;
    let w: WorkerLike;
    try {
      w = createWorker();
    } catch (e) {
      if (!fallback || createWorker === fallback) throw e;
      console.warn('FDL Studio: the layout worker cannot start; laying out on the main thread.', e);
      createWorker = fallback;
      w = createWorker();
    }
    w.onmessage = ({ data }) => {
      answered = true;
      const p = pending.get(data.id);
      if (p === undefined) return;
      pending.delete(data.id);
      sent.delete(data.id);
      if (data.ok) {
        options.store?.put(data.result);
        p.resolve(data.result);
      } else p.reject(new Error(`layout failed: ${data.error}`));
    };
    w.onerror = (event) => {
      const message = event.message ?? 'unknown';
      w.terminate();
      if (worker === w) worker = null;
      if (!answered && fallback && createWorker !== fallback) {
        // The worker never started: serve what it was asked on the main thread instead.
        console.warn(
          `FDL Studio: the layout worker failed to start (${message}); laying out on the main thread.`,
        );
        createWorker = fallback;
        const retry = ensureWorker();
        for (const request of sent.values()) retry.postMessage(request);
        return;
      }
      failAll(new Error(`layout worker error: ${message}`));
    };
    worker = w;
    return w;
  };

  const cache = new LayoutCache(
    (graph, layoutOptions, key) =>
      new Promise<LayoutResult>((resolve, reject) => {
        if (disposed) {
          reject(new Error('layout client disposed'));
          return;
        }
        const stored = options.store?.get(key);
        if (stored !== undefined) {
          resolve(stored);
          return;
        }
        if (graph.nodes.length > (options.elkMaxNodes ?? ELK_MAX_NODES)) {
          resolve(quickLayout(graph, layoutOptions.direction, key));
          return;
        }
        const id = ++nextId;
        const request: LayoutRequest = { id, graph, options: layoutOptions, key };
        pending.set(id, { resolve, reject });
        sent.set(id, request);
        try {
          ensureWorker().postMessage(request);
        } catch (e) {
          pending.delete(id);
          sent.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }),
    options.cacheSize,
  );

  return {
    layout: (graph, layoutOptions = DOWN) => cache.layout(graph, layoutOptions),
    peek: (graph, layoutOptions = DOWN) =>
      cache.peek(graph, layoutOptions) ??
      options.store?.get(layoutCacheKey(structureKey(graph), layoutOptions)),
    warm() {
      if (!disposed) ensureWorker();
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll(new Error('layout client disposed'));
    },
  };
}
