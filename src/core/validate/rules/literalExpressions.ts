import { looksLikeExpression } from '../../expression';
import type { Rule } from '../rule';

/**
 * A constant that looks like an expression (fdl.md §3.2 rule 2, §9 pain points): `a: $Input.x`
 * is the literal text "$Input.x"; the key needs the `.$` suffix to be evaluated. A warning, since
 * the literal may be intended (TC-15). List items are skipped: they cannot take `.$`.
 */
export const literalExpressions: Rule = {
  name: 'literalExpressions',
  codes: ['literal-looks-like-expression'],
  run(ctx) {
    for (const v of ctx.valueSites) {
      if (v.expression || v.inList || typeof v.value !== 'string') continue;
      if (!looksLikeExpression(v.value)) continue;
      const shown = v.value.length > 40 ? v.value.slice(0, 40) + '…' : v.value;
      ctx.report(
        'literal-looks-like-expression',
        `"${v.key}" holds the text "${shown}", which looks like an expression but is used as a constant because the key has no .$ suffix. Write "${v.key}.$" to evaluate it.`,
        { path: v.path, field: v.field, key: true },
      );
    }
  },
};
