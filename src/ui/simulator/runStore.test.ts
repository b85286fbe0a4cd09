import { describe, expect, it } from 'vitest';
import { parseSource, type StateMachine } from '../../core';
import { SAMPLE_WORKFLOW } from '../studio/sampleWorkflow';
import { executionStore } from './executions';
import { runActions, runViewState } from './runStore';

const model = parseSource(SAMPLE_WORKFLOW).model as StateMachine;
const base = { workflow: 'my-wkfl', model, input: {}, mode: 'Standard' as const };

describe('run store', () => {
  it('given step mode, when started, then nothing ran yet and Step runs the first state', () => {
    runActions.start({ ...base, mocks: {}, stepMode: true });
    const first = runViewState().snapshot;
    expect(first?.status).toBe('Running');
    expect(first?.states['InvokeFunction']?.status ?? 'notRun').toBe('notRun');
    runActions.step();
    expect(runViewState().snapshot?.stoppedAt).toBe('Hello World');
    expect(runViewState().overlay?.statuses.get('InvokeFunction')).toBe('succeeded');
    runActions.continue();
    expect(runViewState().snapshot?.status).toBe('Succeeded');
  });

  it('given a breakpoint, when a run starts, then it stops before that state; closing clears the overlay', () => {
    runActions.toggleBreakpoint('Hello World');
    runActions.start({ ...base, mocks: {}, stepMode: false, executionName: 'bp_run' });
    expect(runViewState().snapshot?.stopReason).toBe('breakpoint');
    expect(runViewState().overlay?.breakpoints.has('Hello World')).toBe(true);
    runActions.toggleBreakpoint('Hello World');
    runActions.continue();
    expect(runViewState().snapshot?.status).toBe('Succeeded');
    expect(executionStore().list('my-wkfl')[0]).toMatchObject({
      name: 'bp_run',
      status: 'Succeeded',
    });
    runActions.closePanel();
    expect(runViewState().overlay).toBeNull();
  });
});
