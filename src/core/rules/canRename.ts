import { nameOf, type StatePath } from '../model/statePath';
import type { StateMachine } from '../model/types';
import { findState } from '../model/walkStates';
import { checkStateName, describeScope, type RuleResult } from './ruleResult';

/** Whether a state may be renamed to `newName`: a valid name not used in the same scope. */
export function canRename(model: StateMachine, path: StatePath, newName: string): RuleResult {
  const entry = findState(model, path);
  if (!entry) return `There is no state “${nameOf(path)}”.`;
  const valid = checkStateName(newName);
  if (valid !== true) return valid;
  if (newName === entry.state.Name) return `The state is already named “${newName}”.`;
  if (entry.owner.States.some((s) => s.Name === newName)) {
    return `A state named “${newName}” already exists in ${describeScope(model, entry.scope)}.`;
  }
  return true;
}
