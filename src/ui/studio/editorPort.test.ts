import { describe, expect, it } from 'vitest';
import { createEditorPort } from './editorPort';

const TEXT = [
  'Type: StateMachine',
  'SpecVersion: v1',
  'StartAt: A',
  'States:',
  '  - Type: Wait',
  '    Name: A',
  '    Seconds: 1',
  '    Next: B',
  '  - Type: Pass',
  '    Name: B',
  '    End: true',
  '',
].join('\n');

describe('createEditorPort: typed text not committed yet', () => {
  it('given typed text the editor still holds, when a command runs, then the text is committed first and kept', () => {
    const port = createEditorPort(TEXT);
    const typed = TEXT.replace('Seconds: 1', 'Seconds: 15');
    port.setTypedTextFlush?.(() => port.commitText(typed, 'yaml'));

    expect(port.execute('state.rename', { path: 'B', newName: 'Done' }, 'inspector')).toEqual({
      ok: true,
    });

    expect(port.getView().source).toContain('Seconds: 15');
    expect(port.getView().source).toContain('Name: Done');
  });

  it('given typed text the editor still holds, when undo runs, then it undoes that typing', () => {
    const port = createEditorPort(TEXT);
    const typed = TEXT.replace('Seconds: 1', 'Seconds: 15');
    let held: string | null = typed;
    port.setTypedTextFlush?.(() => {
      if (held) port.commitText(held, 'yaml');
      held = null;
    });

    port.undo();

    expect(port.getView().source).toBe(TEXT);
    port.redo();
    expect(port.getView().source).toBe(typed);
  });

  it('given typed text the editor still holds, when the page is left (flushTypedText), then the store has it', () => {
    const port = createEditorPort(TEXT);
    const typed = TEXT.replace('Seconds: 1', 'Seconds: 15');
    port.setTypedTextFlush?.(() => port.commitText(typed, 'yaml'));

    port.flushTypedText();

    expect(port.getView().source).toBe(typed);
  });
});
