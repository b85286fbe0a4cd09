import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { createRun, simulate } from './run';
import type { MockResponse, RunSnapshot } from './types';

function sampleText(n: number): string {
  const name = `sample${String(n).padStart(2, '0')}.yaml`;
  return readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');
}

function load(text: string): StateMachine {
  const parsed = parseSource(text);
  if (!parsed.model) throw new Error(parsed.diagnostics[0]?.message);
  return parsed.model;
}

const sample = (n: number) => load(sampleText(n));
const times = (r: RunSnapshot, type: string, state: string) =>
  r.events.filter((e) => e.type === type && e.state === state).map((e) => e.time);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sample flows of fdl.md §10', () => {
  it('Sample 1 hello: format()', () => {
    const r = simulate(sample(1), { input: { name: 'world' } });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ greeting: 'hello world', source: 'static-text' });
  });

  it.each([
    [
      { order: { id: 'o1', amount: 1500 }, customer: { vip: true } },
      { orderId: 'o1', lane: 'vip' },
    ],
    [
      { order: { id: 'o2', amount: 50 }, customer: { vip: true } },
      { orderId: 'o2', lane: 'standard' },
    ],
  ])('Sample 2 order router %j → %j', (input, output) => {
    const r = simulate(sample(2), { input });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual(output);
  });

  it('Sample 2 order router: amount 0 fails with InvalidAmount', () => {
    const r = simulate(sample(2), {
      input: { order: { id: 'o3', amount: 0 }, customer: { vip: false } },
    });
    expect(r.status).toBe('Failed');
    expect(r.error).toEqual({ code: 'InvalidAmount', detail: 'order amount must be positive' });
    expect(r.states['Reject']?.status).toBe('failed');
  });

  it('Sample 3 polling loop: three polls, 30 virtual seconds', () => {
    const r = simulate(sample(3), {
      input: { source: 's3://x' },
      mocks: {
        SubmitJob: { output: { jobId: 'j-1' } },
        CheckJob: [
          { output: { status: 'RUNNING' } },
          { output: { status: 'RUNNING' } },
          { output: { status: 'SUCCEEDED' } },
        ],
      },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ jobId: 'j-1', status: 'SUCCEEDED', pollSeconds: 10 });
    expect(r.virtualSeconds).toBe(30);
    expect(r.states['CheckJob']?.visits).toBe(3);
    expect(r.states['IsDone']?.visits).toBe(3);
    expect(r.states['SubmitJob']?.parameters).toMatchObject({ body: { source: 's3://x' } });
    expect(r.states['JobFailed']?.status).toBe('notRun');
  });

  const payment = { orderId: 'o1', amount: 10 };
  it('Sample 4 throttled 3× then charged: delays 2, 4, 8 s', () => {
    const throttled: MockResponse = { error: 'FC.ResourceThrottled' };
    const r = simulate(sample(4), {
      input: payment,
      mocks: { Charge: [throttled, throttled, throttled, { output: { chargeId: 'c-9' } }] },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ orderId: 'o1', chargeId: 'c-9' });
    expect(times(r, 'TaskScheduled', 'Charge')).toEqual([0, 2, 6, 14]);
  });

  it('Sample 4 PaymentDeclined: no retry, NotifyDeclined gets the reason', () => {
    const r = simulate(sample(4), {
      input: payment,
      mocks: { Charge: { error: 'PaymentDeclined', cause: 'card expired' } },
    });
    expect(r.status).toBe('Succeeded');
    expect(times(r, 'TaskScheduled', 'Charge')).toEqual([0]);
    expect(r.output).toEqual({ orderId: 'o1', reason: 'card expired' });
    expect(r.states['Charge']?.status).toBe('caught');
  });

  it('Sample 4 other errors: Compensate (async) then Failed ChargeFailed', () => {
    const r = simulate(sample(4), {
      input: payment,
      mocks: { Charge: { error: 'FC.InternalServerError' }, Compensate: { output: {} } },
    });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('ChargeFailed');
    expect(r.states['Compensate']?.rawInput).toEqual({
      orderId: 'o1',
      errorCode: 'FC.InternalServerError',
    });
    expect(r.events.some((e) => e.type === 'TaskSubmitted' && e.state === 'Compensate')).toBe(true);
  });

  it('Sample 4 in Express mode: WaitForSystemCallback is refused', () => {
    const r = simulate(sample(4), {
      input: payment,
      mode: 'Express',
      mocks: { Charge: { error: 'FC.InternalServerError' } },
    });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.TaskModeNotSupported');
    expect(r.events.some((e) => e.type === 'TaskSubmitFailed')).toBe(true);
  });

  it('Sample 5 profile enrichment: HTTP body parsed, Choice inside a branch', () => {
    const r = simulate(sample(5), {
      input: { userId: 'u1', points: 1200 },
      mocks: { GetOrders: { output: { Body: '{"orders":[{"id":1},{"id":2}]}' } } },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.states['Enrich']?.output).toEqual({
      Branch0: { ordersDoc: { orders: [{ id: 1 }, { id: 2 }] } },
      Branch1: { tier: 'gold' },
    });
    expect(r.output).toEqual({ userId: 'u1', orderCount: 2, tier: 'gold' });
    expect(r.states['Enrich/0/GetOrders']?.parameters).toEqual({
      method: 'GET',
      url: 'https://api.example.com/users/u1/orders',
    });
    expect(r.states['Enrich/1/Basic']?.status).toBe('notRun');
  });

  it('Sample 6 thumbnail batch: inline Map with Choice and Task', () => {
    const r = simulate(sample(6), {
      input: {
        images: [
          { key: 'a.jpg', format: 'jpg' },
          { key: 'b.gif', format: 'gif' },
        ],
      },
      mocks: { MakeThumbnail: { output: { thumbnailKey: 'thumbs/a.jpg' } } },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({
      results: [
        { key: 'a.jpg', thumbnail: 'thumbs/a.jpg' },
        { key: 'b.gif', skipped: true },
      ],
      total: 2,
    });
    const its = r.states['ForEachImage']?.iterations ?? [];
    expect(its[0]?.states['ForEachImage/MakeThumbnail']?.status).toBe('succeeded');
    expect(its[1]?.states['ForEachImage/MakeThumbnail']?.status).toBe('notRun');
    expect(its[1]?.states['ForEachImage/Skip']?.status).toBe('succeeded');
  });

  it.each([
    [{ Code: 204, Header: {}, Body: '' }, 'Succeeded', { status: 204, response: '' }],
    [{ Code: 500, Header: {}, Body: 'oops' }, 'Failed', null],
  ] as const)('Sample 7 webhook answering %j → %s', (mock, status, output) => {
    const r = simulate(sample(7), {
      input: { orderId: 'o1' },
      mocks: { CallWebhook: { output: mock } },
    });
    expect(r.status).toBe(status);
    expect(r.output).toEqual(output);
    if (status === 'Failed') expect(r.error?.code).toBe('WebhookRejected');
    expect(r.states['CallWebhook']?.parameters).toMatchObject({
      body: { event: 'order.created', orderId: 'o1' },
    });
  });

  it('Sample 8 manual approval: pauses, then ReportTaskSucceeded', () => {
    const run = createRun(sample(8), { input: { requestId: 'r1' } });
    const paused = run.runToEnd();
    expect(paused.status).toBe('Paused');
    const pending = paused.pending[0];
    expect(pending?.path).toBe('RequestApproval');
    expect(pending?.timeoutAt).toBe(86400);
    // the token was available to Parameters through $Context.Current.TaskToken
    expect(pending?.parameters).toMatchObject({
      body: { requestId: 'r1', callbackToken: pending?.token },
    });
    run.reportSuccess(pending?.token ?? '', { approver: 'alice' });
    const r = run.runToEnd();
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ requestId: 'r1', approver: 'alice' });
  });

  it('Sample 8 manual approval: ReportTaskFailed goes to Rejected', () => {
    const run = createRun(sample(8), { input: { requestId: 'r1' } });
    const token = run.runToEnd().pending[0]?.token ?? '';
    run.reportFailure(token, 'Rejected', 'budget');
    const r = run.runToEnd();
    expect(r.output).toEqual({ requestId: 'r1', error: 'Rejected' });
  });

  it('Sample 8 manual approval: no callback within 86,400 s times out to Rejected', () => {
    const run = createRun(sample(8), { input: { requestId: 'r1' } });
    run.runToEnd();
    run.skipWait();
    const r = run.runToEnd();
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ requestId: 'r1', error: 'FnF.Timeout' });
    expect(r.virtualSeconds).toBe(86400);
  });

  it('Sample 8 is refused in Express mode', () => {
    const r = simulate(sample(8), { input: { requestId: 'r1' }, mode: 'Express' });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.TaskModeNotSupported');
  });

  it('Sample 9 parent/child: the child result is the output', () => {
    const r = simulate(sample(9), {
      input: { orderId: 'o1' },
      executionName: 'exec-7',
      mocks: { RunChild: { output: { ok: true } } },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ childResult: { ok: true } });
    expect(r.states['RunChild']?.parameters).toMatchObject({
      executionName: 'exec-7-child',
      input: { orderId: 'o1' },
    });
  });

  it('Sample 9 with RequestComplete: the start result', () => {
    const m = load(
      sampleText(9).replace('TaskMode: WaitForSystemCallback', 'TaskMode: RequestComplete'),
    );
    const r = simulate(m, { input: { orderId: 'o1' }, executionName: 'exec-7' });
    const child = (r.output as { childResult: Record<string, string> }).childResult;
    expect(child.FlowName).toBe('child-flow');
    expect(child.ExecutionName).toBe('exec-7-child');
    expect(child.RequestID).toMatch(UUID);
  });

  it('Sample 10 globals, uuid, jsonMerge', () => {
    const r = simulate(sample(10), {
      input: { tenant: 't1' },
      mocks: { Lookup: { output: { plan: 'pro' } } },
    });
    expect(r.status).toBe('Succeeded');
    const out = r.output as { summary: unknown; traceId: string };
    expect(out.summary).toEqual({ plan: 'pro', ok: true });
    expect(out.traceId).toMatch(UUID);
    expect(r.states['Lookup']?.parameters).toEqual(
      expect.objectContaining({ body: { tenant: 't1', traceId: out.traceId } }),
    );
  });

  const rows = Array.from({ length: 40 }, (_, i) => ({ n: i }));
  const handle = (failing: number[]): MockResponse[] =>
    rows.map((_, i) =>
      failing.includes(i) ? { error: 'RowError', cause: `row ${i}` } : { output: { done: i } },
    );

  it('Sample 11 distributed Map: ItemConstructor with $Item, child executions, 5% tolerance', () => {
    const r = simulate(sample(11), {
      input: { rows, tag: 'b1' },
      mocks: { Handle: handle([3, 9]) },
    });
    expect(r.status).toBe('Succeeded');
    const items = (r.output as { Items: unknown[] }).Items;
    expect(items).toHaveLength(40);
    expect(items[0]).toEqual({ Body: { done: 0 } });
    expect(items[3]).toEqual({ Error: 'RowError', Cause: 'row 3' });
    const it0 = r.states['ProcessRows']?.iterations?.[0];
    expect(it0?.input).toEqual({ row: { n: 0 }, batchTag: 'b1' });
    expect(it0?.states['ProcessRows/Handle']?.parameters).toMatchObject({
      body: { row: { n: 0 }, batchTag: 'b1' },
    });
    // each child execution has its own history; the parent has no per-item events
    expect(it0?.events?.[0]?.type).toBe('ExecutionStarted');
    expect(it0?.events?.at(-1)?.type).toBe('ExecutionSucceeded');
    expect(r.events.some((e) => e.type === 'IterationEntered')).toBe(false);
  });

  it('Sample 11 distributed Map: a third failure in 40 exceeds 5% and fails the Map', () => {
    const r = simulate(sample(11), {
      input: { rows, tag: 'b1' },
      mocks: { Handle: handle([3, 9, 20]) },
    });
    expect(r.status).toBe('Failed');
    expect(r.error).toEqual({ code: 'RowError', detail: 'row 20' });
    expect(r.states['ProcessRows']?.iterations?.[21]?.status).toBe('notRun');
  });

  const regions = { regions: [{ id: 'cn-hangzhou' }, { id: 'cn-beijing' }] };
  it('Sample 12 nightly report: Parallel ⊃ Map ⊃ Parallel', () => {
    const r = simulate(sample(12), {
      input: regions,
      mocks: {
        Sales: [{ output: { total: 10 } }, { output: { total: 20 } }],
        Visits: [{ output: { count: 100 } }, { output: { count: 200 } }],
      },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({
      regions: [
        { region: 'cn-hangzhou', sales: 10, visits: 100 },
        { region: 'cn-beijing', sales: 20, visits: 200 },
      ],
      target: 1000000,
    });
    // both regions run concurrently (MaxConcurrency 5): the 2 s Pause is the critical path
    expect(r.virtualSeconds).toBe(2);
    expect(r.states['Gather/0/PerRegion/RegionStats/1/Visits']?.visits).toBe(2);
  });

  it('Sample 12 nightly report: Visits always fails → one retry after 10 s → GatherFailed → Abort', () => {
    const r = simulate(sample(12), {
      input: regions,
      mocks: { Sales: { output: { total: 1 } }, Visits: { error: 'FC.InternalServerError' } },
    });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('GatherFailed');
    expect(r.states['GatherFailed']?.rawInput).toEqual({
      stage: 'gather',
      error: 'FC.InternalServerError',
    });
    expect(r.states['Gather']?.retryCount).toBe(1);
    expect(r.states['Gather']?.status).toBe('caught');
    expect(times(r, 'StepStarted', 'Gather/0/PerRegion')).toEqual([0, 12]);
  });

  it('Sample 13 generic OpenAPI integration: the mock is the raw result', () => {
    const r = simulate(sample(13), {
      mocks: { ListInstances: { output: { TotalCount: 3, Instances: { Instance: [] } } } },
    });
    expect(r.output).toEqual({ count: 3 });
    expect(r.states['ListInstances']?.parameters).toEqual({
      RegionId: 'cn-hangzhou',
      PageSize: 50,
    });
  });
});

describe("the guide's example (decisions.md)", () => {
  const guide = () =>
    load(
      readFileSync(
        new URL('../../../fixtures/valid/guide-invoke-function.yaml', import.meta.url),
        'utf8',
      ),
    );

  it('FC.AccessDenied is caught and Hello World runs with the failed state input', () => {
    const r = simulate(guide(), {
      input: { a: 1 },
      mocks: { InvokeFunction: { error: 'FC.AccessDenied', cause: 'denied' } },
    });
    expect(r.status).toBe('Succeeded');
    expect(r.states['InvokeFunction']?.status).toBe('caught');
    expect(r.states['Hello World']?.status).toBe('succeeded');
    expect(r.output).toEqual({ a: 1 });
    // Retry with Errors: [] matches nothing, so there is no retry
    expect(times(r, 'TaskScheduled', 'InvokeFunction')).toEqual([0]);
  });

  it('without a mock the task returns {} (Body {}) and the log says so', () => {
    const r = simulate(guide());
    expect(r.status).toBe('Succeeded');
    expect(r.output).toEqual({ Body: {} });
    expect(r.log.join('\n')).toMatch(/InvokeFunction' has no mock/);
  });
});
