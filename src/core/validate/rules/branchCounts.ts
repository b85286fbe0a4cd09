import type { Rule } from '../rule';

const MAX_PARALLEL_BRANCHES = 50;

/**
 * Branch lists: a Parallel has at most 50 branches (fdl.md §2.5), and neither a Parallel nor a
 * Choice may have an empty `Branches` list.
 */
export const branchCounts: Rule = {
  name: 'branchCounts',
  codes: ['branches-empty', 'parallel-too-many-branches'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type !== 'Parallel' && state.Type !== 'Choice') continue;
      const branches = state.Branches;
      if (!branches) continue;
      if (branches.length === 0) {
        ctx.report(
          'branches-empty',
          state.Type === 'Parallel'
            ? `Parallel state "${state.Name}" has no branches: add at least one {StartAt, States} branch, or use a Pass state.`
            : `Choice state "${state.Name}" has no branches: add at least one {Condition, Next} branch (Default is taken when none matches).`,
          { path, field: 'Branches' },
        );
      } else if (state.Type === 'Parallel' && branches.length > MAX_PARALLEL_BRANCHES) {
        ctx.report(
          'parallel-too-many-branches',
          `Parallel state "${state.Name}" has ${branches.length} branches; CloudFlow allows at most ${MAX_PARALLEL_BRANCHES}. Split it, or use a Map over a list.`,
          { path, field: `Branches/${MAX_PARALLEL_BRANCHES}` },
        );
      }
    }
  },
};
