/**
 * The derive Web Worker (a Vite module worker): parses, validates and derives the graph of typed
 * text off the main thread, so the editor's typing echo never waits for a parse. Loaded by
 * createDeriveClient with `new Worker(new URL('./derive.worker.ts', import.meta.url))`.
 */
import { deriveText, packDerived } from '../../core';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, mode } = event.data;
  try {
    const { packed, transfer } = packDerived(deriveText(text, mode));
    scope.postMessage({ id, ok: true, derived: packed }, transfer);
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
