import { suggest } from '../../yaml/fieldValue';
import type { Rule } from '../rule';

/** The optimized integrations of fdl.md §2.1, whose spelling we can check. */
const KNOWN_ACTIONS = ['FC:InvokeFunction', 'HTTP:Request', 'FNF:StartExecution'] as const;
const WELL_FORMED = /^[^:\s]+:[^:\s]+$/;

/**
 * Task `Action` is `<Service>:<Operation>` (fdl.md §2.1). `FC::InvokeFunction` (a typo in one
 * doc revision, Q12) and other shapes are errors with the corrected spelling; a near miss of a
 * known integration (`FC:InvokeFuntion`, `http:Request`) is a warning, since any Alibaba Cloud
 * OpenAPI operation may be called.
 */
export const taskAction: Rule = {
  name: 'taskAction',
  codes: ['action-malformed', 'action-typo'],
  run(ctx) {
    for (const { state, path } of ctx.states) {
      if (state.Type !== 'Task' || state.Action === undefined) continue;
      const action = state.Action;
      const where = { path, field: 'Action' };
      if (!WELL_FORMED.test(action)) {
        const fixed = action.replace(/\s+/g, '').replace(/:{2,}/g, ':');
        const hint =
          fixed !== action && WELL_FORMED.test(fixed)
            ? ` Write "${fixed}".`
            : ' For example FC:InvokeFunction, HTTP:Request or ECS:DescribeInstances.';
        ctx.report(
          'action-malformed',
          `Action "${action}" is not of the form <Service>:<Operation> (one colon, no spaces).${hint}`,
          where,
        );
        continue;
      }
      if ((KNOWN_ACTIONS as readonly string[]).includes(action)) continue;
      const guess = suggest(action, KNOWN_ACTIONS);
      if (guess !== '') {
        ctx.report(
          'action-typo',
          `Action "${action}" is not a known integration.${guess} (Service and operation names are case-sensitive.)`,
          where,
        );
      }
    }
  },
};
