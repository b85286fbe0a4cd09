import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { retryDelay } from './retry';
import { simulate } from './run';
import type { MockResponse, RunSnapshot } from './types';

function machine(text: string): StateMachine {
  const parsed = parseSource(`Type: StateMachine\nSpecVersion: v1\nName: t\n${text}`);
  if (!parsed.model) throw new Error(parsed.diagnostics[0]?.message);
  return parsed.model;
}

const throttled: MockResponse = { error: 'FC.ResourceThrottled', cause: 'too many' };

/** Virtual times at which the Task was scheduled: the first attempt and each retry. */
function attemptTimes(r: RunSnapshot, path: string): number[] {
  return r.events.filter((e) => e.type === 'TaskScheduled' && e.state === path).map((e) => e.time);
}

const chargeFlow = (retry: string, catchRules = '') =>
  machine(`StartAt: Charge
States:
  - Type: Task
    Name: Charge
    Action: FC:InvokeFunction
    Retry:
${retry}
${catchRules}
    Next: Done
  - Type: Pass
    Name: Fallback
    End: true
  - Type: Succeed
    Name: Done
`);

const r1Retry = `      - Errors: [FC.ResourceThrottled]
        MaxAttempts: 3
        IntervalSeconds: 1
        BackoffRate: 2`;
const r2Catch = `    Catch:
      - Errors: [FnF.ALL]
        Next: Fallback
        OutputConstructor:
          code.$: $Context.Current.Error.Code`;

