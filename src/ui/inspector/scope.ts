import {
  childPath,
  findState,
  type State,
  type StateEntry,
  type StateMachine,
  type StatePath,
} from '../../core';
import type { SelectOption } from './fields/SelectField';

/** The other states of the scope of `entry` (transition targets), as select options by path. */
export function siblingOptions(entry: StateEntry, includeSelf = false): SelectOption[] {
  return entry.owner.States.filter((s) => includeSelf || s.Name !== entry.state.Name).map((s) => ({
    value: childPath(entry.scope, s.Name),
    label: `${s.Name} (${s.Type})`,
  }));
}

/** The path of a target name in the scope of `entry` ('' when the name is empty). */
export function targetPath(entry: StateEntry, name: string | undefined): string {
  return name ? childPath(entry.scope, name) : '';
}

/** The state at `path` in `model`, if any. */
export function lookup(model: StateMachine | null, path: StatePath): StateEntry | undefined {
  return model ? findState(model, path) : undefined;
}

/** Whether the type has Next/End (Choice, Succeed and Fail do not). */
export function hasNext(state: State): boolean {
  return state.Type !== 'Choice' && state.Type !== 'Succeed' && state.Type !== 'Fail';
}

/** Whether the type has Retry/Catch (fdl.md §2.0 matrix). */
export function hasErrorHandling(state: State): boolean {
  return state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map';
}
