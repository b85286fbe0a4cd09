import { describe, expect, it, vi } from 'vitest';
import { ORDER_FLOW } from '../commands/testing/fixtures';
import { createEditorStore } from './createEditorStore';
import { defaultDerive } from './derive';
import { deriveText, packDerived, unpackDerived } from './derivedText';

/** What a Worker would post back: the derivation packed, cloned, unpacked. */
const posted = (text: string, mode: 'Standard' | 'Express' = 'Standard') => {
  const { packed, transfer } = packDerived(deriveText(text, mode));
  return unpackDerived(structuredClone(packed, { transfer }), text);
};

const EDITED = ORDER_FLOW.replace('    Seconds: 5\n', '    Seconds: 7   # longer\n');

describe('commitDerived', () => {
  it('given text derived elsewhere, when committed, then the store holds what a direct commit derives, without parsing', () => {
    const parse = vi.fn(defaultDerive().parse);
    const store = createEditorStore(ORDER_FLOW, { derive: { parse } });
    const direct = createEditorStore(ORDER_FLOW);
    parse.mockClear();

    expect(
      store
        .getState()
        .commitDerived({ source: EDITED, origin: 'yaml', label: 'Typing' }, posted(EDITED)),
    ).toBe(true);
    direct.getState().commit({ source: EDITED, origin: 'yaml', label: 'Typing' });

    expect(parse).not.toHaveBeenCalled();
    const s = store.getState();
    const d = direct.getState();
    expect(s.source).toBe(EDITED);
    expect(s.parse.model).toEqual(d.parse.model);
    expect(s.parse.sourceMap).toEqual(d.parse.sourceMap);
    expect(s.diagnostics).toEqual(d.diagnostics);
    expect(s.graph).toEqual(d.graph);
    expect(s.parse.lineIndex.position(EDITED.indexOf('Seconds: 7'))).toEqual(
      d.parse.lineIndex.position(EDITED.indexOf('Seconds: 7')),
    );
    expect(s.parse.doc).toBeNull();
    expect(s.undoLabel).toBe('Typing');
  });

  it('given a derived text, when a command runs, then it parses once on this thread and edits losslessly', () => {
    const parse = vi.fn(defaultDerive().parse);
    const store = createEditorStore(ORDER_FLOW, { derive: { parse } });
    store.getState().commitDerived({ source: EDITED, origin: 'yaml' }, posted(EDITED));
    parse.mockClear();

    store.getState().prepareCommands();
    store.getState().prepareCommands();
    expect(parse).toHaveBeenCalledTimes(1);
    const r = store.getState().execute('state.rename', { path: 'Hold', newName: 'Pause' });

    expect(r.ok).toBe(true);
    expect(store.getState().source).toContain('Seconds: 7   # longer');
    expect(store.getState().source).toContain('Name: Pause');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().source).toBe(EDITED);
  });

  it('given a derived text with a syntax error, then commands name the line as for a direct commit', () => {
    const broken = ORDER_FLOW.replace('    Seconds: 5\n', '    Seconds: [5\n');
    const store = createEditorStore(ORDER_FLOW);
    store.getState().commitDerived({ source: broken, origin: 'yaml' }, posted(broken));

    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.graph).not.toBeNull();
    const r = s.execute('state.remove', { path: 'Hold' });
    expect(!r.ok && r.reason).toMatch(
      /^The YAML has a syntax error at line \d+: fix it to edit on the canvas$/,
    );
  });

  it('given the mode changed while the text was derived, then diagnostics are validated for the new mode', () => {
    const store = createEditorStore(ORDER_FLOW);
    store.getState().setMode('Express');
    const expressOnly = createEditorStore(EDITED, { mode: 'Express' }).getState().diagnostics;

    store.getState().commitDerived({ source: EDITED, origin: 'yaml' }, posted(EDITED, 'Standard'));

    expect(store.getState().diagnostics).toEqual(expressOnly);
  });

  it('given a derived text with a skipped state, when the mode changes, then validation still knows the skipped state', () => {
    const skippedRef = ORDER_FLOW.replace(
      '  - Type: Wait\n    Name: Hold',
      '  - Type: Sleep\n    Name: Hold',
    );
    const store = createEditorStore(ORDER_FLOW);
    const direct = createEditorStore(skippedRef);
    store.getState().commitDerived({ source: skippedRef, origin: 'yaml' }, posted(skippedRef));

    store.getState().setMode('Express');
    direct.getState().setMode('Express');

    expect(store.getState().diagnostics).toEqual(direct.getState().diagnostics);
  });

  it('given a derivation of another text, then nothing is committed', () => {
    const store = createEditorStore(ORDER_FLOW);
    const ok = store
      .getState()
      .commitDerived({ source: EDITED, origin: 'yaml' }, posted(EDITED + '# more\n'));
    expect(ok).toBe(false);
    expect(store.getState().source).toBe(ORDER_FLOW);
    expect(store.getState().canUndo).toBe(false);
  });
});

describe('adoptDerived', () => {
  it('given a derivation of the current text, when adopted, then the store holds its objects and nothing else changes, and commands need no parse', () => {
    const parse = vi.fn(defaultDerive().parse);
    const store = createEditorStore(ORDER_FLOW, { derive: { parse } });
    store.getState().select(['Hold']);
    const before = store.getState();
    const derived = posted(ORDER_FLOW);
    parse.mockClear();

    expect(store.getState().adoptDerived(derived)).toBe(true);

    const s = store.getState();
    expect(s.parse.model).toBe(derived.model);
    expect(s.graph).toBe(derived.graph);
    expect(s.parse.model).toEqual(before.parse.model);
    expect(s.diagnostics).toEqual(before.diagnostics);
    expect(s.source).toBe(before.source);
    expect(s.revision).toBe(before.revision);
    expect(s.history).toBe(before.history);
    expect(s.selection).toEqual(['Hold']);
    expect(s.parse.doc).toBe(before.parse.doc);
    store.getState().prepareCommands();
    expect(store.getState().execute('state.rename', { path: 'Hold', newName: 'Pause' }).ok).toBe(
      true,
    );
    expect(parse).toHaveBeenCalledTimes(1); // the command's result, not the adopted text
  });

  it('given a derivation of another text or mode, then nothing changes', () => {
    const store = createEditorStore(ORDER_FLOW);
    const before = store.getState();
    expect(store.getState().adoptDerived(posted(EDITED))).toBe(false);
    expect(store.getState().adoptDerived(posted(ORDER_FLOW, 'Express'))).toBe(false);
    expect(store.getState()).toBe(before);
  });
});
