import { describe, expect, it } from 'vitest';
import { ORDER_FLOW } from '../commands/testing/fixtures';
import { createEditorStore } from './createEditorStore';
import { defaultDerive } from './derive';

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createEditorStore', () => {
  it('given a valid text, then model, diagnostics and graph are derived', () => {
    const s = createEditorStore(ORDER_FLOW).getState();
    expect(s.parse.ok).toBe(true);
    expect(s.lastGood).toBe(s.parse);
    expect(s.graph).not.toBeNull();
    expect(s.stale).toBe(false);
    expect(s.canUndo).toBe(false);
  });

  it('given typing with one coalescing key within a second, then it is one history entry', () => {
    const c = clock();
    const store = createEditorStore('a: 1\n', { now: c.now });
    const { commit } = store.getState();
    commit({ source: 'a: 12\n', origin: 'yaml', coalesceKey: 'typing', label: 'Typing' });
    c.advance(400);
    commit({ source: 'a: 123\n', origin: 'yaml', coalesceKey: 'typing', label: 'Typing' });
    c.advance(1500);
    commit({ source: 'a: 1234\n', origin: 'yaml', coalesceKey: 'typing', label: 'Typing' });
    expect(store.getState().history.undo).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().source).toBe('a: 123\n');
    store.getState().undo();
    expect(store.getState().source).toBe('a: 1\n');
    expect(store.getState().undo()).toBe(false);
  });

  it('given an inspector session, when a command runs repeatedly with one coalescing key, then it is one entry', () => {
    const c = clock();
    const store = createEditorStore(ORDER_FLOW, { now: c.now });
    for (const seconds of [6, 7, 8]) {
      c.advance(300);
      const r = store
        .getState()
        .execute(
          'state.setField',
          { path: 'Hold', field: 'Seconds', value: seconds },
          'inspector',
          {
            coalesceKey: 'inspector:Hold/Seconds',
            label: 'Edit Seconds',
          },
        );
      expect(r.ok).toBe(true);
    }
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().undoLabel).toBe('Edit Seconds');
    store.getState().undo();
    expect(store.getState().source).toBe(ORDER_FLOW);
  });

  it('given an inspector field session with long pauses, then it stays one entry until sealed', () => {
    const c = clock();
    const store = createEditorStore('a: 1\n', { now: c.now });
    store.getState().commit({ source: 'a: 2\n', origin: 'inspector', coalesceKey: 'k' });
    c.advance(5000);
    store.getState().commit({ source: 'a: 3\n', origin: 'inspector', coalesceKey: 'k' });
    expect(store.getState().history.undo).toHaveLength(1);
    c.advance(5000);
    store.getState().commit({ source: 'a: 4\n', origin: 'yaml', coalesceKey: 'typing' });
    c.advance(5000);
    store.getState().commit({ source: 'a: 5\n', origin: 'yaml', coalesceKey: 'typing' });
    expect(store.getState().history.undo).toHaveLength(3);
  });

  it('given a sealed session, then the next change with the same key is a new entry', () => {
    const c = clock();
    const store = createEditorStore('a: 1\n', { now: c.now });
    store.getState().commit({ source: 'a: 2\n', origin: 'inspector', coalesceKey: 'k' });
    store.getState().sealHistory();
    store.getState().commit({ source: 'a: 3\n', origin: 'inspector', coalesceKey: 'k' });
    expect(store.getState().history.undo).toHaveLength(2);
  });

  it('given an undone change, when only the selection changes, then redo survives; a new edit clears it', () => {
    const store = createEditorStore(ORDER_FLOW);
    expect(store.getState().execute('state.rename', { path: 'Hold', newName: 'Pause' }).ok).toBe(
      true,
    );
    store.getState().undo();
    store.getState().select(['Check']);
    expect(store.getState().canRedo).toBe(true);
    expect(store.getState().history.undo).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().source).toContain('Name: Pause');
    expect(store.getState().selection).toEqual(['Pause']);
    store.getState().undo();
    store.getState().commit({ source: ORDER_FLOW + '# x\n', origin: 'yaml' });
    expect(store.getState().canRedo).toBe(false);
  });

  it('given undo, then the selection before the change comes back', () => {
    const store = createEditorStore(ORDER_FLOW);
    store.getState().select(['Hold']);
    store.getState().execute('state.remove', { path: 'Hold' });
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['Hold']);
    expect(store.getState().source).toBe(ORDER_FLOW);
    expect(store.getState().undoLabel).toBe(null);
    expect(store.getState().redoLabel).toBe('Delete Hold');
  });

  it('given a commit equal to the source, then nothing happens', () => {
    const store = createEditorStore(ORDER_FLOW);
    const before = store.getState();
    expect(store.getState().commit({ source: ORDER_FLOW, origin: 'yaml' })).toBe(false);
    expect(store.getState()).toBe(before);
  });

  it('given a syntax error, then commands are refused with the line and the last good model stays', () => {
    const store = createEditorStore(ORDER_FLOW);
    const good = store.getState().lastGood;
    const broken = ORDER_FLOW.replace('    Seconds: 5\n', '    Seconds: [5\n');
    store.getState().commit({ source: broken, origin: 'yaml' });
    const s = store.getState();
    expect(s.parse.ok).toBe(false);
    expect(s.stale).toBe(true);
    expect(s.lastGood).toBe(good);
    expect(s.graph).not.toBeNull();
    const r = s.execute('state.remove', { path: 'Hold' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(
      /^The YAML has a syntax error at line \d+: fix it to edit on the canvas$/,
    );
    expect(s.canExecute('state.remove', { path: 'Hold' })).toMatch(/syntax error/);
  });

  it('given a compound gesture, when transacted, then all steps are one entry and a refusal applies none', () => {
    const store = createEditorStore(ORDER_FLOW);
    const r = store.getState().transact('Insert wait', 'canvas', [
      () => ({
        command: 'state.add',
        args: { type: 'Wait', name: 'Pause', scope: '', index: 4 },
      }),
      ({ selection }) => ({
        command: 'transition.setNext',
        args: { path: selection?.[0] ?? '', target: 'Check' },
      }),
      () => ({ command: 'transition.setNext', args: { path: 'Hold', target: 'Pause' } }),
    ]);
    expect(r.ok).toBe(true);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().undoLabel).toBe('Insert wait');
    expect(store.getState().selection).toEqual(['Pause']);
    expect(store.getState().source).toContain(
      '    Name: Pause\n    Seconds: 10\n    Next: Check\n',
    );
    const bad = store
      .getState()
      .transact('Bad', 'canvas', [
        () => ({ command: 'state.remove', args: { path: 'Pause' } }),
        () => ({ command: 'transition.setNext', args: { path: 'Done', target: 'Hold' } }),
      ]);
    expect(bad.ok).toBe(false);
    expect(store.getState().history.undo).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().source).toBe(ORDER_FLOW);
  });

  it('given broken text, when a document is imported, then it replaces the text and undo brings the broken text back', () => {
    const store = createEditorStore('States: [\n');
    const r = store.getState().execute('document.replace', { text: ORDER_FLOW }, 'palette');
    expect(r.ok && r.changed).toBe(true);
    expect(store.getState().parse.ok).toBe(true);
    store.getState().undo();
    expect(store.getState().source).toBe('States: [\n');
  });

  it('given a text that parses but is not a definition, then commands say why', () => {
    const store = createEditorStore('- just\n- a list\n');
    const r = store.getState().execute('state.add', { type: 'Pass' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/\(line 1\): fix it to edit on the canvas$/);
    expect(!r.ok && r.reason).not.toMatch(/syntax error/);
  });

  it('given load, then history is reset', () => {
    const store = createEditorStore(ORDER_FLOW);
    store.getState().execute('state.remove', { path: 'Hold' });
    store.getState().load('Type: StateMachine\n');
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().lastOrigin).toBe('load');
  });

  it('given more than the cap of entries, then the oldest are dropped', () => {
    const store = createEditorStore('n: 0\n', { historyLimit: 5 });
    for (let i = 1; i <= 8; i++) store.getState().commit({ source: `n: ${i}\n`, origin: 'yaml' });
    expect(store.getState().history.undo).toHaveLength(5);
    while (store.getState().undo());
    expect(store.getState().source).toBe('n: 3\n');
  });

  it('given pluggable derivations, then they run once per source change and diagnostics re-run on mode change', () => {
    const calls = { parse: 0, validate: 0, graph: 0 };
    const real = defaultDerive();
    const store = createEditorStore(ORDER_FLOW, {
      derive: {
        parse: (t) => (calls.parse++, real.parse(t)),
        validate: (p, o) => (calls.validate++, real.validate(p, o)),
        graph: (m) => (calls.graph++, { states: m.States.length }),
      },
    });
    expect(calls).toEqual({ parse: 1, validate: 1, graph: 1 });
    store.getState().select(['Hold']);
    store.getState().canExecute('state.remove', { path: 'Hold' });
    expect(calls).toEqual({ parse: 1, validate: 1, graph: 1 });
    store.getState().execute('state.remove', { path: 'Hold' });
    expect(calls).toEqual({ parse: 2, validate: 2, graph: 2 });
    expect(store.getState().graph).toEqual({ states: 6 });
    store.getState().setMode('Express');
    expect(calls.validate).toBe(3);
  });
});
