import { branchScopePath, childPath, type StatePath } from '../../model/statePath';
import { uniqueName } from '../behaviors/uniqueName';
import { CommandRefusal, defineCommand } from '../command';
import { requireState, typeFirst } from '../lookup';
import { defaultScope } from '../state/defaults';
import { asSeq, findPair } from '../text/nodes';

export interface ParallelAddBranchArgs {
  path: StatePath;
  /** Position among the branches; default: last. */
  index?: number;
}
export interface ParallelRemoveBranchArgs {
  path: StatePath;
  index: number;
}

const MAX_BRANCHES = 50;

/** `parallel.addBranch`: a new branch holding one `Pass` state that ends it. */
export const parallelAddBranch = defineCommand<ParallelAddBranchArgs>({
  name: 'parallel.addBranch',
  label: () => 'Add branch',
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    if (s.type !== 'Parallel') return `“${s.name}” is a ${s.type ?? 'state'}, not a Parallel.`;
    const n = asSeq(findPair(s.map, 'Branches')?.value)?.items.length ?? 0;
    return n >= MAX_BRANCHES ? `A Parallel state has at most ${MAX_BRANCHES} branches.` : true;
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const name = uniqueName(ctx.index, 'Step');
    const value = defaultScope(name, typeFirst(ctx));
    const pair = findPair(s.map, 'Branches');
    const seq = asSeq(pair?.value);
    let at = 0;
    if (seq && pair) {
      at =
        a.index === undefined ? seq.items.length : Math.max(0, Math.min(seq.items.length, a.index));
      ed.insertItems(seq, at, [{ value }], { kind: 'pair', map: s.map, pair });
    } else if (pair) ed.setPairItems(s.map, pair, [{ value }]);
    else ed.setPairItems(s.map, 'Branches', [{ value }], ['Next', 'End']);
    return { selection: [childPath(branchScopePath(s.path, at), name)] };
  },
});

/** `parallel.removeBranch`: removes a branch with all its states (not the last branch). */
export const parallelRemoveBranch = defineCommand<ParallelRemoveBranchArgs>({
  name: 'parallel.removeBranch',
  label: (a) => `Remove branch ${a.index}`,
  canExecute(ctx, a) {
    const s = ctx.index.states.get(a.path);
    if (!s) return `There is no state at “${a.path}”.`;
    if (s.type !== 'Parallel') return `“${s.name}” is a ${s.type ?? 'state'}, not a Parallel.`;
    const n = asSeq(findPair(s.map, 'Branches')?.value)?.items.length ?? 0;
    if (!Number.isInteger(a.index) || a.index < 0 || a.index >= n)
      return `There is no branch ${a.index}.`;
    if (n === 1) return 'A Parallel state needs at least one branch: delete the Parallel instead.';
    return true;
  },
  run(ctx, a, ed) {
    const s = requireState(ctx, a.path);
    const pair = findPair(s.map, 'Branches');
    const seq = asSeq(pair?.value);
    if (!seq || !pair) throw new CommandRefusal(`“${s.name}” has no branches.`);
    ed.removeItems(seq, [a.index], { kind: 'pair', map: s.map, pair });
    return { selection: [s.path] };
  },
});
