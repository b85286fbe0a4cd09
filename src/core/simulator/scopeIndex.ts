import type { StatePath } from '../model/statePath';
import type { Scope, State, StateMachine } from '../model/types';
import { walkStates } from '../model/walkStates';

/** Every state path, or none when the model is too malformed to walk. */
export function safePaths(machine: StateMachine): StatePath[] {
  try {
    return walkStates(machine).map((e) => e.path);
  } catch {
    return [];
  }
}

const stateIndex = new WeakMap<Scope, Map<string, State>>();

/** The state named `name` in `scope` (the first one, as validation flags duplicates). */
export function findInScope(scope: Scope, name: string): State | undefined {
  let byName = stateIndex.get(scope);
  if (!byName) {
    byName = new Map();
    for (const s of scope.States ?? []) if (!byName.has(s.Name)) byName.set(s.Name, s);
    stateIndex.set(scope, byName);
  }
  return byName.get(name);
}
