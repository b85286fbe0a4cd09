import type { Scalar } from 'yaml';
import { STATE_FIELDS, hasNextOrEnd } from '../../model/fieldSpec';
import type { StatePath } from '../../model/statePath';
import { isStateType, type StateType } from '../../model/types';
import { canChangeType } from '../../rules/canChangeType';
import { uniqueName } from '../behaviors/uniqueName';
import { defineCommand } from '../command';
import { requireState, typeFirst } from '../lookup';
import { findPair, scalarString } from '../text/nodes';
import { keyText } from '../text/yamlTextEditor';
import { defaultFields } from './defaults';

export interface StateChangeTypeArgs {
  path: StatePath;
  type: StateType;
}

const ALWAYS = new Set(['Name', 'Type', 'Description']);

/** Whether field `key` of a `from` state still applies, unchanged in meaning, to a `to` state. */
export function fieldCarriesOver(key: string, from: string | undefined, to: StateType): boolean {
  if (ALWAYS.has(key)) return true;
  if ((to === 'Succeed' || to === 'Fail') && (key === 'End' || key === 'Next')) return false;
  const target = STATE_FIELDS[to].find((f) => f.name === key);
  if (!target) return false;
  if (!from || !isStateType(from)) return true;
  const source = STATE_FIELDS[from].find((f) => f.name === key);
  return !source || source.kind === target.kind;
}

/**
 * `state.changeType`: rewrites `Type` in place, keeps every field the new type still has with
 * the same meaning (per `STATE_FIELDS`: same name and kind), drops the rest, and adds what the
 * new type requires (defaults as for `state.add`). Transitions carry over: a `Next` becomes a
 * Choice's `Default` (and first branch), a Choice's `Default` becomes `Next`; a state with no
 * way out gets `End: true`; Succeed and Fail lose `Next`/`End`.
 */
export const stateChangeType = defineCommand<StateChangeTypeArgs>({
  name: 'state.changeType',
  label: (a) => `Change type to ${a.type}`,
  canExecute: (ctx, a) => canChangeType(ctx.model, a.path, a.type),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const map = state.map;
    const typePair = findPair(map, 'Type');
    if (typePair) ed.replaceScalar(typePair.value as Scalar, a.type);
    const oldNext =
      state.type === 'Choice'
        ? scalarString(findPair(map, 'Default')?.value)
        : scalarString(findPair(map, 'Next')?.value);
    const kept = new Set<string>();
    for (const pair of map.items) {
      const key = keyText(pair);
      if (fieldCarriesOver(key, state.type, a.type)) kept.add(key);
      else ed.removePair(map, pair, { kind: 'root' });
    }
    const defaults = defaultFields(a.type, {
      next: oldNext,
      innerName: uniqueName(ctx.index, 'Step'),
      typeFirst: typeFirst(ctx),
    });
    const hadExit = kept.has('Next') || kept.has('End');
    for (const [key, value] of Object.entries(defaults)) {
      if (kept.has(key)) continue;
      if ((key === 'Next' || key === 'End') && (hadExit || !hasNextOrEnd(a.type))) continue;
      const anchor = kept.has('Next') ? ['Next'] : kept.has('End') ? ['End'] : [];
      ed.insertPair(map, key, value, key === 'Next' || key === 'End' ? [] : anchor);
    }
    if (!typePair) ed.insertPair(map, 'Type', a.type);
    return { selection: [state.path] };
  },
});
