import {
  childPath,
  findState,
  type State,
  type StateEntry,
  type StateMachine,
  type StatePath,
} from '../../core';
import type { SelectOption } from './fields/SelectField';

/** The last options built, and what they were built from. */
let lastOptions: {
  scope: string;
  exclude: string | null;
  states: readonly { Name: string; Type: string }[];
  options: SelectOption[];
} | null = null;

/** Whether two scopes list the same states (names and types) in the same order. */
function sameStates(
  a: readonly { Name: string; Type: string }[],
  b: readonly { Name: string; Type: string }[],
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as { Name: string; Type: string };
    const y = b[i] as { Name: string; Type: string };
    if (x.Name !== y.Name || x.Type !== y.Type) return false;
  }
  return true;
}

/**
 * The other states of the scope of `entry` (transition targets), as select options by path.
 * The same array comes back while the scope's names and types are unchanged: every commit
 * brings a new model, and at 5,000 states rebuilding the options (and the select re-rendering
 * 5,000 of them) after each value typed cost the main thread tens of milliseconds.
 */
export function siblingOptions(entry: StateEntry, includeSelf = false): SelectOption[] {
  const exclude = includeSelf ? null : entry.state.Name;
  const states = entry.owner.States;
  const last = lastOptions;
  if (
    last &&
    last.scope === entry.scope &&
    last.exclude === exclude &&
    sameStates(last.states, states)
  )
    return last.options;
  const options = states
    .filter((s) => s.Name !== exclude)
    .map((s) => ({ value: childPath(entry.scope, s.Name), label: `${s.Name} (${s.Type})` }));
  lastOptions = {
    scope: entry.scope,
    exclude,
    states: states.map((s) => ({ Name: s.Name, Type: s.Type })),
    options,
  };
  return options;
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
