import type { Scope, State, StateMachine } from './types';
import {
  branchScopePath,
  childPath,
  nameOf,
  processorScopePath,
  scopeOf,
  type ScopePath,
  type StatePath,
} from './statePath';

/** A state together with where it lives. */
export interface StateEntry {
  state: State;
  path: StatePath;
  scope: ScopePath;
  /** The scope object holding the state. */
  owner: Scope;
  /** Nesting depth: 0 at the top level. */
  depth: number;
  /** Index of the state in its scope's `States` list. */
  index: number;
}

/** A scope together with its path. */
export interface ScopeEntry {
  scope: Scope;
  path: ScopePath;
  depth: number;
  /** The container state owning this scope, absent for the top level. */
  containerPath?: StatePath;
  /** Branch index for Parallel branches. */
  branchIndex?: number;
}

/** A scope nested directly in a state. */
interface NestedScope {
  scope: Scope;
  path: ScopePath;
  /** Set for Parallel branches. */
  branchIndex?: number;
}

/** The scopes nested directly in a state: a Parallel's branches in order, a Map's processor. */
function nestedScopes(state: State, path: StatePath): NestedScope[] {
  if (state.Type === 'Parallel' && state.Branches)
    return state.Branches.map((b, i) => ({
      scope: b,
      path: branchScopePath(path, i),
      branchIndex: i,
    }));
  if (state.Type === 'Map' && state.Processor)
    return [{ scope: state.Processor, path: processorScopePath(path) }];
  return [];
}

/** Every scope, top level first, then depth-first in document order. */
export function walkScopes(machine: StateMachine): ScopeEntry[] {
  const out: ScopeEntry[] = [];
  const visit = (
    scope: Scope,
    path: ScopePath,
    depth: number,
    containerPath?: StatePath,
    branchIndex?: number,
  ) => {
    const entry: ScopeEntry = { scope, path, depth };
    if (containerPath !== undefined) entry.containerPath = containerPath;
    if (branchIndex !== undefined) entry.branchIndex = branchIndex;
    out.push(entry);
    for (const state of scope.States) {
      const p = childPath(path, state.Name);
      for (const n of nestedScopes(state, p)) visit(n.scope, n.path, depth + 1, p, n.branchIndex);
    }
  };
  visit(machine, '', 0);
  return out;
}

/**
 * Every state with its path and scope, scope by scope in `walkScopes` order (each scope's states
 * in document order, then its nested scopes'): not a depth-first listing of the tree, where a
 * container's states come right after it: that is `walkStateTree`.
 */
export function walkStates(machine: StateMachine): StateEntry[] {
  const out: StateEntry[] = [];
  for (const s of walkScopes(machine)) {
    s.scope.States.forEach((state, index) => {
      out.push({
        state,
        path: childPath(s.path, state.Name),
        scope: s.path,
        owner: s.scope,
        depth: s.depth,
        index,
      });
    });
  }
  return out;
}

/**
 * Every state depth-first, as a tree lists them: each container followed by its states (branch
 * by branch), before its own next sibling. The same entries as `walkStates`, in tree order.
 * Iterative, so a deeply nested definition cannot overflow the stack.
 */
export function walkStateTree(machine: StateMachine): StateEntry[] {
  const out: StateEntry[] = [];
  type Frame = { scope: Scope; path: ScopePath; depth: number; index: number };
  const stack: Frame[] = [{ scope: machine, path: '', depth: 0, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const state = frame.scope.States[frame.index];
    if (!state) {
      stack.pop();
      continue;
    }
    const index = frame.index++;
    const path = childPath(frame.path, state.Name);
    out.push({ state, path, scope: frame.path, owner: frame.scope, depth: frame.depth, index });
    // Pushed in reverse, so the first branch is walked first.
    const nested = nestedScopes(state, path);
    for (let i = nested.length - 1; i >= 0; i--) {
      const n = nested[i] as NestedScope;
      stack.push({ scope: n.scope, path: n.path, depth: frame.depth + 1, index: 0 });
    }
  }
  return out;
}

/**
 * Finds a state by path, or undefined: the first entry of `walkStates` with that path, found by
 * looking only in the scopes of that path (the inspector looks states up on every render, and
 * listing all of them allocated an entry per state, 5,000 at 5,000 states).
 */
export function findState(machine: StateMachine, path: StatePath): StateEntry | undefined {
  const scope = scopeOf(path);
  const name = nameOf(path);
  for (const s of walkScopes(machine)) {
    if (s.path !== scope) continue;
    const index = s.scope.States.findIndex(
      (state) => state.Name === name && childPath(s.path, state.Name) === path,
    );
    const state = s.scope.States[index];
    if (state) return { state, path, scope: s.path, owner: s.scope, depth: s.depth, index };
  }
  return undefined;
}

/** Finds a scope by path, or undefined. */
export function findScope(machine: StateMachine, path: ScopePath): ScopeEntry | undefined {
  return walkScopes(machine).find((e) => e.path === path);
}

/** The names a state can transition to: Next, Choice branch targets and Default, Catch targets. */
export function transitionTargets(state: State): { field: string; target: string }[] {
  const out: { field: string; target: string }[] = [];
  if ('Next' in state && typeof state.Next === 'string')
    out.push({ field: 'Next', target: state.Next });
  if (state.Type === 'Choice') {
    state.Branches?.forEach((b, i) => {
      if (typeof b.Next === 'string') out.push({ field: `Branches/${i}/Next`, target: b.Next });
    });
    if (typeof state.Default === 'string') out.push({ field: 'Default', target: state.Default });
  }
  if ((state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map') && state.Catch) {
    state.Catch.forEach((c, i) => {
      if (typeof c.Next === 'string') out.push({ field: `Catch/${i}/Next`, target: c.Next });
    });
  }
  return out;
}
