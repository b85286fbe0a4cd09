import type { Rule } from '../rule';

/**
 * Fields seen in older revisions of the language and removed since (fdl.md §2.3): Wait
 * `UntilDateTime` is parsed so it can be pointed out, but may not deploy.
 */
export const deprecatedFields: Rule = {
  name: 'deprecatedFields',
  codes: ['deprecated-field'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type !== 'Wait' || !ctx.sourceMap.states.get(path)?.fields.has('UntilDateTime')) {
        continue;
      }
      ctx.report(
        'deprecated-field',
        `UntilDateTime was removed from later revisions of FDL and may be rejected: use Seconds (1–300), or Seconds.$ with an expression.${state.Seconds !== undefined ? ' Seconds is set and takes precedence.' : ''}`,
        { path, field: 'UntilDateTime', key: true },
      );
    }
  },
};
