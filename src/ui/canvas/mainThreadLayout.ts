import type { ElkLike } from '../../core';
import type { WorkerLike } from '../layout';
import { serveLayoutRequest } from '../layout/layoutProtocol';

let elk: Promise<ElkLike> | null = null;

/**
 * A WorkerLike that serves layout requests on the main thread (elkjs loaded lazily), for the
 * layout client's `createWorker` option. Used while the module worker cannot start in the built
 * app (it never answers: see the report); the protocol and the cache stay the layout client's.
 */
export function mainThreadLayoutWorker(): WorkerLike {
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
