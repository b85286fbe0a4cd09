import type { Rule } from '../rule';

const EXPRESS_MAX_WAIT = 20;

/**
 * Restrictions of Express workflows (fdl.md §7): Task `TaskMode` must be RequestComplete, a
 * literal Wait `Seconds` is at most 20, and a distributed Map cannot start Standard child
 * executions. The mode comes from the workflow's settings, not from the YAML.
 */
export const expressMode: Rule = {
  name: 'expressMode',
  codes: ['express-task-mode', 'express-wait-seconds', 'express-map-child-mode'],
  run(ctx) {
    if (ctx.mode !== 'Express') return;
    for (const { state, path } of ctx.states) {
      if (
        state.Type === 'Task' &&
        (state.TaskMode === 'WaitForSystemCallback' || state.TaskMode === 'WaitForCustomCallback')
      ) {
        ctx.report(
          'express-task-mode',
          `TaskMode ${state.TaskMode} is not available in an Express workflow, which allows only RequestComplete: use RequestComplete, or make this a Standard workflow.`,
          { path, field: 'TaskMode' },
        );
      }
      if (
        state.Type === 'Wait' &&
        state.Seconds !== undefined &&
        state.Seconds > EXPRESS_MAX_WAIT
      ) {
        ctx.report(
          'express-wait-seconds',
          `Seconds is ${state.Seconds}, but a Wait in an Express workflow lasts 1 to ${EXPRESS_MAX_WAIT} seconds: shorten it, or make this a Standard workflow (up to 300 seconds).`,
          { path, field: 'Seconds' },
        );
      }
      if (state.Type === 'Map' && state.ProcessorConfig?.['ExecutionMode'] === 'Standard') {
        ctx.report(
          'express-map-child-mode',
          'An Express workflow cannot start Standard child executions: set ProcessorConfig.ExecutionMode to Express, or make this a Standard workflow.',
          { path, field: 'ProcessorConfig/ExecutionMode' },
        );
      }
    }
  },
};
