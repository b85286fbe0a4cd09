import { describeScope } from '../nameIndex';
import type { Rule } from '../rule';
import { reachableFrom } from '../scopeGraph';

/**
 * States no path reaches from their scope's StartAt through Next, Choice branches, Default or
 * Catch (fdl.md §2.0 rule 8): a warning, since they never run. Skipped where StartAt is broken
 * (already an error) or the scope holds items the model left out (their edges are unknown).
 */
export const reachability: Rule = {
  name: 'reachability',
  codes: ['state-unreachable'],
  run(ctx) {
    for (const g of ctx.scopeGraphs) {
      if (g.start < 0 || g.incomplete) continue;
      const seen = reachableFrom(g);
      g.states.forEach((e, i) => {
        if (seen[i]) return;
        const where = describeScope(ctx.scopesByPath.get(g.scope), g.scope);
        ctx.report(
          'state-unreachable',
          `State "${e.state.Name}" is never reached: nothing in ${where} leads to it from StartAt. Point a Next, Default or Catch at it, or remove it.`,
          { path: e.path, field: 'Name' },
        );
      });
    }
  },
};
