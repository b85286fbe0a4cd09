import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, createWorkspaceStore, type WorkspaceStore } from '../../core';
import type { ExecutionRecord } from '../simulator';
import { createPersistentExecutionStore } from './persistentExecutions';

const run = (over: Partial<ExecutionRecord> = {}): ExecutionRecord => ({
  id: 'run-1',
  workflow: 'Orders',
  name: 'exec-1',
  status: 'Running',
  startTime: 1000,
  virtualSeconds: 0,
  error: null,
  ...over,
});

/** Waits for the queued writes (they run in order on resolved promises). */
const settle = () => new Promise((r) => setTimeout(r, 10));

function setup() {
  const ws = createWorkspaceStore(createMemoryAdapter());
  return { ws, page: (session: string) => createPersistentExecutionStore(ws, { session }) };
}

describe('persistent execution store', () => {
  it('keeps the executions of a stored workflow across a reload', async () => {
    // given a page where workflow w1 ran once, its record updated until it succeeded
    const { page } = setup();
    const first = page('a');
    await first.load();
    first.bind('w1');
    first.put(run());
    first.put(run({ status: 'Succeeded', virtualSeconds: 3 }));
    await settle();
    // when the page is reloaded (a new store over the same storage) and the store loads
    const second = page('b');
    await second.load();
    second.bind('w1');
    // then the execution is listed once, with its last status
    expect(second.list('Orders').map((r) => [r.name, r.status])).toEqual([['exec-1', 'Succeeded']]);
    expect(second.ofWorkflow('w1')).toHaveLength(1);
  });

  it('does not let a new session overwrite an earlier run with the same simulator id', async () => {
    // given a run "run-1" stored by an earlier page
    const { page } = setup();
    const first = page('a');
    first.bind('w1');
    first.put(run({ name: 'old', status: 'Succeeded' }));
    await settle();
    // when the next page's simulator starts its own "run-1"
    const second = page('b');
    await second.load();
    second.bind('w1');
    second.put(run({ name: 'new', startTime: 2000 }));
    await settle();
    // then both are kept, newest first
    const third = page('c');
    await third.load();
    expect(third.ofWorkflow('w1').map((r) => r.name)).toEqual(['new', 'old']);
  });

  it('keeps scratch runs (no workflow bound) in memory only, listed by name', async () => {
    // given a scratch session's run
    const { ws, page } = setup();
    const s = page('a');
    s.put(run({ workflow: 'Sample' }));
    await settle();
    // then the simulator lists it by its name, and nothing is stored
    expect(s.list('Sample')).toHaveLength(1);
    expect(s.list('Other')).toHaveLength(0);
    expect((await ws.listExecutions()).executions).toEqual([]);
  });

  it('returns the same array until something changes and notifies subscribers', async () => {
    const { page } = setup();
    const s = page('a');
    s.bind('w1');
    let calls = 0;
    s.subscribe(() => calls++);
    const before = s.list('Orders');
    expect(s.list('Orders')).toBe(before);
    s.put(run());
    expect(s.list('Orders')).not.toBe(before);
    expect(calls).toBeGreaterThan(0);
    await settle();
  });

  it('reports damaged stored executions and a failing write', async () => {
    // given storage with a damaged execution and writes that fail (quota)
    const db = createMemoryAdapter();
    await db.executions.put({ id: 'junk', status: 'Nope' });
    const base = createWorkspaceStore(db);
    const failing: WorkspaceStore = {
      ...base,
      putExecution: () => Promise.reject(new Error('quota')),
    };
    const errors: unknown[] = [];
    const s = createPersistentExecutionStore(failing, { onError: (e) => errors.push(e) });
    // when it loads and a run is recorded
    await s.load();
    s.bind('w1');
    s.put(run());
    await settle();
    // then the damaged record is reported and skipped, the failure is passed on, the run listed
    expect(s.corrupt().map((c) => c.key)).toEqual(['junk']);
    expect(errors).toHaveLength(1);
    expect(s.list('Orders')).toHaveLength(1);
  });

  it('forgets a purged workflow', async () => {
    const { ws, page } = setup();
    const s = page('a');
    s.bind('w1');
    s.put(run());
    await settle();
    await ws.purge('w1');
    s.forget('w1');
    expect(s.ofWorkflow('w1')).toEqual([]);
    expect((await ws.listExecutions()).executions).toEqual([]);
  });
});
