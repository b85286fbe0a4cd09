import type { ExecutionMode, PackedDerivedText } from '../../core';

/** Main thread → derive worker: derive this text for this mode. */
export interface DeriveRequest {
  id: number;
  text: string;
  mode: ExecutionMode;
}

/** Derive worker → main thread: the derivation, or why it failed. */
export type DeriveResponse =
  { id: number; ok: true; derived: PackedDerivedText } | { id: number; ok: false; error: string };
