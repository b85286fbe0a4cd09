import {
  derivedBody,
  unpackDerived,
  type DerivedBody,
  type DerivedText,
  type ExecutionMode,
} from '../../core';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

/** The part of a Worker the client uses (tests pass a fake). */
export interface DeriveWorkerLike {
  postMessage(message: DeriveRequest): void;
  onmessage: ((event: MessageEvent<DeriveResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * A derivation that came back, read on demand: the bridge drops most of them unread (more keys
 * were typed meanwhile), and reading one (JSON.parse, source map) costs the main thread tens of
 * milliseconds at 5,000 states.
 */
export interface DerivedResult {
  /** The derivation (unpacked on the first call); throws if the message is malformed. */
  read(): DerivedText;
}

export interface DeriveClient {
  /**
   * Derives `text` in the worker. Resolves to null when a newer request replaced this one before
   * the worker took it up (only the latest waiting request is kept: a typist's intermediate
   * texts are not worth deriving). Rejects when the worker failed or cannot start.
   */
  derive(text: string, mode: ExecutionMode): Promise<DerivedResult | null>;
  /**
   * Starts the worker ahead of the first request and has it derive `text`, the document as
   * opened, so the first value typed takes the quick path (see `deriveScalarEdit`) and comes back
   * as a patch against this derivation. Does nothing (resolves null) while a request is running
   * or waiting: it never takes the place of typed text.
   */
  warm(text: string, mode: ExecutionMode): Promise<DerivedResult | null>;
  dispose(): void;
}

/** A derivation's body, read when first needed. */
type HeldBody = () => DerivedBody;

interface Job {
  request: DeriveRequest;
  /** The body the request names as its base (`request.base`), if any. */
  base: HeldBody | null;
  /** A warm-up: its answer is held as a base without being read. */
  warm?: boolean;
  resolve: (d: DerivedResult | null) => void;
  reject: (e: Error) => void;
}

export interface DeriveClientOptions {
  /**
   * A request the worker has not answered in this time counts as a failure (a hung or silently
   * dead worker): the worker is stopped, and that request and every later one reject, so typed
   * text is committed on the main thread instead of waiting for ever. The slowest honest parse
   * (5,000 states, a loaded 2-core machine) takes a few seconds.
   */
  answerWithinMs?: number;
}

/** How long a request may take before the worker counts as hung. */
export const DEFAULT_ANSWER_WITHIN_MS = 30_000;

function missingBase(): never {
  throw new Error('A patched derivation came without the base it was made against.');
}

function defaultWorker(): DeriveWorkerLike {
  return new Worker(new URL('./derive.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fdl-derive',
  }) as unknown as DeriveWorkerLike;
}

/**
 * A client of the derive worker: one request in the worker at a time, and at most one waiting
 * (the newest), so a burst of keys never queues up parses that are stale before they start.
 */
export function createDeriveClient(
  createWorker: () => DeriveWorkerLike = defaultWorker,
  options: DeriveClientOptions = {},
): DeriveClient {
  const answerWithinMs = options.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS;
  let worker: DeriveWorkerLike | null = null;
  let failed: Error | null = null;
  let running: Job | null = null;
  let waiting: Job | null = null;
  let nextId = 1;
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  /**
   * Bodies of derivations this side holds, by request id, newest last: the ones read (committed)
   * and the warm-up's (read only if a patch against it comes). A request names the newest as its
   * base, so the worker can answer with a patch against it.
   */
  const held = new Map<number, HeldBody>();
  const KEEP_HELD = 2;
  const hold = (id: number, body: HeldBody) => {
    held.delete(id);
    held.set(id, body);
    for (const old of held.keys()) {
      if (held.size <= KEEP_HELD) break;
      held.delete(old);
    }
  };
  const makeJob = (text: string, mode: ExecutionMode, base: boolean) => {
    let newest: [number, HeldBody] | null = null;
    if (base) for (const entry of held) newest = entry;
    return {
      request: { id: nextId++, text, mode, base: newest ? newest[0] : null },
      base: newest ? newest[1] : null,
    };
  };

  const stopWatchdog = () => {
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
  };

  const fail = (error: Error) => {
    stopWatchdog();
    failed = error;
    for (const job of [running, waiting]) job?.reject(error);
    running = waiting = null;
    worker?.terminate();
    worker = null;
  };

  const start = (): DeriveWorkerLike | null => {
    if (failed) return null;
    if (worker) return worker;
    try {
      worker = createWorker();
    } catch (e) {
      fail(e instanceof Error ? e : new Error(String(e)));
      return null;
    }
    worker.onmessage = (event) => {
      const response = event.data;
      const job = running;
      if (!job || job.request.id !== response.id) return;
      stopWatchdog();
      running = null;
      if (response.ok) {
        const { derived } = response;
        const { id, text } = job.request;
        const base = derived.patched ? job.base : null;
        let read: DerivedText | null = null;
        const readOnce = () =>
          (read ??= unpackDerived(
            derived,
            text,
            derived.patched ? (base ?? missingBase)() : undefined,
          ));
        if (job.warm) hold(id, () => derivedBody(readOnce()));
        job.resolve({
          read: () => {
            const d = readOnce();
            hold(id, () => derivedBody(d));
            return d;
          },
        });
      } else job.reject(new Error(response.error));
      pump();
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail(new Error(`The parse worker failed: ${event.message || 'it could not start'}`));
    };
    return worker;
  };

  const pump = () => {
    if (running || !waiting) return;
    const w = start();
    if (!w) return;
    running = waiting;
    waiting = null;
    const id = running.request.id;
    watchdog = setTimeout(() => {
      if (running?.request.id !== id) return;
      fail(new Error(`The parse worker did not answer within ${answerWithinMs / 1000} s.`));
    }, answerWithinMs);
    w.postMessage(running.request);
  };

  return {
    derive(text, mode) {
      if (failed) return Promise.reject(failed);
      return new Promise<DerivedResult | null>((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { ...makeJob(text, mode, true), resolve, reject };
        pump();
      });
    },
    warm(text, mode) {
      if (failed || running || waiting) return Promise.resolve(null);
      return new Promise<DerivedResult | null>((resolve) => {
        waiting = {
          ...makeJob(text, mode, false),
          warm: true,
          resolve,
          // A warm-up that fails costs nothing: typed text then finds the worker failed.
          reject: () => resolve(null),
        };
        pump();
      });
    },
    dispose() {
      fail(new Error('The parse worker was stopped.'));
    },
  };
}
