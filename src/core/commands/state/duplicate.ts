import type { Scalar } from 'yaml';
import { childPath, type StatePath } from '../../model/statePath';
import { checkStateName, describeScope } from '../../rules/ruleResult';
import { uniqueName } from '../behaviors/uniqueName';
import { defineCommand } from '../command';
import { insertStates, requireScope, requireState } from '../lookup';
import { findPair } from '../text/nodes';
import { YamlTextEditor } from '../text/yamlTextEditor';

export interface StateDuplicateArgs {
  path: StatePath;
  /** Name of the copy; default `<name>Copy`, `<name>Copy1`, ... unique in the document. */
  newName?: string;
}

/**
 * `state.duplicate`: inserts a copy of a state right after it: its exact text (comments,
 * quoting, nested flows) with only the name changed. Nothing points at the copy yet; it keeps
 * the original's transitions.
 */
export const stateDuplicate = defineCommand<StateDuplicateArgs>({
  name: 'state.duplicate',
  label: (a, ctx) => `Duplicate ${ctx.index.states.get(a.path)?.name ?? a.path}`,
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    if (a.newName !== undefined) {
      const ok = checkStateName(a.newName);
      if (ok !== true) return ok;
      if (ctx.index.states.has(childPath(s.scope, a.newName))) {
        return `A state named “${a.newName}” already exists in ${describeScope(ctx.model, s.scope)}.`;
      }
    }
    return true;
  },
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const scope = requireScope(ctx, state.scope);
    const name = a.newName ?? uniqueName(ctx.index, `${state.name}Copy`);
    const inner = new YamlTextEditor(ctx.text, ctx.style);
    const namePair = findPair(state.map, 'Name');
    if (namePair) inner.replaceScalar(namePair.value as Scalar, name);
    const lines = inner.itemLines(state.map, inner.edits);
    insertStates(ed, scope, state.index + 1, [{ lines }]);
    return { selection: [childPath(state.scope, name)] };
  },
});
