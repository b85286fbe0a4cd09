import type { Document } from 'yaml';
import { textDiff } from '../editor/textDiff';
import { CommandRefusal, type CommandResult, type CommandSpec, type RuleResult } from './command';
import { createCommandContext, isCommandContext, type CommandContext } from './context';
import {
  choiceAddBranch,
  choiceRemoveBranch,
  choiceReorderBranches,
  choiceSetBranchNext,
  choiceSetCondition,
  choiceSetDefault,
} from './choice/choiceCommands';
import { containerMoveState } from './container/moveState';
import { stateMove } from './container/stateMove';
import { documentSetField } from './document/setField';
import { parallelAddBranch, parallelRemoveBranch } from './container/parallelBranches';
import { stateAdd } from './state/add';
import { stateChangeType } from './state/changeType';
import { stateDuplicate } from './state/duplicate';
import { statePaste } from './state/paste';
import { stateRemove } from './state/remove';
import { stateRename } from './state/rename';
import { stateSetField, stateUnsetField } from './state/setField';
import { applyEdits } from './text/textEdit';
import { YamlTextEditor } from './text/yamlTextEditor';
import { catchSetTarget } from './transition/catchSetTarget';
import {
  scopeSetStartAt,
  transitionClearNext,
  transitionSetEnd,
  transitionSetNext,
} from './transition/transitions';

/** `document.replace`: the whole text at once (import, "revert"). Works on invalid text too. */
export interface DocumentReplaceArgs {
  text: string;
  /** History label; default "Replace document". */
  label?: string;
}

const specs = {
  'state.add': stateAdd,
  'state.remove': stateRemove,
  'state.rename': stateRename,
  'state.duplicate': stateDuplicate,
  'state.changeType': stateChangeType,
  'state.setField': stateSetField,
  'state.unsetField': stateUnsetField,
  'state.paste': statePaste,
  'container.moveState': containerMoveState,
  'state.move': stateMove,
  'document.setField': documentSetField,
  'transition.setNext': transitionSetNext,
  'transition.clearNext': transitionClearNext,
  'transition.setEnd': transitionSetEnd,
  'scope.setStartAt': scopeSetStartAt,
  'choice.addBranch': choiceAddBranch,
  'choice.removeBranch': choiceRemoveBranch,
  'choice.reorderBranches': choiceReorderBranches,
  'choice.setCondition': choiceSetCondition,
  'choice.setBranchNext': choiceSetBranchNext,
  'choice.setDefault': choiceSetDefault,
  'parallel.addBranch': parallelAddBranch,
  'parallel.removeBranch': parallelRemoveBranch,
  'catch.setTarget': catchSetTarget,
} as const;

type SpecArgs<S> = S extends CommandSpec<infer A> ? A : never;

/** The argument type of every command, by name. */
export type CommandArgsMap = { [K in keyof typeof specs]: SpecArgs<(typeof specs)[K]> } & {
  'document.replace': DocumentReplaceArgs;
};
export type CommandName = keyof CommandArgsMap;

/** Every command name, for palettes and tests. */
export const COMMAND_NAMES = [...Object.keys(specs), 'document.replace'] as CommandName[];

/** Where a command reads from: source text, or a context already built for that text. */
export type CommandSource = string | CommandContext;

function contextOf(
  source: CommandSource,
  doc?: Document.Parsed | null,
): CommandContext | { reason: string } {
  return typeof source === 'string' ? createCommandContext(source, doc) : source;
}

/**
 * Asks a command's rule without running it: `true` or the reason it is refused (including
 * "The YAML has a syntax error at line N" while the text does not parse).
 */
export function canExecuteCommand<K extends CommandName>(
  source: CommandSource,
  name: K,
  args: CommandArgsMap[K],
): RuleResult {
  if (name === 'document.replace') return true;
  const spec = (specs as Record<string, CommandSpec<unknown>>)[name];
  if (!spec) return `Unknown command “${name}”.`;
  const ctx = contextOf(source);
  if (!isCommandContext(ctx)) return ctx.reason;
  return spec.canExecute(ctx, args);
}

/**
 * Runs a command on source text: parses it once (or reuses `doc`, parsed from exactly this
 * text), checks the rule, collects the splices and applies them. Never throws for user
 * conditions: a refusal carries a reason. The text outside the splices is untouched.
 */
export function executeCommand<K extends CommandName>(
  source: CommandSource,
  name: K,
  args: CommandArgsMap[K],
  doc?: Document.Parsed | null,
): CommandResult {
  if (name === 'document.replace') {
    const a = args as DocumentReplaceArgs;
    const before = typeof source === 'string' ? source : source.text;
    return {
      ok: true,
      text: a.text,
      edits: textDiff(before, a.text),
      label: a.label ?? 'Replace document',
    };
  }
  const spec = (specs as Record<string, CommandSpec<unknown>>)[name];
  if (!spec) return { ok: false, reason: `Unknown command “${name}”.` };
  const ctx = contextOf(source, doc);
  if (!isCommandContext(ctx)) return { ok: false, reason: ctx.reason };
  try {
    const allowed = spec.canExecute(ctx, args);
    if (allowed !== true) return { ok: false, reason: allowed };
    const ed = new YamlTextEditor(ctx.text, ctx.style);
    const out = spec.run(ctx, args, ed) ?? {};
    // A CRLF document gets CRLF in inserted text too (moved lines keep their own endings).
    const edits = ctx.text.includes('\r\n')
      ? ed.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') }))
      : ed.edits;
    const text = applyEdits(ctx.text, edits);
    const result: CommandResult = { ok: true, text, edits, label: spec.label(args, ctx) };
    if (out.selection) result.selection = out.selection;
    return result;
  } catch (e) {
    if (e instanceof CommandRefusal) return { ok: false, reason: e.reason };
    throw e;
  }
}
