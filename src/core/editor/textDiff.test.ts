import { describe, expect, it } from 'vitest';
import { applyEdits } from '../commands/text/textEdit';
import { textDiff } from './textDiff';

describe('textDiff', () => {
  it('given equal texts, then there is no edit', () => {
    expect(textDiff('abc', 'abc')).toEqual([]);
  });

  it('given a change in the middle, then one edit covers only the changed middle', () => {
    expect(textDiff('Next: Check # c\n', 'Next: Verify # c\n')).toEqual([
      { start: 6, end: 11, text: 'Verify' },
    ]);
  });

  it('given repeated characters, then prefix and suffix do not overlap', () => {
    const edits = textDiff('aaa', 'aaaa');
    expect(applyEdits('aaa', edits)).toBe('aaaa');
    expect(edits[0]?.end).toBeGreaterThanOrEqual(edits[0]?.start ?? 0);
  });

  it('given a surrogate pair that differs in its low half, then the edit does not split it', () => {
    const edits = textDiff('x😀y', 'x😁y');
    expect(edits).toEqual([{ start: 1, end: 3, text: '😁' }]);
  });

  it('given random texts, then applying the diff gives the new text', () => {
    const samples = [
      '',
      'a',
      'ab\ncd',
      'States:\n  - Name: A\n',
      'States:\n  - Name: B\n    End: true\n',
    ];
    for (const a of samples) for (const b of samples) expect(applyEdits(a, textDiff(a, b))).toBe(b);
  });
});
