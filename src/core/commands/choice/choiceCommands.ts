import { nameOf, type StatePath } from '../../model/statePath';
import { canConnect } from '../../rules/canConnect';
import { CommandRefusal, defineCommand, type RuleResult } from '../command';
import type { CommandContext } from '../context';
import type { StateNode } from '../docIndex';
import { requireState } from '../lookup';
import { DEFAULT_CONDITION } from '../state/defaults';
import { setIn } from '../text/fieldPath';
import { asSeq, findPair, type Owner, type YSeq } from '../text/nodes';

export interface ChoiceAddBranchArgs {
  path: StatePath;
  /** Default: `$Input.value == true`. */
  condition?: string;
  /** Path of the branch's target (same scope); the branch has no `Next` when absent. */
  next?: StatePath;
  /** Position among the branches; default: last. */
  index?: number;
}
export interface ChoiceBranchArgs {
  path: StatePath;
  index: number;
}
export interface ChoiceReorderBranchesArgs {
  path: StatePath;
  from: number;
  to: number;
}
export interface ChoiceSetConditionArgs {
  path: StatePath;
  index: number;
  condition: string;
}
export interface ChoiceSetBranchNextArgs {
  path: StatePath;
  index: number;
  target: StatePath;
}
export interface ChoiceSetDefaultArgs {
  path: StatePath;
  /** Path of the default target, or null to remove `Default`. */
  target: StatePath | null;
}

function checkChoice(ctx: CommandContext, path: StatePath, index?: number): RuleResult {
  const s = ctx.index.states.get(path);
  if (!s) return `There is no state at “${path}”.`;
  if (s.type !== 'Choice') return `“${s.name}” is a ${s.type ?? 'state'}, not a Choice.`;
  if (index !== undefined) {
    const n = branchesOf(s)?.seq.items.length ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      return `“${s.name}” has ${n} branch${n === 1 ? '' : 'es'}: there is no branch ${index}.`;
    }
  }
  return true;
}

function branchesOf(s: StateNode): { seq: YSeq; owner: Owner } | undefined {
  const pair = findPair(s.map, 'Branches');
  const seq = asSeq(pair?.value);
  return seq && pair ? { seq, owner: { kind: 'pair', map: s.map, pair } } : undefined;
}

function requireBranches(
  ctx: CommandContext,
  path: StatePath,
): { s: StateNode; seq: YSeq; owner: Owner } {
  const s = requireState(ctx, path);
  const b = branchesOf(s);
  if (!b) throw new CommandRefusal(`“${s.name}” has no branches.`);
  return { s, ...b };
}

const stateOwner = (s: StateNode): Owner => ({ kind: 'item', seq: s.seq, index: s.index });

/** `choice.addBranch`: a new `{Condition, Next}` branch (before `Default` when creating the list). */
export const choiceAddBranch = defineCommand<ChoiceAddBranchArgs>({
  name: 'choice.addBranch',
  label: () => 'Add branch',
  canExecute(ctx, a) {
    const c = checkChoice(ctx, a.path);
    if (c !== true || a.next === undefined) return c;
    return canConnect(ctx.model, a.path, a.next, 'branch');
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const value: Record<string, string> = { Condition: a.condition ?? DEFAULT_CONDITION };
    if (a.next !== undefined) value['Next'] = nameOf(a.next);
    const b = branchesOf(s);
    if (b) {
      const n = b.seq.items.length;
      const at = a.index === undefined ? n : Math.max(0, Math.min(n, a.index));
      ed.insertItems(b.seq, at, [{ value }], b.owner);
    } else {
      const pair = findPair(s.map, 'Branches');
      if (pair) ed.setPairItems(s.map, pair, [{ value }]);
      else ed.setPairItems(s.map, 'Branches', [{ value }], ['Default']);
    }
  },
});

/** `choice.removeBranch`: removes one branch (its condition and target). */
export const choiceRemoveBranch = defineCommand<ChoiceBranchArgs>({
  name: 'choice.removeBranch',
  label: (a) => `Remove branch ${a.index}`,
  canExecute: (ctx, a) => checkChoice(ctx, a.path, a.index),
  run(ctx, a, ed) {
    const { seq, owner } = requireBranches(ctx, a.path);
    ed.removeItems(seq, [a.index], owner);
  },
});

/** `choice.reorderBranches`: moves branch `from` to position `to` (evaluation order). */
export const choiceReorderBranches = defineCommand<ChoiceReorderBranchesArgs>({
  name: 'choice.reorderBranches',
  label: () => 'Reorder branches',
  canExecute(ctx, a) {
    const c = checkChoice(ctx, a.path, a.from);
    if (c !== true) return c;
    const t = checkChoice(ctx, a.path, a.to);
    if (t !== true) return t;
    return a.from === a.to ? 'The branch is already there.' : true;
  },
  run(ctx, a, ed) {
    const { seq, owner } = requireBranches(ctx, a.path);
    ed.moveItem(seq, a.from, a.to, owner);
  },
});

/** `choice.setCondition`: the condition expression of one branch. */
export const choiceSetCondition = defineCommand<ChoiceSetConditionArgs>({
  name: 'choice.setCondition',
  label: (a) => `Edit condition ${a.index}`,
  canExecute: (ctx, a) => checkChoice(ctx, a.path, a.index),
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    setIn(ed, s.map, stateOwner(s), ['Branches', String(a.index), 'Condition'], a.condition);
  },
});

/** `choice.setBranchNext`: the target of one branch. */
export const choiceSetBranchNext = defineCommand<ChoiceSetBranchNextArgs>({
  name: 'choice.setBranchNext',
  label: (a) => `Connect branch ${a.index} to ${nameOf(a.target)}`,
  canExecute(ctx, a) {
    const c = checkChoice(ctx, a.path, a.index);
    return c !== true ? c : canConnect(ctx.model, a.path, a.target, 'branch');
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    setIn(ed, s.map, stateOwner(s), ['Branches', String(a.index), 'Next'], nameOf(a.target));
  },
});

/** `choice.setDefault`: where the Choice goes when no branch matches (null removes it). */
export const choiceSetDefault = defineCommand<ChoiceSetDefaultArgs>({
  name: 'choice.setDefault',
  label: (a) => (a.target === null ? 'Remove Default' : `Default to ${nameOf(a.target)}`),
  canExecute(ctx, a) {
    const c = checkChoice(ctx, a.path);
    if (c !== true) return c;
    if (a.target === null) {
      const s = ctx.index.states.get(a.path);
      return s && findPair(s.map, 'Default') ? true : 'There is no Default to remove.';
    }
    return canConnect(ctx.model, a.path, a.target, 'default');
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const pair = findPair(s.map, 'Default');
    if (a.target === null) {
      if (pair) ed.removePair(s.map, pair, stateOwner(s));
    } else ed.setPair(s.map, 'Default', nameOf(a.target));
  },
});
