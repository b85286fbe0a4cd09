import type { CommandContext } from '../commands/context';
import { executeCommand, type CommandArgsMap, type CommandName } from '../commands/registry';
import type { StatePath } from '../model/statePath';

/** One command invocation, typed by name. */
export type CommandCall = {
  [K in CommandName]: { command: K; args: CommandArgsMap[K] };
}[CommandName];

/** Where a transaction stands when its next step is decided. */
export interface TransactionAt {
  text: string;
  /** The selection the previous steps asked for, if any. */
  selection: readonly StatePath[] | undefined;
}

/** A step decides its command from the text so far (null skips it). */
export type TransactionStep = (at: TransactionAt) => CommandCall | null | undefined;

export type TransactionResult =
  { ok: true; text: string; selection?: StatePath[] } | { ok: false; reason: string };

/**
 * Runs several commands as one change (a compound gesture: drop a state on an edge, paste and
 * reconnect). Each step sees the text left by the previous ones; the first refusal aborts the
 * whole transaction, so either every step applies or none does. The first step reuses `ctx`.
 */
export function runTransaction(
  ctx: CommandContext,
  steps: readonly TransactionStep[],
): TransactionResult {
  let text = ctx.text;
  let selection: StatePath[] | undefined;
  for (const step of steps) {
    const call = step({ text, selection });
    if (!call) continue;
    const source = text === ctx.text ? ctx : text;
    const r = executeCommand(source, call.command, call.args as never);
    if (!r.ok) return { ok: false, reason: r.reason };
    text = r.text;
    if (r.selection) selection = r.selection;
  }
  return selection ? { ok: true, text, selection } : { ok: true, text };
}
