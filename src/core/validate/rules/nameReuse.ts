import { describeScope } from '../nameIndex';
import type { Rule } from '../rule';

/**
 * The same state name in several scopes (fdl.md Q17): allowed, but execution events and
 * `$Context.Current.Name` then cannot tell the states apart. Reported on every use after the
 * first.
 */
export const nameReuse: Rule = {
  name: 'nameReuse',
  codes: ['name-reused'],
  run(ctx) {
    for (const [name, paths] of ctx.names.pathsByName) {
      if (paths.length < 2) continue;
      const first = ctx.statesByPath.get(paths[0] as string);
      if (!first) continue;
      const where = describeScope(ctx.scopesByPath.get(first.scope), first.scope);
      for (const path of paths.slice(1)) {
        ctx.report(
          'name-reused',
          `A state named "${name}" already exists in ${where}; names may repeat across scopes, but execution history and $Context.Current.Name cannot tell them apart. Consider a unique name.`,
          { path, field: 'Name' },
        );
      }
    }
  },
};
