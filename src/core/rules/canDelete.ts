import { nameOf, type StatePath } from '../model/statePath';
import type { StateMachine } from '../model/types';
import { findState } from '../model/walkStates';
import { describeScope, type RuleResult } from './ruleResult';

/**
 * Whether a state may be deleted. The only state of a Parallel branch or Map processor may
 * not: a nested scope needs at least one state (remove the branch or the container instead).
 */
export function canDelete(model: StateMachine, path: StatePath): RuleResult {
  const entry = findState(model, path);
  if (!entry) return `There is no state “${nameOf(path)}”.`;
  if (entry.scope !== '' && entry.owner.States.length <= 1) {
    return `“${entry.state.Name}” is the only state of ${describeScope(model, entry.scope)}: a nested flow needs at least one state. Remove the branch or its container instead.`;
  }
  return true;
}
