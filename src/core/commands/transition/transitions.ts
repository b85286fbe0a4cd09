import { childPath, nameOf, type ScopePath, type StatePath } from '../../model/statePath';
import { hasNextOrEnd } from '../../model/fieldSpec';
import { isStateType } from '../../model/types';
import { canConnect } from '../../rules/canConnect';
import { describeScope } from '../../rules/ruleResult';
import { setEndDroppingNext, setNextDroppingEnd } from '../behaviors/connectDropsEnd';
import { CommandRefusal, defineCommand } from '../command';
import { requireScope, requireState } from '../lookup';
import { findPair } from '../text/nodes';

export interface TransitionSetNextArgs {
  path: StatePath;
  /** Path of the target state (same scope). */
  target: StatePath;
}
export interface TransitionPathArgs {
  path: StatePath;
}
export interface TransitionSetEndArgs {
  path: StatePath;
  /** `true` (default) writes `End: true` instead of `Next`; `false` removes `End`. */
  end?: boolean;
}
export interface ScopeSetStartAtArgs {
  /** '' = top level, `Fanout/0`, `EachItem`. */
  scope: ScopePath;
  /** Path of the state to start at (in that scope). */
  target: StatePath;
}

/** `transition.setNext`: `Next: <target>`; an `End: true` is replaced by it. */
export const transitionSetNext = defineCommand<TransitionSetNextArgs>({
  name: 'transition.setNext',
  label: (a) => `Connect to ${nameOf(a.target)}`,
  canExecute: (ctx, a) => canConnect(ctx.model, a.path, a.target, 'next'),
  run(ctx, a, ed) {
    setNextDroppingEnd(ed, requireState(ctx, a.path), nameOf(a.target));
  },
});

/** `transition.clearNext`: removes `Next` (the state then needs a `Next` or `End` again). */
export const transitionClearNext = defineCommand<TransitionPathArgs>({
  name: 'transition.clearNext',
  label: () => 'Disconnect',
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    return findPair(s.map, 'Next') ? true : `“${s.name}” has no Next to clear.`;
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const next = findPair(s.map, 'Next');
    if (next) ed.removePair(s.map, next, { kind: 'item', seq: s.seq, index: s.index });
  },
});

/** `transition.setEnd`: `End: true` replaces `Next` (or, with `end: false`, `End` goes). */
export const transitionSetEnd = defineCommand<TransitionSetEndArgs>({
  name: 'transition.setEnd',
  label: (a) => (a.end === false ? 'Clear End' : 'Set End'),
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    if (!isStateType(s.type) || !hasNextOrEnd(s.type)) {
      return `A ${s.type ?? 'state without a type'} has no End field.`;
    }
    if (a.end === false && !findPair(s.map, 'End')) return `“${s.name}” has no End to clear.`;
    return true;
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    if (a.end === false) {
      const end = findPair(s.map, 'End');
      if (end) ed.removePair(s.map, end, { kind: 'item', seq: s.seq, index: s.index });
    } else setEndDroppingNext(ed, s);
  },
});

/** `scope.setStartAt`: the scope's first state. */
export const scopeSetStartAt = defineCommand<ScopeSetStartAtArgs>({
  name: 'scope.setStartAt',
  label: (a) => `Start at ${nameOf(a.target)}`,
  canExecute(ctx, a) {
    if (!ctx.index.scopes.has(a.scope)) return `There is no scope “${a.scope}”.`;
    const name = nameOf(a.target);
    if (!ctx.index.states.has(childPath(a.scope, name))) {
      return `“${name}” is not in ${describeScope(ctx.model, a.scope)}: a flow starts at one of its own states.`;
    }
    return true;
  },
  run(ctx, a, ed) {
    const scope = requireScope(ctx, a.scope);
    if (scope.map.items.length === 0) throw new CommandRefusal('This scope is empty.');
    ed.setPair(scope.map, 'StartAt', nameOf(a.target), ['States']);
  },
});
