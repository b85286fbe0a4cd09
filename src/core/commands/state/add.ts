import { childPath, nameOf, scopeOf, type ScopePath, type StatePath } from '../../model/statePath';
import { isStateType, type StateType } from '../../model/types';
import { findState } from '../../model/walkStates';
import { canConnect } from '../../rules/canConnect';
import { canDrop } from '../../rules/canDrop';
import { checkStateName, describeScope } from '../../rules/ruleResult';
import { ensureStartAt } from '../behaviors/ensureStartAt';
import { uniqueName } from '../behaviors/uniqueName';
import { CommandRefusal, defineCommand } from '../command';
import { insertStates, requireScope, requireState, typeFirst } from '../lookup';
import { checkTransitionField, transitionRef } from '../transitionField';
import { defaultState } from './defaults';

export interface StateAddArgs {
  type: StateType;
  /** Scope to add to ('' = top level, `Fanout/0`, `EachItem`); ignored with `between`. */
  scope?: ScopePath;
  /** Position in the scope's `States` list; default: the end (or after `between.from`). */
  index?: number;
  /** The name; default: `<Type>`, `<Type>1`, ... unique in the document. */
  name?: string;
  /**
   * Insert on an existing transition: `from`'s `field` (`Next`, `Default`, `Branches/<i>/Next`,
   * `Catch/<i>/Next`; it must name `to`. Default: `Next` when it names `to`, else the first
   * transition field naming it) is pointed at the new state, whose `Next` (a Choice: branch and
   * `Default`) is `to`.
   */
  between?: { from: StatePath; to: StatePath; field?: string };
}

/** `state.add`: a new state with sensible defaults, optionally spliced into a transition. */
export const stateAdd = defineCommand<StateAddArgs>({
  name: 'state.add',
  label: (a) => `Add ${a.type}`,
  canExecute(ctx, a) {
    if (!isStateType(a.type)) return `“${String(a.type)}” is not a state type.`;
    const scope = a.between ? scopeOf(a.between.from) : (a.scope ?? '');
    const drop = canDrop(ctx.model, { type: a.type }, scope);
    if (drop !== true) return drop;
    if (a.name !== undefined) {
      const ok = checkStateName(a.name);
      if (ok !== true) return ok;
      if (ctx.index.states.has(childPath(scope, a.name))) {
        return `A state named “${a.name}” already exists in ${describeScope(ctx.model, scope)}.`;
      }
    }
    if (a.between) {
      if (a.type === 'Succeed' || a.type === 'Fail') {
        return `A ${a.type} state ends the flow: it cannot be inserted between two states.`;
      }
      const c = canConnect(ctx.model, a.between.from, a.between.to, 'next');
      if (c !== true && !c.startsWith('A Choice')) return c;
      const from = findState(ctx.model, a.between.from);
      if (from) {
        const t = checkTransitionField(from.state, nameOf(a.between.to), a.between.field);
        if (t !== true) return t;
      }
    }
    return true;
  },
  run(ctx, a, ed) {
    const scopePath = a.between ? scopeOf(a.between.from) : (a.scope ?? '');
    const scope = requireScope(ctx, scopePath);
    const name = a.name ?? uniqueName(ctx.index, a.type);
    const inner = uniqueName(ctx.index, 'Step', new Set([name]));
    let index = a.index;
    let next: string | undefined;
    if (a.between) {
      const from = requireState(ctx, a.between.from);
      const toName = nameOf(a.between.to);
      const ref = transitionRef(from, toName, a.between.field);
      if (!ref) throw new CommandRefusal(`“${from.name}” does not go to “${toName}”.`);
      ed.replaceScalar(ref.scalar, name);
      next = toName;
      index ??= from.index + 1;
    }
    const value = defaultState(a.type, name, { next, innerName: inner, typeFirst: typeFirst(ctx) });
    // StartAt first: when States is created too, both land at one point in this order.
    ensureStartAt(ed, scope, name);
    insertStates(ed, scope, index ?? scope.states?.items.length ?? 0, [{ value }]);
    return { selection: [childPath(scopePath, name)] };
  },
});
