/**
 * The derive Web Worker (a Vite module worker): parses, validates and derives the graph of typed
 * text off the main thread, so the editor's typing echo never waits for a parse. Loaded by
 * createDeriveClient with `new Worker(new URL('./derive.worker.ts', import.meta.url))`.
 */
import { deriveScalarEdit, deriveText, packDerived, type DerivedText } from '../../core';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** The latest derivation: a value typed into one field is derived from it without a parse. */
let last: DerivedText | null = null;

function derive(text: string, mode: DerivedText['mode']): DerivedText {
  const prev = last;
  // The quick path consumes `prev`; if it throws, derive in full from nothing.
  last = null;
  let quick: DerivedText | null;
  try {
    quick = prev ? deriveScalarEdit(prev, text, mode) : null;
  } catch {
    quick = null;
  }
  last = quick ?? deriveText(text, mode);
  return last;
}

scope.onmessage = (event) => {
  const { id, text, mode } = event.data;
  try {
    const { packed, transfer } = packDerived(derive(text, mode));
    scope.postMessage({ id, ok: true, derived: packed }, transfer);
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
