import type { StatePath } from '../model/statePath';
import type { RuleResult } from '../rules/ruleResult';
import type { CommandContext } from './context';
import type { TextEdit } from './text/textEdit';
import type { YamlTextEditor } from './text/yamlTextEditor';

export type { RuleResult };

/**
 * A named edit (`noun.verb`). `canExecute` is the rule the UI also asks before offering the
 * affordance; `run` records text splices on the editor and may return the selection to show
 * afterwards. `run` may throw `CommandRefusal` for conditions only found while editing.
 */
export interface CommandSpec<A> {
  name: string;
  label(args: A, ctx: CommandContext): string;
  canExecute(ctx: CommandContext, args: A): RuleResult;
  run(ctx: CommandContext, args: A, ed: YamlTextEditor): { selection?: StatePath[] } | void;
}

/** The outcome of a command: the new text and the splices that made it, or a refusal. */
export type CommandResult =
  | {
      ok: true;
      text: string;
      edits: TextEdit[];
      label: string;
      /** The selection to show after the command, when it changes. */
      selection?: StatePath[];
    }
  | { ok: false; reason: string };

/** Thrown inside `run` to refuse with a reason. */
export class CommandRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Identity helper that types a command spec. */
export function defineCommand<A>(spec: CommandSpec<A>): CommandSpec<A> {
  return spec;
}
