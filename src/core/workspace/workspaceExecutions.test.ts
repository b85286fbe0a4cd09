import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from './adapter';
import { checkExecutionRecord, type ExecutionRecordStored } from './records';
import { createWorkspaceStore } from './workspaceStore';

const TEXT =
  'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n  - Name: A\n    Type: Pass\n    End: true\n';

function setup() {
  const db = createMemoryAdapter();
  let id = 0;
  const store = createWorkspaceStore(db, { now: () => 1000, newId: () => `id${++id}` });
  return { db, store };
}

const exec = (over: Partial<ExecutionRecordStored> = {}): ExecutionRecordStored => ({
  id: 's1-run-1',
  workflowId: 'w1',
  workflow: 'Orders',
  name: 'exec-1',
  status: 'Succeeded',
  startTime: 5000,
  virtualSeconds: 2,
  error: null,
  ...over,
});

describe('workspace executions', () => {
  it('keeps executions newest first and replaces a record with the same id', async () => {
    // given two executions, the first updated after its run finished
    const { store } = setup();
    await store.putExecution(exec({ status: 'Running' }));
    await store.putExecution(exec({ id: 's1-run-2', startTime: 9000, status: 'Failed' }));
    await store.putExecution(exec({ status: 'Succeeded' }));
    // when they are listed
    const { executions, corrupt } = await store.listExecutions();
    // then there are two, newest first, the first one with its final status
    expect(executions.map((e) => [e.id, e.status])).toEqual([
      ['s1-run-2', 'Failed'],
      ['s1-run-1', 'Succeeded'],
    ]);
    expect(corrupt).toEqual([]);
  });

  it('skips and reports damaged execution records', async () => {
    // given a good record and two damaged ones on disk
    const { db, store } = setup();
    await store.putExecution(exec());
    await db.executions.put({ id: 'bad-1', workflowId: 'w1', name: 'x', status: 'Exploded' });
    await db.executions.put({ id: 'bad-2', status: 'Succeeded' });
    // when the executions are listed
    const { executions, corrupt } = await store.listExecutions();
    // then only the good one loads and both damaged ones are named
    expect(executions.map((e) => e.id)).toEqual(['s1-run-1']);
    expect(corrupt.map((c) => [c.table, c.key])).toEqual([
      ['executions', 'bad-1'],
      ['executions', 'bad-2'],
    ]);
  });

  it('keeps executions while a workflow is in the trash and deletes them with it for good', async () => {
    // given a workflow with an execution and another workflow's execution
    const { store } = setup();
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: TEXT });
    await store.putExecution(exec({ workflowId: wf.id }));
    await store.putExecution(exec({ id: 'other', workflowId: 'someone-else' }));
    // when it is trashed, the execution stays (restorable with the workflow)
    await store.trash(wf.id);
    expect((await store.listExecutions()).executions).toHaveLength(2);
    // and when it is deleted for good, its execution goes too
    await store.purge(wf.id);
    const left = (await store.listExecutions()).executions;
    expect(left.map((e) => e.id)).toEqual(['other']);
  });

  it('checks the error field and keeps unknown extra fields out', () => {
    // given a stored record with a malformed error and an extra field
    const r = checkExecutionRecord({ ...exec(), error: { code: 1 }, extra: 'x' });
    // then it loads with no error and only the known fields
    expect(r.ok && r.value.error).toBeNull();
    expect(r.ok && Object.keys(r.value)).not.toContain('extra');
    // and a failure keeps its code and detail
    const f = checkExecutionRecord(exec({ error: { code: 'States.Timeout', detail: 'late' } }));
    expect(f.ok && f.value.error).toEqual({ code: 'States.Timeout', detail: 'late' });
  });
});
