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
    const shown = runViewState().snapshot;
    runActions.closePanel();
    expect(runViewState().overlay).toBeNull();
    // the inspector's expression preview still reads the last run
    expect(runViewState().lastRun).toBe(shown);
    expect(shown).not.toBeNull();
  });

  it('given a paused callback task, when the user reports success or failure, then the run goes on to the end', () => {
    const approval = parseSource(
      [
        'Type: StateMachine',
        'SpecVersion: v1',
        'StartAt: Ask',
        'States:',
        '  - Type: Task',
        '    Name: Ask',
        '    Action: HTTP:Request',
        '    TaskMode: WaitForCustomCallback',
        '    Catch:',
        '      - Errors: [Rejected]',
        '        Next: No',
        '    Next: Yes',
        '  - Type: Pass',
        '    Name: Yes',
        '    End: true',
        '  - Type: Pass',
        '    Name: No',
        '    End: true',
      ].join('\n'),
    ).model as StateMachine;
    const req = { ...base, model: approval, mocks: {}, stepMode: false };
    runActions.start(req);
    const token = runViewState().snapshot?.pending[0]?.token ?? '';
    expect(runViewState().snapshot?.status).toBe('Paused');
    runActions.reportSuccess(token, { ok: true });
    expect(runViewState().snapshot?.status).toBe('Succeeded');
    expect(runViewState().snapshot?.output).toEqual({ ok: true });

    runActions.start(req);
    runActions.reportFailure(runViewState().snapshot?.pending[0]?.token ?? '', 'Rejected', 'no');
    expect(runViewState().snapshot?.status).toBe('Succeeded');
    expect(runViewState().overlay?.statuses.get('Ask')).toBe('caught');
    expect(runViewState().overlay?.statuses.get('No')).toBe('succeeded');
    runActions.closePanel();
  });
});
