import { nameOf, type StatePath } from '../../model/statePath';
import { canConnect } from '../../rules/canConnect';
import { defineCommand } from '../command';
import { requireState } from '../lookup';
import { setIn } from '../text/fieldPath';
import { asSeq, findPair } from '../text/nodes';

export interface CatchSetTargetArgs {
  path: StatePath;
  /** Index of the Catch rule. */
  index: number;
  /** Path of the fallback state (same scope). */
  target: StatePath;
}

/** `catch.setTarget`: the fallback state of one Catch rule. */
export const catchSetTarget = defineCommand<CatchSetTargetArgs>({
  name: 'catch.setTarget',
  label: (a) => `Catch to ${nameOf(a.target)}`,
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    const n = asSeq(findPair(s.map, 'Catch')?.value)?.items.length ?? 0;
    if (!Number.isInteger(a.index) || a.index < 0 || a.index >= n) {
      return `“${s.name}” has ${n} Catch rule${n === 1 ? '' : 's'}: there is no rule ${a.index}.`;
    }
    return canConnect(ctx.model, a.path, a.target, 'catch');
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const owner = { kind: 'item', seq: s.seq, index: s.index } as const;
    setIn(ed, s.map, owner, ['Catch', String(a.index), 'Next'], nameOf(a.target));
  },
});
