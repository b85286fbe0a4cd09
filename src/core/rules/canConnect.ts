import { hasNextOrEnd, supportsErrorHandling } from '../model/fieldSpec';
import { nameOf, scopeOf, type StatePath } from '../model/statePath';
import type { StateMachine } from '../model/types';
import { findState } from '../model/walkStates';
import { describeScope, type RuleResult } from './ruleResult';

/** Which field a connection writes: `Next`, Choice `Default`, a Choice branch, a Catch rule. */
export type ConnectionKind = 'next' | 'default' | 'branch' | 'catch';

/**
 * Whether `from` may transition to `to` through a field of `kind`. Refuses what the language
 * forbids or the product keeps out: transitions across scopes (into or out of a Parallel branch
 * or Map processor), transitions out of Succeed and Fail, `Next` on a Choice (it uses branches
 * and `Default`), Catch on states without error handling, and direct self-loops.
 */
export function canConnect(
  model: StateMachine,
  from: StatePath,
  to: StatePath,
  kind: ConnectionKind = 'next',
): RuleResult {
  const src = findState(model, from);
  if (!src) return `There is no state “${nameOf(from)}”.`;
  const dst = findState(model, to);
  if (!dst) return `There is no state “${nameOf(to)}”.`;
  const type = src.state.Type;
  if (type === 'Succeed') return 'A Succeed state ends its scope: it cannot have a next state.';
  if (type === 'Fail') return 'A Fail state ends the execution: it cannot have a next state.';
  if (scopeOf(from) !== scopeOf(to)) {
    return `A transition cannot leave its scope: “${src.state.Name}” is in ${describeScope(model, src.scope)} and “${dst.state.Name}” is in ${describeScope(model, dst.scope)}.`;
  }
  if (from === to) return 'A state cannot transition directly to itself.';
  if ((kind === 'default' || kind === 'branch') && type !== 'Choice') {
    return `Only a Choice state has branches and a Default; “${src.state.Name}” is a ${type}.`;
  }
  if (kind === 'next' && !hasNextOrEnd(type)) {
    return 'A Choice state has no Next: add a branch or set its Default instead.';
  }
  if (kind === 'catch' && !supportsErrorHandling(type)) {
    return `A ${type} state cannot catch errors: only Task, Parallel and Map can.`;
  }
  return true;
}
