import type { Rule } from '../rule';
import { scalarOffsets } from '../scalarOffsets';

const PLACEHOLDER = /\{(regionId|accountId)\}/g;

/**
 * Template placeholders left in values (decisions.md, InvokeFunction form): a `resourceArn`
 * such as `acs:fc:{regionId}:{accountId}:functions/f/LATEST` fails at run time until the region
 * and account id are filled in.
 */
export const placeholders: Rule = {
  name: 'placeholders',
  codes: ['placeholder-unreplaced'],
  run(ctx) {
    for (const v of ctx.valueSites) {
      if (v.expression || typeof v.value !== 'string' || !v.value.includes('{')) continue;
      const matches = [...v.value.matchAll(PLACEHOLDER)];
      const first = matches[0];
      if (!first) continue;
      const found = [...new Set(matches.map((m) => m[0]))];
      // Point at the first placeholder itself, inside the (possibly quoted or folded) scalar.
      const loc = ctx.sourceMap.states.get(v.path)?.fields.get(v.field);
      const at = loc ? scalarOffsets(ctx.text, loc.range, v.value) : undefined;
      const range = at
        ? { start: at(first.index), end: at(first.index + first[0].length - 1) + 1 }
        : undefined;
      ctx.report(
        'placeholder-unreplaced',
        `"${v.key}" still contains the placeholder${found.length > 1 ? 's' : ''} ${found.join(' and ')}: replace ${found.length > 1 ? 'them' : 'it'} with your ${found.map((f) => (f === '{regionId}' ? 'region id (e.g. cn-hangzhou)' : 'account id')).join(' and ')}, or set them in the workflow's configuration.`,
        range ? { path: v.path, field: v.field, range } : { path: v.path, field: v.field },
      );
    }
  },
};
