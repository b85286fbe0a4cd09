/**
 * The derive Web Worker (a Vite module worker): parses, validates and derives the graph of typed
 * text off the main thread, so the editor's typing echo never waits for a parse. Loaded by
 * createDeriveClient with `new Worker(new URL('./derive.worker.ts', import.meta.url))`.
 */
import {
  deriveScalarEdit,
  derivedBody,
  deriveText,
  packDerived,
  type DerivedBody,
  type DerivedText,
} from '../../core';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** The latest derivation: a value typed into one field is derived from it without a parse. */
let last: DerivedText | null = null;

/**
 * The bodies of the latest answers, by request id: the bases a request may name. Derivations
 * share the objects that did not change and are never modified, so a patch against one of
 * these is exact. The client names the newest derivation it read; answers it dropped as stale
 * come in between, hence a few.
 */
const answered = new Map<number, DerivedBody>();
const KEEP_ANSWERS = 8;

function derive(text: string, mode: DerivedText['mode']): DerivedText {
  const prev = last;
  // If the quick path throws, derive in full from nothing.
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
  const { id, text, mode, base } = event.data;
  try {
    const d = derive(text, mode);
    const { packed, transfer } = packDerived(d, base !== null ? answered.get(base) : undefined);
    answered.set(id, derivedBody(d));
    for (const old of answered.keys()) {
      if (answered.size <= KEEP_ANSWERS) break;
      answered.delete(old);
    }
    scope.postMessage({ id, ok: true, derived: packed }, transfer);
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
