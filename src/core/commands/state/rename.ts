import { childPath, type StatePath } from '../../model/statePath';
import { canRename } from '../../rules/canRename';
import { renameReferences } from '../behaviors/renameReferences';
import { defineCommand } from '../command';
import { requireScope, requireState } from '../lookup';
import { findPair } from '../text/nodes';
import type { Scalar } from 'yaml';

export interface StateRenameArgs {
  path: StatePath;
  newName: string;
}

/**
 * `state.rename`: renames a state and every reference to it in its scope (`StartAt`, `Next`,
 * `Default`, Choice branch and Catch `Next`). Refuses a name already used in the scope.
 */
export const stateRename = defineCommand<StateRenameArgs>({
  name: 'state.rename',
  label: (a) => `Rename to ${a.newName}`,
  canExecute: (ctx, a) => canRename(ctx.model, a.path, a.newName),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const scope = requireScope(ctx, state.scope);
    const namePair = findPair(state.map, 'Name');
    if (namePair) ed.replaceScalar(namePair.value as Scalar, a.newName);
    renameReferences(ed, scope, state.name, a.newName);
    return { selection: [childPath(state.scope, a.newName)] };
  },
});
