import type { ChoiceState } from '../model/types';
import { describe } from './constructors';
import { ERR, SimError } from './errors';
import type { EvalEnv, ExpressionCache } from './expressions';

/**
 * Picks the Choice target (reference §2.4): branches in list order, the first whose Condition
 * is `true` wins, else `Default`. A Condition that is not a boolean is an error (no truthiness:
 * `$Input.flag` on a missing field would otherwise silently take the Default).
 */
export function chooseBranch(
  state: ChoiceState,
  env: EvalEnv,
  exprs: ExpressionCache,
): { next: string; branch: number } {
  const branches = state.Branches ?? [];
  for (let i = 0; i < branches.length; i++) {
    const b = branches[i];
    const where = `Branches[${i}].Condition`;
    if (!b || typeof b.Condition !== 'string') {
      throw new SimError(ERR.expression, `${where} is missing`);
    }
    const v = exprs.evaluate(b.Condition, env, where);
    if (typeof v !== 'boolean') {
      throw new SimError(
        ERR.expression,
        `${where} gave ${describe(v)}; a condition must be true or false`,
      );
    }
    if (v) {
      if (typeof b.Next !== 'string') {
        throw new SimError(
          ERR.definition,
          `Branches[${i}] of Choice '${state.Name}' has no Next`,
          true,
        );
      }
      return { next: b.Next, branch: i };
    }
  }
  if (typeof state.Default !== 'string') {
    throw new SimError(
      ERR.definition,
      `no branch matched and Choice '${state.Name}' has no Default`,
      true,
    );
  }
  return { next: state.Default, branch: -1 };
}
