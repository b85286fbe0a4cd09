import type { ElkLike } from '../../core';
import type { WorkerLike } from './createLayoutClient';
import { serveLayoutRequest } from './layoutProtocol';

let elk: Promise<ElkLike> | null = null;

/**
 * A WorkerLike that serves layout requests on the main thread (elkjs loaded lazily). Only the
 * layout client's fallback when the module worker cannot start at all (a browser without module
 * workers, a blocked script): the page then lays out with jank rather than not at all.
 */
export function mainThreadWorker(): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike);
      void elk
        .then((instance) => serveLayoutRequest(request, instance))
        .then((data) => w.onmessage?.({ data }))
        .catch((e: unknown) =>
          w.onerror?.({ message: e instanceof Error ? e.message : String(e) }),
        );
    },
    terminate() {
      w.onmessage = null;
    },
  };
  return w;
}
