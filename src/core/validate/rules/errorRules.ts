import type { Rule } from '../rule';

const CATCH_ALL = 'FnF.ALL';

/**
 * Retry and Catch lists (fdl.md §5.4): an empty `Errors` list matches nothing (the guide's own
 * example has one), and a rule matching `FnF.ALL` hides every rule after it, since the first
 * matching rule wins.
 */
export const errorRules: Rule = {
  name: 'errorRules',
  codes: ['errors-empty', 'fnf-all-not-last'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type !== 'Task' && state.Type !== 'Parallel' && state.Type !== 'Map') continue;
      for (const list of ['Retry', 'Catch'] as const) {
        const rules = state[list];
        if (!rules) continue;
        const items = ctx.mapItems(path, list);
        const what = list === 'Retry' ? 'Retry policy' : 'Catch rule';
        rules.forEach((rule, i) => {
          const item = items[i] ?? `${list}/${i}`;
          const errors = rule.Errors;
          if (!errors) return;
          if (errors.length === 0) {
            ctx.report(
              'errors-empty',
              `${what} #${i + 1} has an empty Errors list, so it matches no error and never applies: list the error names it handles, e.g. [${CATCH_ALL}].`,
              { path, field: `${item}/Errors` },
            );
          }
          const all = errors.indexOf(CATCH_ALL);
          if (all >= 0 && i < rules.length - 1) {
            const one = rules.length - 1 - i === 1;
            const later = one ? `#${i + 2}` : `#${i + 2} to #${rules.length}`;
            ctx.report(
              'fnf-all-not-last',
              `${what} #${i + 1} matches ${CATCH_ALL} (every error), so ${what} ${later} after it never ${one ? 'applies' : 'apply'}: move the ${CATCH_ALL} rule last.`,
              { path, field: `${item}/Errors/${all}` },
            );
          }
        });
      }
    }
  },
};
