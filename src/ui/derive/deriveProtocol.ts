import type { ExecutionMode, PackedDerivedText } from '../../core';

/** Main thread → derive worker: derive this text for this mode. */
export interface DeriveRequest {
  id: number;
  text: string;
  mode: ExecutionMode;
  /**
   * The id of an earlier request whose derivation the client holds: the worker answers with a
   * patch against it when it still has that one (else, and when null, with the whole body).
   */
  base: number | null;
}

/** Derive worker → main thread: the derivation, or why it failed. */
export type DeriveResponse =
  { id: number; ok: true; derived: PackedDerivedText } | { id: number; ok: false; error: string };
