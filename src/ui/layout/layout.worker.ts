/**
 * The layout Web Worker (a Vite module worker): runs elkjs and the core's layoutGraph off the main
 * thread. Loaded by createLayoutClient with `new Worker(new URL('./layout.worker.ts',
 * import.meta.url), { type: 'module' })`.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLike } from '../../core';
import { serveLayoutRequest, type LayoutRequest, type LayoutResponse } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
}

const scope = self as unknown as WorkerScope;
const elk: ElkLike = new ELK();

// elk.bundled, evaluated inside a worker, installs its own `self.onmessage` (to act as elk's
// worker script). This worker speaks its own protocol, so replace that handler.
scope.onmessage = (event) => {
  void serveLayoutRequest(event.data, elk).then((response) => scope.postMessage(response));
};
