import { childPath, type ScopePath, type StatePath } from '../../model/statePath';
import { canDrop } from '../../rules/canDrop';
import { disconnectOutgoing } from '../behaviors/disconnectOutgoing';
import { ensureStartAt } from '../behaviors/ensureStartAt';
import { repairIncoming } from '../behaviors/repairIncoming';
import { defineCommand } from '../command';
import { clampIndex, insertStates, requireScope, requireState } from '../lookup';
import { YamlTextEditor } from '../text/yamlTextEditor';

export interface ContainerMoveStateArgs {
  path: StatePath;
  /** Target scope ('' = top level, `Fanout/0`, `EachItem`). */
  scope: ScopePath;
  /** Position in the target list after the move; default: the end. */
  index?: number;
}

/**
 * `container.moveState`: moves a state's exact text to another position or scope, re-indented.
 * Within a scope only the order changes. Across scopes, the old scope is repaired as for a
 * removal (predecessors take its `Next`), and the moved state keeps only transitions to states
 * of its new scope (`disconnectOutgoing`); it starts an empty target scope.
 */
export const containerMoveState = defineCommand<ContainerMoveStateArgs>({
  name: 'container.moveState',
  label: (a, ctx) => `Move ${ctx.index.states.get(a.path)?.name ?? a.path}`,
  canExecute(ctx, a) {
    const r = canDrop(ctx.model, { path: a.path }, a.scope);
    if (r !== true) return r;
    const s = ctx.index.states.get(a.path);
    if (s && s.scope === a.scope) {
      const to = clampIndex(a.index, s.seq);
      if (to === s.index || (a.index === undefined && s.index === s.seq.items.length - 1)) {
        return 'The state is already there.';
      }
    }
    return true;
  },
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const from = requireScope(ctx, state.scope);
    if (state.scope === a.scope && from.statesPair) {
      const last = state.seq.items.length - 1;
      const to = Math.min(last, clampIndex(a.index, state.seq));
      ed.moveItem(state.seq, state.index, to, {
        kind: 'pair',
        map: from.map,
        pair: from.statesPair,
      });
      return { selection: [state.path] };
    }
    const target = requireScope(ctx, a.scope);
    const inner = new YamlTextEditor(ctx.text, ctx.style);
    const keep = new Set(target.children.map((c) => c.name));
    keep.add(state.name);
    disconnectOutgoing(inner, state, keep);
    const lines = inner.itemLines(state.map, inner.edits);
    const comments = ed.itemComments(state.seq, state.index);
    repairIncoming(ed, from, state);
    if (from.statesPair) {
      ed.removeItems(state.seq, [state.index], {
        kind: 'pair',
        map: from.map,
        pair: from.statesPair,
      });
    }
    // StartAt first: when States is created too, both land at one point in this order.
    ensureStartAt(ed, target, state.name);
    insertStates(ed, target, a.index ?? target.states?.items.length ?? 0, [{ lines, comments }]);
    return { selection: [childPath(a.scope, state.name)] };
  },
});
