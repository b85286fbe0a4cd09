import type { ExecutionMode } from '../../core';
import type { ExecuteResult, Origin, StudioPort } from '../studio/studioPort';

/**
 * What the inspector needs from the editor store beyond the shell's `StudioPort`. Each member
 * is optional: the port adapter over `createEditorStore` provides them (`commit`'s
 * `coalesceKey`, `sealHistory`, `setMode`); without them the inspector still edits, but every
 * write is its own undo entry and the workflow mode does not re-validate.
 */
export interface InspectorPortExtras {
  /** `execute` whose commit carries `coalesceKey`: same key = one history entry. */
  executeCoalesced?(
    command: string,
    args: unknown,
    origin: Origin,
    coalesceKey: string,
  ): ExecuteResult;
  /** Ends the current field session: the next change starts a new history entry. */
  sealHistory?(): void;
  /** The workflow mode used for validation (Express forbids callbacks and long waits). */
  setMode?(mode: ExecutionMode): void;
}

export type InspectorPort = StudioPort & InspectorPortExtras;

/** Runs a command for the inspector, coalesced into the field session when the port can. */
export function runInspectorCommand(
  port: InspectorPort,
  command: string,
  args: unknown,
  sessionKey: string | null,
): ExecuteResult {
  if (sessionKey && port.executeCoalesced) {
    return port.executeCoalesced(command, args, 'inspector', sessionKey);
  }
  return port.execute(command, args, 'inspector');
}
