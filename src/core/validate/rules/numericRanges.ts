import { RETRY_FIELDS, STATE_FIELDS, type FieldSpec } from '../../model/fieldSpec';
import type { StatePath } from '../../model/statePath';
import type { Rule } from '../rule';
import type { RuleContext } from '../ruleContext';

const NUMERIC = new Set(['integer', 'number', 'secondsLike']);
const NOTES: Record<string, string> = {
  Timeout: ' seconds (0 means no timeout; 604800 is 7 days)',
  Seconds: ' seconds in a Standard workflow',
  IntervalSeconds: ' seconds (one day at most)',
  MaxBackoffSeconds: ' seconds (one day at most)',
  ToleratedFailurePercentage: ' percent',
};

/**
 * Numbers outside the bounds of the field catalogue (model/fieldSpec.ts `min`/`max`): Task
 * `Timeout` 0–604800, Wait `Seconds` 1–300 (the Express bound is `express-wait-seconds`),
 * Retry `IntervalSeconds`/`MaxBackoffSeconds` ≤ 86400, non-negative counts and rates.
 * `MaxConcurrency` upper limits and Parallel branch counts have their own rules.
 */
export const numericRanges: Rule = {
  name: 'numericRanges',
  codes: ['value-out-of-range'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      const values = state as unknown as Record<string, unknown>;
      for (const spec of STATE_FIELDS[state.Type]) {
        if (!NUMERIC.has(spec.kind)) continue;
        // In Express mode a Wait longer than 20 s is reported by the Express rule instead.
        const express = state.Type === 'Wait' && spec.name === 'Seconds' && ctx.mode === 'Express';
        checkValue(
          ctx,
          express ? { ...spec, max: undefined } : spec,
          values[spec.name],
          path,
          spec.name,
        );
      }
      if ('Retry' in state && state.Retry) {
        const items = ctx.mapItems(path, 'Retry');
        state.Retry.forEach((rule, i) => {
          const item = items[i] ?? `Retry/${i}`;
          const r = rule as Record<string, unknown>;
          for (const spec of RETRY_FIELDS) {
            if (NUMERIC.has(spec.kind))
              checkValue(ctx, spec, r[spec.name], path, `${item}/${spec.name}`);
          }
        });
      }
    }
  },
};

function checkValue(
  ctx: RuleContext,
  spec: Pick<FieldSpec, 'name' | 'min' | 'max'>,
  raw: unknown,
  path: StatePath,
  field: string,
): void {
  const value = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  const { min, max } = spec;
  const low = min !== undefined && value < min;
  const high = max !== undefined && value > max;
  if (!low && !high) return;
  const note = NOTES[spec.name] ?? '';
  const bounds =
    min !== undefined && max !== undefined
      ? `between ${min} and ${max}${note}`
      : min !== undefined
        ? `at least ${min}${note}`
        : `at most ${max}${note}`;
  ctx.report('value-out-of-range', `${spec.name} is ${String(raw)}; it must be ${bounds}.`, {
    path,
    field,
  });
}
