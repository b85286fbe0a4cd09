import { nameOf, type ScopePath, type StatePath } from '../model/statePath';
import type { ScopeEntry, StateEntry } from '../model/walkStates';
import type { SkippedState } from '../yaml/toModel';

/**
 * Which state names exist in which scope, built once per validation. Items the model left out
 * (unknown Type, duplicates) still count as existing names, so a Next pointing at them is not
 * reported as "missing" on top of the parser's error about the item itself.
 */
export class NameIndex {
  private readonly byScope = new Map<ScopePath, Set<string>>();
  private readonly scopesOfName = new Map<string, ScopePath[]>();
  /** Model states by name, in document order (for "name reused" and "it lives in …"). */
  readonly pathsByName = new Map<string, StatePath[]>();

  constructor(states: readonly StateEntry[], skipped: readonly SkippedState[]) {
    for (const e of states) {
      // The path's last segment is the state's name (escaped); the model holds it raw.
      this.add(e.scope, e.state.Name);
      const list = this.pathsByName.get(e.state.Name);
      if (list) list.push(e.path);
      else this.pathsByName.set(e.state.Name, [e.path]);
    }
    for (const s of skipped) if (s.name !== null) this.add(s.scope, s.name);
  }

  private add(scope: ScopePath, name: string): void {
    let names = this.byScope.get(scope);
    if (!names) this.byScope.set(scope, (names = new Set()));
    if (names.has(name)) return;
    names.add(name);
    const scopes = this.scopesOfName.get(name);
    if (scopes) scopes.push(scope);
    else this.scopesOfName.set(name, [scope]);
  }

  /** Whether a state (or a list item the model skipped) named `name` exists in `scope`. */
  has(scope: ScopePath, name: string): boolean {
    return this.byScope.get(scope)?.has(name) ?? false;
  }

  /** The names of a scope. */
  namesIn(scope: ScopePath): string[] {
    return [...(this.byScope.get(scope) ?? [])];
  }

  /** The scopes holding a state named `name`, in document order. */
  scopesOf(name: string): readonly ScopePath[] {
    return this.scopesOfName.get(name) ?? [];
  }
}

/** "the top level", "branch 1 of Parallel "Fanout"", "the processor of Map "Each"". */
export function describeScope(scope: ScopeEntry | undefined, path: ScopePath): string {
  if (path === '' || !scope) return path === '' ? 'the top level' : `scope "${path}"`;
  const container = scope.containerPath === undefined ? '' : nameOf(scope.containerPath);
  return scope.branchIndex !== undefined
    ? `branch ${scope.branchIndex} of Parallel "${container}"`
    : `the Processor of Map "${container}"`;
}
