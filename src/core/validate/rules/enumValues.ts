import { TASK_MODES } from '../../model/types';
import { suggest } from '../../yaml/fieldValue';
import type { Rule } from '../rule';

const EXECUTION_MODES = ['Standard', 'Express'] as const;

/**
 * Fields with a closed set of values: top-level `Type` (StateMachine) and `SpecVersion` (v1),
 * Task `TaskMode`, and a distributed Map's `ProcessorConfig.ExecutionMode`.
 */
export const enumValues: Rule = {
  name: 'enumValues',
  codes: ['value-not-allowed'],
  run(ctx) {
    const { model } = ctx;
    if (model.Type !== undefined && model.Type !== 'StateMachine') {
      ctx.report(
        'value-not-allowed',
        `Type must be StateMachine, not "${model.Type}": this is the marker of a CloudFlow FDL definition (the state types go on each state).`,
        { field: 'Type' },
      );
    }
    if (model.SpecVersion !== undefined && model.SpecVersion !== 'v1') {
      ctx.report(
        'value-not-allowed',
        `SpecVersion must be v1, not "${model.SpecVersion}": v1 is the only version of FDL.`,
        { field: 'SpecVersion' },
      );
    }
    for (const { state, path } of ctx.states) {
      if (state.Type === 'Task' && state.TaskMode !== undefined) {
        const mode = state.TaskMode;
        if (!(TASK_MODES as readonly string[]).includes(mode)) {
          ctx.report(
            'value-not-allowed',
            `TaskMode "${mode}" is not a task mode.${suggest(mode, TASK_MODES)} Use ${TASK_MODES.join(', ')} (RequestComplete when omitted).`,
            { path, field: 'TaskMode' },
          );
        }
      }
      if (state.Type === 'Map' && state.ProcessorConfig) {
        const mode = state.ProcessorConfig['ExecutionMode'];
        if (mode !== undefined && !(EXECUTION_MODES as readonly unknown[]).includes(mode)) {
          ctx.report(
            'value-not-allowed',
            `ProcessorConfig.ExecutionMode must be Standard or Express, not ${JSON.stringify(mode)}: it is the mode of the child executions of a distributed Map.`,
            { path, field: 'ProcessorConfig/ExecutionMode' },
          );
        }
      }
    }
  },
};
