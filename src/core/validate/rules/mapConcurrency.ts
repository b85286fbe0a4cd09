import type { Rule } from '../rule';

const INLINE_RECOMMENDED = 40;
const HARD_LIMIT = 100;

/**
 * Map `MaxConcurrency` against the limits of fdl.md §2.6 and Q9: an inline Map runs at most 40
 * iterations at once (one revision says 100), so above 40 is a warning and above 100 an error;
 * a distributed Map (`ProcessorConfig`) has a default quota of 100 that can be raised, so above
 * 100 is a warning.
 */
export const mapConcurrency: Rule = {
  name: 'mapConcurrency',
  codes: ['max-concurrency-high', 'max-concurrency-too-high'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type !== 'Map' || state.MaxConcurrency === undefined) continue;
      const n = state.MaxConcurrency;
      const where = { path, field: 'MaxConcurrency' };
      if (state.ProcessorConfig !== undefined) {
        if (n > HARD_LIMIT) {
          ctx.report(
            'max-concurrency-high',
            `MaxConcurrency ${n} is above the default quota of ${HARD_LIMIT} for a distributed Map: request a quota increase, or lower it.`,
            where,
          );
        }
      } else if (n > HARD_LIMIT) {
        ctx.report(
          'max-concurrency-too-high',
          `MaxConcurrency ${n} is above ${HARD_LIMIT}, the most an inline Map allows: lower it to ${INLINE_RECOMMENDED} or less, or use a distributed Map (ProcessorConfig).`,
          where,
        );
      } else if (n > INLINE_RECOMMENDED) {
        ctx.report(
          'max-concurrency-high',
          `MaxConcurrency ${n} is above ${INLINE_RECOMMENDED}, the documented limit of an inline Map (one revision says 100): lower it, or check your quota.`,
          where,
        );
      }
    }
  },
};
