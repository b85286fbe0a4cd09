import { nameOf, type ScopePath, type StatePath } from '../../model/statePath';
import type { StateMachine } from '../../model/types';
import { findScope, findState } from '../../model/walkStates';
import { canDelete } from '../../rules/canDelete';
import { canDrop } from '../../rules/canDrop';
import type { RuleResult } from '../../rules/ruleResult';
import { checkTransitionField } from '../transitionField';

/**
 * Where a moved (or dropped) state goes; the same shape as the canvas's drop targets.
 * - `first`: at the start of `scope` (it becomes `StartAt` and goes to `before`, default the
 *   old first state);
 * - `between`: on the transition `after` → `before` (`after` → it → `before`); `field` is the
 *   field path of `after` that makes that transition (`Next`, `Default`, `Branches/<i>/Next`,
 *   `Catch/<i>/Next`, as the graph's edges carry it). Absent: `Next` when it names `before`,
 *   else the first transition of `after` that does;
 * - `after`: after `after`, which ends its scope (the state becomes the new end);
 * - `newBranch`: a new branch of the Parallel `parallel`, holding only the state.
 */
export type InsertionPoint =
  | { kind: 'first'; scope: ScopePath; before?: StatePath }
  | { kind: 'between'; scope: ScopePath; after: StatePath; before: StatePath; field?: string }
  | { kind: 'after'; scope: ScopePath; after: StatePath }
  | { kind: 'newBranch'; parallel: StatePath };

const MAX_BRANCHES = 50;

/** The scope an insertion point puts a state in (a new branch: the index it will get). */
export function insertionScope(model: StateMachine, to: InsertionPoint): ScopePath {
  if (to.kind !== 'newBranch') return to.scope;
  const p = findState(model, to.parallel)?.state;
  const n = p?.Type === 'Parallel' ? (p.Branches?.length ?? 0) : 0;
  return `${to.parallel}/${n}`;
}

/** The state a moved state goes to at `to`, when the position has one. */
export function exitOf(
  model: StateMachine,
  path: StatePath,
  to: InsertionPoint,
): string | undefined {
  if (to.kind === 'between') return nameOf(to.before);
  if (to.kind !== 'first') return undefined;
  if (to.before !== undefined) return nameOf(to.before);
  const start = findScope(model, to.scope)?.scope.StartAt;
  return start !== undefined && start !== nameOf(path) ? start : undefined;
}

function anchor(model: StateMachine, path: StatePath, moving: StatePath, scope: ScopePath) {
  const e = findState(model, path);
  if (!e || e.scope !== scope) return `There is no state “${nameOf(path)}” in that flow.`;
  if (path === moving) return `“${e.state.Name}” is already there.`;
  return e;
}

/**
 * Whether the state at `path` may be moved to `to` (`true`, or the reason it may not): the
 * target must exist, a container cannot go into itself or its nested flows, the target scope
 * must not already have a state of that name, the last state of a nested flow cannot leave it,
 * a Succeed or Fail (no `Next`) cannot go before another state, `between` needs a transition
 * `after` → `before` (through `field`, when given: it must exist and name `before`), `after` needs a state that ends its flow, and a Choice moved to another
 * flow must keep at least one branch (branches to states missing there are removed).
 */
export function canMove(model: StateMachine, path: StatePath, to: InsertionPoint): RuleResult {
  const moving = findState(model, path);
  if (!moving) return `There is no state “${nameOf(path)}”.`;
  const name = moving.state.Name;
  const type = moving.state.Type;
  if (to.kind === 'newBranch') {
    const p = findState(model, to.parallel);
    if (!p) return `There is no state “${nameOf(to.parallel)}”.`;
    if (p.state.Type !== 'Parallel') return `“${p.state.Name}” is not a Parallel.`;
    if (to.parallel === path || to.parallel.startsWith(path + '/'))
      return `“${name}” cannot be moved into its own nested flow.`;
    if ((p.state.Branches?.length ?? 0) >= MAX_BRANCHES)
      return `A Parallel state has at most ${MAX_BRANCHES} branches.`;
    if (type === 'Choice')
      return 'A Choice needs states to branch to: it cannot be alone in a branch.';
    return canDelete(model, path);
  }
  const drop = canDrop(model, { path }, to.scope);
  if (drop !== true) return drop;
  const same = moving.scope === to.scope;
  const ends = type === 'Succeed' || type === 'Fail';
  const targetScope = findScope(model, to.scope)?.scope;
  if (to.kind === 'first') {
    if (same && targetScope?.StartAt === name) return `“${name}” is already there.`;
    if (to.before !== undefined) {
      const b = anchor(model, to.before, path, to.scope);
      if (typeof b === 'string') return b;
    }
    if (ends && exitOf(model, path, to) !== undefined)
      return `A ${type} state ends the flow: it cannot be placed before another state.`;
  } else if (to.kind === 'between') {
    const a = anchor(model, to.after, path, to.scope);
    if (typeof a === 'string') return a;
    const b = anchor(model, to.before, path, to.scope);
    if (typeof b === 'string') return b;
    if (ends) return `A ${type} state ends the flow: it cannot be placed between two states.`;
    const t = checkTransitionField(a.state, b.state.Name, to.field);
    if (t !== true) return t;
  } else {
    const a = anchor(model, to.after, path, to.scope);
    if (typeof a === 'string') return a;
    const t = a.state.Type;
    if (t === 'Choice' || t === 'Succeed' || t === 'Fail')
      return `Nothing can follow a ${t} state directly.`;
    if ('Next' in a.state && typeof a.state.Next === 'string') {
      return a.state.Next === name && same
        ? `“${name}” is already there.`
        : `“${a.state.Name}” does not end its flow: place “${name}” between it and “${a.state.Next}”.`;
    }
  }
  if (type === 'Choice' && !same) {
    const there = new Set((targetScope?.States ?? []).map((s) => s.Name));
    there.add(name);
    const kept = (moving.state.Branches ?? []).filter(
      (b) => b.Next !== undefined && there.has(b.Next),
    );
    if (kept.length === 0)
      return `No branch of “${name}” goes to a state of that flow: a Choice needs a branch.`;
  }
  return true;
}
