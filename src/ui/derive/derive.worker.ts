/**
 * The derive Web Worker (a Vite module worker): parses, validates and derives the graph of typed
 * text off the main thread, so the editor's typing echo never waits for a parse. Loaded by
 * createDeriveClient with `new Worker(new URL('./derive.worker.ts', import.meta.url))`.
 */
import { deriveText } from '../../core';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, mode } = event.data;
  try {
    scope.postMessage({ id, ok: true, derived: deriveText(text, mode) });
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
