import { hasNextOrEnd } from '../../model/fieldSpec';
import type { Rule } from '../rule';

/**
 * How a state ends (fdl.md §2.0 rules 1 and 6, §2.7, §2.8): Task, Pass, Wait, Parallel and Map
 * need `Next` or `End: true` (both: a warning, End wins); `End` on Succeed or Fail is accepted
 * and ignored, with a warning.
 */
export const nextOrEnd: Rule = {
  name: 'nextOrEnd',
  codes: ['transition-missing', 'next-and-end', 'end-ignored'],
  run(ctx) {
    for (const { state, path, scope } of ctx.states) {
      const fields = ctx.sourceMap.states.get(path)?.fields;
      if (!fields) continue;
      if (state.Type === 'Succeed' || state.Type === 'Fail') {
        if (fields.has('End')) {
          ctx.report(
            'end-ignored',
            `End has no effect on a ${state.Type} state, which always ends ${state.Type === 'Fail' ? 'the execution' : 'its scope'}: remove it.`,
            { path, field: 'End', key: true },
          );
        }
        continue;
      }
      if (!hasNextOrEnd(state.Type)) continue;
      const s = state as { Next?: string; End?: boolean };
      // A Next or End of the wrong kind was reported by the parser; do not add "missing".
      const hasNext = fields.has('Next');
      const ends = s.End === true;
      if (!hasNext && !ends && !(fields.has('End') && s.End === undefined)) {
        ctx.report(
          'transition-missing',
          `${state.Type} state "${state.Name}" has neither Next nor End: add Next: <state> to continue, or End: true to end ${scope === '' ? 'the workflow' : 'its branch or iteration'}.`,
          { path },
        );
      } else if (hasNext && ends) {
        ctx.report(
          'next-and-end',
          `State "${state.Name}" has both Next and End: true; End wins and Next is ignored. Remove one of them.`,
          { path, field: 'End', key: true },
        );
      }
    }
  },
};
