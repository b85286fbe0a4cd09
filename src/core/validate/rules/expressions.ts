import { checkExpression } from '../expressionCheck';
import type { Rule } from '../rule';

/**
 * Every expression of the definition (fdl.md §4.1): Choice `Condition`, Map `ItemsPath`, Wait
 * `Seconds.$`, Task `Timeout.$`, and the value of every `.$` key in constructors and
 * Parameters. A `.$` value must be an expression text (TC-16); a mapping is accepted as the FNF
 * `input.$: {…}` form (Q14).
 */
export const expressions: Rule = {
  name: 'expressions',
  codes: [
    'expression-syntax',
    'expression-unknown-variable',
    'expression-unknown-function',
    'expression-function-arity',
    'expression-nesting-too-deep',
    'expression-not-string',
    'expression-output-unavailable',
    'expression-item-unavailable',
  ],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type === 'Choice' && state.Branches) {
        const items = ctx.mapItems(path, 'Branches');
        state.Branches.forEach((b, i) => {
          if (b.Condition === undefined) return;
          const field = `${items[i] ?? `Branches/${i}`}/Condition`;
          checkExpression(ctx, b.Condition, path, field, 'Condition');
        });
      }
      if (state.Type === 'Map' && state.ItemsPath !== undefined) {
        checkExpression(ctx, state.ItemsPath, path, 'ItemsPath', 'ItemsPath');
      }
      if (state.Type === 'Wait' && state['Seconds.$'] !== undefined) {
        checkExpression(ctx, state['Seconds.$'], path, 'Seconds.$', 'Seconds.$');
      }
      if (state.Type === 'Task' && state['Timeout.$'] !== undefined) {
        checkExpression(ctx, state['Timeout.$'], path, 'Timeout.$', 'Timeout.$');
      }
    }
    for (const v of ctx.valueSites) {
      if (!v.expression) continue;
      if (typeof v.value === 'string') {
        checkExpression(ctx, v.value, v.path, v.field, v.site);
      } else if (v.value === null || typeof v.value !== 'object' || Array.isArray(v.value)) {
        const shown = JSON.stringify(v.value);
        ctx.report(
          'expression-not-string',
          `"${v.key}" ends in .$, so its value must be an expression text, not ${shown}. Write the expression (e.g. ${v.key}: $Input.value), or drop the .$ to use ${shown} as a constant.`,
          { path: v.path, field: v.field },
        );
      }
    }
  },
};
