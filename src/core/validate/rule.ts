import type { RuleCode } from './codes';
import type { RuleContext } from './ruleContext';

/**
 * One validation rule: a module in rules/ that reports the codes it declares. Rules read the
 * model and the source map through the context and never throw on user input.
 */
export interface Rule {
  /** The module's name, e.g. `requiredFields`. */
  name: string;
  codes: readonly RuleCode[];
  run(ctx: RuleContext): void;
}
