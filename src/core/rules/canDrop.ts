import { nameOf, type ScopePath, type StatePath } from '../model/statePath';
import { isStateType, type StateMachine, type StateType } from '../model/types';
import { findScope, findState } from '../model/walkStates';
import { canDelete } from './canDelete';
import { describeScope, type RuleResult } from './ruleResult';

/** What is dropped: an existing state (a move) or a new state of a type (from the palette). */
export type DropItem = { path: StatePath } | { type: StateType };

/**
 * Whether `item` may be dropped into `scope` ('' = top level, `Fanout/0` = a Parallel branch,
 * `EachItem` = a Map processor). Refuses a drop into a state that is not a container, into a
 * missing branch, a container into itself or its own nested flows, a name already used in the
 * target scope, and moving out the last state of a nested flow.
 */
export function canDrop(model: StateMachine, item: DropItem, scope: ScopePath): RuleResult {
  if ('type' in item && !isStateType(item.type))
    return `“${String(item.type)}” is not a state type.`;
  if (!findScope(model, scope)) {
    const target = findState(model, scope);
    if (target) {
      const t = target.state.Type;
      return t === 'Parallel'
        ? `Drop into one of the branches of “${target.state.Name}”, not onto the Parallel itself.`
        : t === 'Map'
          ? `“${target.state.Name}” has no processor yet: add one first.`
          : `“${target.state.Name}” is a ${t}, not a container: states can be dropped only into a Parallel branch or a Map processor.`;
    }
    return `There is no place “${scope}” to drop into.`;
  }
  if ('path' in item) {
    const moved = findState(model, item.path);
    if (!moved) return `There is no state “${nameOf(item.path)}”.`;
    if (moved.scope === scope) return true;
    if (scope === item.path || scope.startsWith(item.path + '/')) {
      return `“${moved.state.Name}” cannot be moved into its own nested flow.`;
    }
    const target = findScope(model, scope);
    if (target?.scope.States.some((s) => s.Name === moved.state.Name)) {
      return `${describeScope(model, scope)} already has a state named “${moved.state.Name}”.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      );
    }
    const leaving = canDelete(model, item.path);
    if (leaving !== true) return leaving;
  }
  return true;
}