describe('Retry and Catch (fdl.md §5.8)', () => {
  it('TC-R1 fails twice then succeeds on the 3rd invocation, delays 1 s and 2 s', () => {
    // given a Task throttled twice, then answering
    const m = chargeFlow(r1Retry, r2Catch);
    // when it runs
    const r = simulate(m, { mocks: { Charge: [throttled, throttled, { output: { ok: 1 } }] } });
    // then it succeeded on the third attempt without the Catch
    expect(r.status).toBe('Succeeded');
    expect(attemptTimes(r, 'Charge')).toEqual([0, 1, 3]);
    expect(r.states['Charge']?.retryCount).toBe(2);
    expect(r.states['Charge']?.status).toBe('succeeded');
    expect(r.states['Fallback']?.status).toBe('notRun');
    const scheduled = r.events.filter((e) => e.type === 'TaskScheduled');
    expect(scheduled.map((e) => e.detail.RetryCount)).toEqual([0, 1, 2]);
  });

  it('TC-R2 fails 4 times: 3 retries (1, 2, 4 s), then the Catch builds the fallback input', () => {
    const m = chargeFlow(r1Retry, r2Catch);
    const r = simulate(m, { mocks: { Charge: [throttled, throttled, throttled, throttled] } });
    expect(attemptTimes(r, 'Charge')).toEqual([0, 1, 3, 7]);
    expect(r.states['Charge']?.status).toBe('caught');
    expect(r.states['Fallback']?.rawInput).toEqual({ code: 'FC.ResourceThrottled' });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ code: 'FC.ResourceThrottled' });
  });

  it('TC-R3 the first matching rule wins: FnF.ALL with MaxAttempts 0 means no retry', () => {
    const m = chargeFlow(`      - Errors: [FnF.ALL]
        MaxAttempts: 0
        IntervalSeconds: 1
      - Errors: [MyErr]
        MaxAttempts: 5
        IntervalSeconds: 1`);
    const r = simulate(m, { mocks: { Charge: { error: 'MyErr', cause: 'x' } } });
    expect(attemptTimes(r, 'Charge')).toEqual([0]);
    expect(r.status).toBe('Failed');
    expect(r.error).toEqual({ code: 'MyErr', detail: 'x' });
  });

  it('TC-R4 MaxBackoffSeconds caps the delay: 10, 30, 30, 30', () => {
    const m = chargeFlow(`      - Errors: [FnF.ALL]
        MaxAttempts: 4
        IntervalSeconds: 10
        BackoffRate: 3
        MaxBackoffSeconds: 30`);
    const r = simulate(m, { mocks: { Charge: throttled } });
    expect(attemptTimes(r, 'Charge')).toEqual([0, 10, 40, 70, 100]);
    expect(r.virtualSeconds).toBe(100);
  });

  it('TC-R5 no matching Catch: the execution fails with the task error', () => {
    const m = chargeFlow(r1Retry, `    Catch:\n      - Errors: [Other]\n        Next: Fallback`);
    const r = simulate(m, { mocks: { Charge: { error: 'Boom', cause: 'bad' } } });
    expect(r.status).toBe('Failed');
    expect(r.error).toEqual({ code: 'Boom', detail: 'bad' });
    expect(r.states['Charge']?.status).toBe('failed');
    expect(r.events.at(-1)?.type).toBe('ExecutionFailed');
  });

  it('TC-R6 a failing branch fails the Parallel; its Catch runs Recover, the other branch is abandoned', () => {
    const m = machine(`StartAt: Fan
States:
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: Bad
        States:
          - Type: Task
            Name: Bad
            Action: Demo:Fail
            End: true
      - StartAt: Good
        States:
          - Type: Pass
            Name: Good
            End: true
    Catch:
      - Errors: [FnF.ALL]
        Next: Recover
    Next: Done
  - Type: Pass
    Name: Recover
    End: true
  - Type: Pass
    Name: Done
    End: true
`);
    const r = simulate(m, { input: { k: 1 }, mocks: { Bad: { error: 'E1', cause: 'c' } } });
    expect(r.status).toBe('Succeeded');
    expect(r.states['Fan']?.status).toBe('caught');
    expect(r.states['Fan/0/Bad']?.status).toBe('failed');
    expect(r.states['Fan/1/Good']?.status).toBe('notRun');
    expect(r.states['Recover']?.rawInput).toEqual({ k: 1 });
    expect(r.states['Done']?.status).toBe('notRun');
  });

  it('a Fail inside a branch fails the Parallel with its Code, which the Catch can match', () => {
    const m = machine(`StartAt: Fan
States:
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: Stop
        States:
          - Type: Fail
            Name: Stop
            Code: Nope
            Detail: said no
    Catch:
      - Errors: [Nope]
        Next: Recover
        OutputConstructor:
          why.$: $Context.Current.Error.Detail
    End: true
  - Type: Pass
    Name: Recover
    End: true
`);
    const r = simulate(m);
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ why: 'said no' });
  });

  it('retries a Parallel by re-running every branch', () => {
    const m = machine(`StartAt: Fan
States:
  - Type: Parallel
    Name: Fan
    Retry:
      - Errors: [FnF.ALL]
        MaxAttempts: 1
        IntervalSeconds: 10
    Branches:
      - StartAt: T
        States:
          - Type: Task
            Name: T
            Action: Demo:Flaky
            End: true
    End: true
`);
    const r = simulate(m, { mocks: { T: [{ error: 'E' }, { output: { ok: true } }] } });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ Branch0: { ok: true } });
    expect(r.events.filter((e) => e.type === 'BranchEntered').map((e) => e.time)).toEqual([0, 10]);
    expect(r.states['Fan']?.retryCount).toBe(1);
  });

  it('per-rule counters: each rule spends its own budget', () => {
    const m = chargeFlow(`      - Errors: [A]
        MaxAttempts: 1
        IntervalSeconds: 1
      - Errors: [B]
        MaxAttempts: 1
        IntervalSeconds: 5`);
    const r = simulate(m, { mocks: { Charge: [{ error: 'A' }, { error: 'B' }, { output: {} }] } });
    expect(r.status).toBe('Succeeded');
    expect(attemptTimes(r, 'Charge')).toEqual([0, 1, 6]);
  });

  it('a latency beyond Timeout raises FnF.Timeout, which Retry and Catch match', () => {
    const m = machine(`StartAt: Slow
States:
  - Type: Task
    Name: Slow
    Action: Demo:Slow
    Timeout: "30"
    Catch:
      - Errors: [FnF.Timeout]
        Next: Late
        OutputConstructor:
          code.$: $Context.Current.Error.Code
    End: true
  - Type: Pass
    Name: Late
    End: true
`);
    const r = simulate(m, { mocks: { Slow: { latencySeconds: 45, output: {} } } });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ code: 'FnF.Timeout' });
    expect(r.events.find((e) => e.type === 'TaskTimedOut')?.time).toBe(30);
    const fast = simulate(m, { mocks: { Slow: { latencySeconds: 20, output: { v: 1 } } } });
    expect(fast.output).toEqual({ v: 1 });
    expect(fast.virtualSeconds).toBe(20);
  });
});

describe('retryDelay (fdl.md §5.6)', () => {
  it.each([
    [{ IntervalSeconds: 10, BackoffRate: 2 }, [10, 20, 40]],
    [{ IntervalSeconds: 2 }, [2, 2, 2]],
    [{ IntervalSeconds: 10, BackoffRate: 3, MaxBackoffSeconds: 30 }, [10, 30, 30]],
    [{ IntervalSeconds: 0, BackoffRate: 5 }, [0, 0, 0]],
  ])('%j gives %j', (rule, delays) => {
    expect([1, 2, 3].map((n) => retryDelay(rule, n))).toEqual(delays);
  });
});
