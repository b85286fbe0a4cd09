import { describe, expect, it } from 'vitest';
import { parseSource } from '../../yaml/parseSource';
import { validate } from '../validate';
import { CLOUDFLOW_DEFINITION_LIMIT_BYTES, definitionSize, utf8Length } from './definitionSize';

const head =
  'Type: StateMachine\nSpecVersion: v1\nName: big\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n';
/** The definition padded with a comment to exactly `bytes` UTF-8 bytes, using `fill`. */
function sized(bytes: number, fill = 'x'): string {
  const room = bytes - utf8Length(head) - 3; // "# " and the final newline
  const n = Math.floor(room / utf8Length(fill));
  const text = `${head}# ${fill.repeat(n)}${'y'.repeat(room - n * utf8Length(fill))}\n`;
  expect(utf8Length(text)).toBe(bytes);
  return text;
}
const codes = (text: string) =>
  validate(parseSource(text), { rules: [definitionSize] }).map((d) => `${d.line} ${d.code}`);

describe('definitionSize', () => {
  it('given a definition of exactly 64 KiB, when validated, then nothing is reported', () => {
    expect(codes(sized(CLOUDFLOW_DEFINITION_LIMIT_BYTES))).toEqual([]);
  });

  it('given one byte more, when validated, then one warning at the first key', () => {
    expect(codes(sized(CLOUDFLOW_DEFINITION_LIMIT_BYTES + 1))).toEqual(['1 definition-size-limit']);
  });

  it('given multi-byte text under 64 Ki characters but over 64 KiB of UTF-8, when validated, then it warns', () => {
    const text = sized(CLOUDFLOW_DEFINITION_LIMIT_BYTES + 3, '流');
    expect(text.length).toBeLessThan(CLOUDFLOW_DEFINITION_LIMIT_BYTES);
    expect(codes(text)).toEqual(['1 definition-size-limit']);
  });

  it('given ASCII, two-byte, three-byte and astral characters, when counted, then the UTF-8 length is right', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('流')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800')).toBe(3);
  });
});
