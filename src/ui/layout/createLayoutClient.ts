import { LayoutCache, type FlowGraph, type LayoutOptions, type LayoutResult } from '../../core';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

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
  /** The cached layout for this structure, if any, synchronously. */
  peek(graph: FlowGraph, options?: LayoutOptions): LayoutResult | undefined;
  /** Terminates the worker; pending calls reject. */
  dispose(): void;
}

export interface LayoutClientOptions {
  /** Defaults to the module worker `layout.worker.ts`. */
  createWorker?: () => WorkerLike;
  /** Layouts remembered (by structure and direction). */
  cacheSize?: number;
}

const DOWN: LayoutOptions = { direction: 'DOWN' };

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fdl-layout',
  }) as unknown as WorkerLike;
}

/**
 * A layout client over a Web Worker running elkjs. The worker starts on the first layout that
 * misses the cache. Layouts are cached by structure key and direction (core LayoutCache), so
 * typing a value never lays out again; only the latest request is delivered.
 */
export function createLayoutClient(options: LayoutClientOptions = {}): LayoutClient {
  const createWorker = options.createWorker ?? defaultWorker;
  let worker: WorkerLike | null = null;
  let disposed = false;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }
  >();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker !== null) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (p === undefined) return;
      pending.delete(data.id);
      if (data.ok) p.resolve(data.result);
      else p.reject(new Error(`layout failed: ${data.error}`));
    };
    w.onerror = (event) => {
      failAll(new Error(`layout worker error: ${event.message ?? 'unknown'}`));
      w.terminate();
      if (worker === w) worker = null;
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
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        ensureWorker().postMessage({ id, graph, options: layoutOptions, key });
      }),
    options.cacheSize,
  );

  return {
    layout: (graph, layoutOptions = DOWN) => cache.layout(graph, layoutOptions),
    peek: (graph, layoutOptions = DOWN) => cache.peek(graph, layoutOptions),
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll(new Error('layout client disposed'));
    },
  };
}
