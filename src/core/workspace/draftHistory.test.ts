import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../editor/history';
import { createMemoryAdapter } from './adapter';
import { checkDraftHistory, historyToStore, restorableHistory } from './draftHistory';
import { createWorkspaceStore } from './workspaceStore';

const entry = (before: string, after: string, label = 'edit'): HistoryEntry => ({
  label,
  origin: 'yaml',
  before,
  after,
  selBefore: [],
  selAfter: ['A'],
  time: 1,
});

describe('draft history', () => {
  it('round-trips through the store with the draft and comes back restorable', async () => {
    // given a draft autosaved with two undoable edits
    const store = createWorkspaceStore(createMemoryAdapter());
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: 'a' });
    const h = historyToStore({ undo: [entry('a', 'ab'), entry('ab', 'abc')], redo: [] });
    await store.saveDraft(wf.id, 'abc', h);
    // when the workflow is opened again
    const opened = await store.open(wf.id);
    // then the history leads to the text and can be restored, sealed
    const restored = restorableHistory(opened?.history ?? null, opened?.text ?? '');
    expect(restored?.undo.map((e) => e.after)).toEqual(['ab', 'abc']);
    expect(restored?.sealed).toBe(true);
  });

  it('keeps the history when the same text is saved as a version', async () => {
    const store = createWorkspaceStore(createMemoryAdapter());
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: 'a' });
    await store.saveDraft(wf.id, 'ab', historyToStore({ undo: [entry('a', 'ab')], redo: [] }));
    await store.saveVersion(wf.id, 'ab');
    expect((await store.open(wf.id))?.history?.undo).toHaveLength(1);
  });

  it('refuses a history that does not lead to the text', () => {
    // given a history ending at "abc" and a text that is something else
    const h = { undo: [entry('ab', 'abc')], redo: [] };
    // then it is not restored (undo would jump to text the user never had)
    expect(restorableHistory(h, 'xyz')).toBeNull();
    expect(restorableHistory(h, 'abc')).not.toBeNull();
    // and with only redo entries, the latest must start from the text
    expect(restorableHistory({ undo: [], redo: [entry('abc', 'abcd')] }, 'abc')).not.toBeNull();
    expect(restorableHistory({ undo: [], redo: [] }, 'abc')).toBeNull();
  });

  it('drops a damaged stored history but keeps the draft text', async () => {
    // given a draft whose history has a malformed entry
    const db = createMemoryAdapter();
    const store = createWorkspaceStore(db);
    const wf = await store.create({ name: 'A', description: '', mode: 'Standard', text: 'a' });
    await db.drafts.put({
      workflowId: wf.id,
      text: 'edited',
      savedAt: 5,
      history: { undo: [{ label: 1 }], redo: [] },
    });
    // when it is opened
    const opened = await store.open(wf.id);
    // then the text loads and the history is null
    expect(opened?.text).toBe('edited');
    expect(opened?.history).toBeNull();
    expect(checkDraftHistory({ undo: [entry('a', 'b')], redo: 'x' })).toBeNull();
  });

  it('trims to the newest entries within the character budget', () => {
    // given ten entries of 20 characters each (before + after) and room for three
    const undo = Array.from({ length: 10 }, (_, i) =>
      entry(`${i}`.padEnd(10, '.'), `${i + 1}`.padEnd(10, '.'), `e${i}`),
    );
    const kept = historyToStore({ undo, redo: [] }, 60);
    // then the three newest are kept, oldest first
    expect(kept.undo.map((e) => e.label)).toEqual(['e7', 'e8', 'e9']);
  });
});
