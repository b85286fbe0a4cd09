import { splitPath, type StatePath } from '../../model/statePath';
import type { JsonValue } from '../../model/types';
import { CommandRefusal, defineCommand, type RuleResult } from '../command';
import type { CommandContext } from '../context';
import { requireState } from '../lookup';
import { setIn, unsetIn } from '../text/fieldPath';

export interface StateSetFieldArgs {
  path: StatePath;
  /** Field path: `Seconds`, `Retry/0/IntervalSeconds`, `InputConstructor/FieldC.$`. */
  field: string;
  value: JsonValue;
}

export interface StateUnsetFieldArgs {
  path: StatePath;
  field: string;
}

const RESERVED: Record<string, string> = {
  Name: 'Rename the state with state.rename: references must follow.',
  Type: 'Change the type with state.changeType: other fields must follow.',
};

function checkField(ctx: CommandContext, path: StatePath, field: string): RuleResult {
  if (!ctx.index.states.has(path)) return `There is no state at “${path}”.`;
  const segs = splitPath(field);
  if (field === '' || segs.some((s) => s === '')) return `“${field}” is not a field path.`;
  const reserved = RESERVED[segs[0] as string];
  if (reserved && segs.length === 1) return reserved;
  return true;
}

/** Keys a new top-level field goes before, so `Next`/`End` stay last as FDL authors write. */
function beforeKeys(field: string): string[] {
  return field === 'Next' || field === 'End' ? [] : ['Next', 'End'];
}

/**
 * `state.setField`: writes a value at a field path inside a state, creating missing mappings
 * and list items (index = length appends). Values are typed YAML: numbers stay numbers,
 * strings are quoted only when needed, `.$` keys are kept as written.
 */
export const stateSetField = defineCommand<StateSetFieldArgs>({
  name: 'state.setField',
  label: (a) => `Set ${a.field}`,
  canExecute: (ctx, a) =>
    a.value === undefined ? 'A value is needed.' : checkField(ctx, a.path, a.field),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const owner = { kind: 'item', seq: state.seq, index: state.index } as const;
    setIn(ed, state.map, owner, splitPath(a.field), a.value, beforeKeys(a.field));
  },
});

/** `state.unsetField`: removes the value at a field path (a list item, or a key). */
export const stateUnsetField = defineCommand<StateUnsetFieldArgs>({
  name: 'state.unsetField',
  label: (a) => `Remove ${a.field}`,
  canExecute: (ctx, a) => checkField(ctx, a.path, a.field),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const owner = { kind: 'item', seq: state.seq, index: state.index } as const;
    if (!unsetIn(ed, state.map, owner, splitPath(a.field))) {
      throw new CommandRefusal(`“${state.name}” has no ${a.field}.`);
    }
  },
});
