import { nameOf, type StatePath } from '../model/statePath';
import { isStateType, type StateMachine } from '../model/types';
import { findState } from '../model/walkStates';
import type { RuleResult } from './ruleResult';

/**
 * Whether a state may change to `type`. Refuses unknown types and no-op changes. A change that
 * drops nested states (a Parallel or Map becoming something else) is allowed: the UI should
 * confirm it, and undo restores it.
 */
export function canChangeType(model: StateMachine, path: StatePath, type: string): RuleResult {
  const entry = findState(model, path);
  if (!entry) return `There is no state “${nameOf(path)}”.`;
  if (!isStateType(type)) return `“${type}” is not a state type.`;
  if (entry.state.Type === type) return `“${entry.state.Name}” is already a ${type}.`;
  return true;
}
