import type { ScopePath, StatePath } from '../../model/statePath';
import { suggest } from '../../yaml/fieldValue';
import { describeScope } from '../nameIndex';
import type { Rule } from '../rule';
import type { RuleContext } from '../ruleContext';

const LABELS = {
  next: 'Next',
  choice: 'Branch Next',
  default: 'Default',
  catch: 'Catch Next',
} as const;

/**
 * Every name that points at a state — each scope's StartAt, Next, Choice branch Next and
 * Default, Catch Next — must name a state of the same scope. A name found only in another
 * scope gets `target-out-of-scope` and says where it lives; an unknown name gets
 * `target-not-found` with a did-you-mean.
 */
export const targets: Rule = {
  name: 'targets',
  codes: ['target-not-found', 'target-out-of-scope'],
  run(ctx) {
    for (const scope of ctx.scopes) {
      const start = scope.scope.StartAt;
      if (start === undefined) continue;
      const where =
        scope.containerPath === undefined
          ? { field: 'StartAt' }
          : {
              path: scope.containerPath,
              field:
                scope.branchIndex !== undefined
                  ? `Branches/${scope.branchIndex}/StartAt`
                  : 'Processor/StartAt',
            };
      check(ctx, scope.path, start, 'StartAt', where);
    }
    for (const entry of ctx.states) {
      for (const t of ctx.transitions(entry)) {
        const owner = LABELS[t.kind];
        check(ctx, entry.scope, t.target, owner, { path: entry.path, field: t.field });
      }
    }
  },
};

function check(
  ctx: RuleContext,
  scope: ScopePath,
  target: string,
  what: string,
  where: { path?: StatePath; field: string },
): void {
  if (ctx.names.has(scope, target)) return;
  const here = describeScope(ctx.scopesByPath.get(scope), scope);
  const elsewhere = ctx.names.scopesOf(target);
  if (elsewhere.length > 0) {
    const other = elsewhere[0] as ScopePath;
    ctx.report(
      'target-out-of-scope',
      `${what} "${target}" names a state of ${describeScope(ctx.scopesByPath.get(other), other)}, but a transition cannot enter or leave a Parallel branch or Map Processor: name a state of ${here}.`,
      where,
    );
    return;
  }
  const hint = suggest(target, ctx.names.namesIn(scope));
  ctx.report(
    'target-not-found',
    `${what} "${target}" names no state of ${here}.${hint} Add a state named "${target}" or fix the name.`,
    where,
  );
}
