import type { Scope, State, StateMachine } from './types';
import {
  branchScopePath,
  childPath,
  processorScopePath,
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
      if (state.Type === 'Parallel' && state.Branches) {
        state.Branches.forEach((b, i) => visit(b, branchScopePath(p, i), depth + 1, p, i));
      } else if (state.Type === 'Map' && state.Processor) {
        visit(state.Processor, processorScopePath(p), depth + 1, p);
      }
    }
  };
  visit(machine, '', 0);
  return out;
}

/** Every state in document order (depth-first), with its path and scope. */
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

/** Finds a state by path, or undefined. */
export function findState(machine: StateMachine, path: StatePath): StateEntry | undefined {
  return walkStates(machine).find((e) => e.path === path);
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
