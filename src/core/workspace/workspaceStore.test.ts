import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from './adapter';
import { createWorkspaceStore } from './workspaceStore';

const TEXT =
  'Type: StateMachine\r\nSpecVersion: v1\r\n# keep me\r\nStartAt: A\r\nStates:\r\n  - Name: A\r\n    Type: Pass\r\n    End: true\r\n';

function setup() {
  const db = createMemoryAdapter();
  let t = 1000;
  let id = 0;
  const store = createWorkspaceStore(db, { now: () => ++t, newId: () => `id${++id}` });
  return { db, store };
}

describe('workspace store', () => {
  it('creates a workflow with a first version and reopens its text byte-identical', async () => {
    // given a new workflow
    const { store } = setup();
    const wf = await store.create({
      name: 'Orders',
      description: 'd',
      mode: 'Express',
      text: TEXT,
    });
    // when it is opened
    const opened = await store.open(wf.id);
    // then the text, the saved text and the record are as created
    expect(opened?.text).toBe(TEXT);
    expect(opened?.savedText).toBe(TEXT);
    expect(opened?.workflow.mode).toBe('Express');
    expect(opened?.versions.map((v) => v.number)).toEqual([1]);
  });

  it('restores the autosaved draft, separate from saved versions', async () => {
    // given a workflow whose draft was autosaved after an edit
    const { store } = setup();
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: TEXT });
    const edited = TEXT.replace('Pass', 'Succeed') + '\n\n';
    await store.saveDraft(wf.id, edited);
    // when it is opened again (a reload)
    const opened = await store.open(wf.id);
    // then the draft is the working text and the saved text is the last version
    expect(opened?.text).toBe(edited);
    expect(opened?.savedText).toBe(TEXT);
    expect(opened?.versions).toHaveLength(1);
  });

  it('numbers versions and makes the last one the saved text', async () => {
    const { store } = setup();
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: TEXT });
    await store.saveVersion(wf.id, TEXT + '# v2\n', 'second');
    const opened = await store.open(wf.id);
    expect(opened?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(opened?.savedText).toBe(TEXT + '# v2\n');
    expect(opened?.text).toBe(TEXT + '# v2\n');
  });

  it('trashes, restores and purges', async () => {
    const { store } = setup();
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: TEXT });
    await store.trash(wf.id);
    expect((await store.list()).workflows[0]?.deletedAt).not.toBeNull();
    await store.restore(wf.id);
    expect((await store.list()).workflows[0]?.deletedAt).toBeNull();
    await store.purge(wf.id);
    expect((await store.list()).workflows).toEqual([]);
    expect(await store.versions(wf.id)).toEqual([]);
  });

  it('duplicates with the draft and settings', async () => {
    const { store } = setup();
    const wf = await store.create({
      name: 'A',
      description: 'x',
      mode: 'Express',
      text: TEXT,
      settings: { roleArn: 'acs:ram::1:role/r', regionId: 'cn', accountId: '1' },
    });
    await store.saveDraft(wf.id, 'draft text');
    const copy = await store.duplicate(wf.id, 'A (copy)');
    const opened = await store.open(copy?.id ?? '');
    expect(opened?.workflow.name).toBe('A (copy)');
    expect(opened?.workflow.settings.roleArn).toBe('acs:ram::1:role/r');
    expect(opened?.text).toBe('draft text');
    expect(opened?.savedText).toBe(TEXT);
  });

  it('reports and skips corrupt records instead of failing', async () => {
    // given a good workflow and junk in every table
    const { db, store } = setup();
    const wf = await store.create({ name: 'Good', description: '', mode: 'Standard', text: TEXT });
    await db.workflows.put({ id: 'bad', name: 42 });
    await db.versions.put({ id: 'v-bad', workflowId: wf.id, text: 7 });
    await db.drafts.put({ workflowId: wf.id, text: null });
    // when listing and opening
    const listed = await store.list();
    const opened = await store.open(wf.id);
    // then the good record is there and each bad one is reported once
    expect(listed.workflows.map((w) => w.name)).toEqual(['Good']);
    expect(listed.corrupt).toEqual([{ table: 'workflows', key: 'bad', reason: 'missing name' }]);
    expect(opened?.text).toBe(TEXT);
    expect(store.takeCorrupt().map((c) => `${c.table}:${c.key}`)).toEqual([
      `versions:v-bad`,
      `drafts:${wf.id}`,
    ]);
    expect(await store.open('bad')).toBeNull();
  });

  it('updates names and settings and moves updatedAt', async () => {
    const { store } = setup();
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: TEXT });
    const next = await store.update(wf.id, { name: 'B', validation: { errors: 1, warnings: 0 } });
    expect(next?.name).toBe('B');
    expect(next?.validation).toEqual({ errors: 1, warnings: 0 });
    expect(next?.updatedAt).toBeGreaterThan(wf.updatedAt);
  });
});
