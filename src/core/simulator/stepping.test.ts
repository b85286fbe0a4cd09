import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { createRun } from './run';

function machine(text: string): StateMachine {
  const parsed = parseSource(`Type: StateMachine\nSpecVersion: v1\nName: t\n${text}`);
  if (!parsed.model) throw new Error(parsed.diagnostics[0]?.message);
  return parsed.model;
}

const chain = machine(`StartAt: A
States:
  - Type: Pass
    Name: A
    Next: W
  - Type: Wait
    Name: W
    Seconds: 7
    Next: P
  - Type: Parallel
    Name: P
    Branches:
      - StartAt: B
        States:
          - Type: Pass
            Name: B
            End: true
    Next: C
  - Type: Pass
    Name: C
    End: true
`);

describe('stepping', () => {
  it('step() runs one state at a time and stops at waits', () => {
    // given a fresh run
    const run = createRun(chain);
    expect(run.snapshot().events.map((e) => e.type)).toEqual(['ExecutionStarted']);
    // when stepping, then each call stops before the next state (or at the start of a wait)
    const stops = [];
    for (let i = 0; i < 10 && run.status === 'Running'; i++) {
      const s = run.step();
      stops.push(`${s.stopReason ?? s.status}:${s.stoppedAt ?? ''}`);
    }
    expect(stops).toEqual(['step:W', 'wait:W', 'step:P', 'step:P/0/B', 'step:C', 'Succeeded:']);
    const s = run.snapshot();
    expect(s.virtualSeconds).toBe(7);
    expect(s.states['C']?.status).toBe('succeeded');
  });

  it('a stepped run ends with the same events as a run to the end', () => {
    const stepped = createRun(chain);
    while (stepped.status === 'Running') stepped.step();
    expect(stepped.snapshot().events).toEqual(createRun(chain).runToEnd().events);
  });

  it('continue() stops at breakpoints, once each time the state is reached', () => {
    const run = createRun(chain, { breakpoints: ['A', 'P/0/B'] });
    let s = run.continue();
    expect([s.stopReason, s.stoppedAt, s.states['A']?.status]).toEqual([
      'breakpoint',
      'A',
      'notRun',
    ]);
    s = run.continue();
    expect([s.stopReason, s.stoppedAt]).toEqual(['breakpoint', 'P/0/B']);
    expect(s.states['P']?.status).toBe('running');
    s = run.continue();
    expect(s.status).toBe('Succeeded');
  });

  it('runToEnd() ignores breakpoints; setBreakpoints replaces them', () => {
    const run = createRun(chain, { breakpoints: ['A'] });
    run.setBreakpoints(['C']);
    expect(run.continue().stoppedAt).toBe('C');
    const r = createRun(chain, { breakpoints: ['A', 'C'] }).runToEnd();
    expect(r.status).toBe('Succeeded');
  });

  it('snapshots are independent copies', () => {
    const run = createRun(chain);
    const before = run.snapshot();
    run.runToEnd();
    expect(before.events).toHaveLength(1);
    expect(before.states['A']?.status).toBe('notRun');
  });
});

describe('stop', () => {
  it('stop() ends a paused run as Stopped with ExecutionStopped', () => {
    // given a run stopped at a breakpoint inside the Parallel
    const run = createRun(chain, { breakpoints: ['P/0/B'] });
    run.continue();
    // when it is stopped
    const s = run.stop('Abort', 'by test');
    // then it ended, the container in progress is marked failed, and nothing more runs
    expect(s.status).toBe('Stopped');
    expect(s.error).toEqual({ code: 'Abort', detail: 'by test' });
    expect(s.events.at(-1)?.type).toBe('ExecutionStopped');
    expect(s.states['P']?.status).toBe('failed');
    expect(run.runToEnd().events).toHaveLength(s.events.length);
  });
});

describe('custom callbacks', () => {
  const approval = machine(`StartAt: Ask
States:
  - Type: Task
    Name: Ask
    Action: HTTP:Request
    TaskMode: WaitForCustomCallback
    Parameters:
      token.$: $Context.Current.TaskToken
    End: true
`);

  it('a wrong token changes nothing and says so', () => {
    const run = createRun(approval);
    run.runToEnd();
    const s = run.reportSuccess('not-the-token', { x: 1 });
    expect(s.status).toBe('Paused');
    expect(s.log.at(-1)).toMatch(/no task waits/);
  });

  it('after a report the token is spent (TaskAlreadyCompleted)', () => {
    const run = createRun(approval);
    const token = run.runToEnd().pending[0]?.token ?? '';
    run.reportSuccess(token, { x: 1 });
    expect(run.runToEnd().output).toEqual({ x: 1 });
    const again = run.reportFailure(token, 'E');
    expect(again.status).toBe('Succeeded');
    expect(again.log.at(-1)).toMatch(/no task waits/);
  });

  it('without a Timeout, skipWait lets the execution time out at its limit', () => {
    const run = createRun(approval, { mode: 'Standard' });
    run.runToEnd();
    const s = run.skipWait();
    expect(s.status).toBe('TimedOut');
    expect(s.events.at(-1)?.type).toBe('ExecutionTimedOut');
    expect(s.virtualSeconds).toBe(365 * 24 * 3600);
  });

  it('a mock stands for the callback report', () => {
    const run = createRun(approval, {
      mocks: { Ask: { output: { approver: 'bob' }, latencySeconds: 60 } },
    });
    const r = run.runToEnd();
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ approver: 'bob' });
    expect(r.virtualSeconds).toBe(60);
    expect(r.events.map((e) => e.type)).toContain('TaskSubmitted');
  });
});
