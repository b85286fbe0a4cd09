import type { StatePath } from '../../model/statePath';
import { canDelete } from '../../rules/canDelete';
import { repairIncoming } from '../behaviors/repairIncoming';
import { defineCommand } from '../command';
import { requireScope, requireState } from '../lookup';

export interface StateRemoveArgs {
  path: StatePath;
}

/**
 * `state.remove`: deletes a state (with its nested flows and the comments inside it) and
 * repairs what pointed at it (see `repairIncoming`: predecessors take its `Next`).
 */
export const stateRemove = defineCommand<StateRemoveArgs>({
  name: 'state.remove',
  label: (a, ctx) => `Delete ${ctx.index.states.get(a.path)?.name ?? a.path}`,
  canExecute: (ctx, a) => canDelete(ctx.model, a.path),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const scope = requireScope(ctx, state.scope);
    repairIncoming(ed, scope, state);
    if (scope.statesPair) {
      ed.removeItems(state.seq, [state.index], {
        kind: 'pair',
        map: scope.map,
        pair: scope.statesPair,
      });
    }
    return { selection: [] };
  },
});
