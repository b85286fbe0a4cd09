import { describe, expect, it } from 'vitest';
import { parseJsonInput } from './jsonInput';

describe('parseJsonInput', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonInput('{"a": [1, true, null, "x"]}')).toEqual({
      ok: true,
      value: { a: [1, true, null, 'x'] },
    });
  });

  it.each([
    ['{"a": 1,}', 1, 9, /expected a "quoted" key, found '}'/],
    ['{"a": }', 1, 7, /expected a value, found '}'/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ',' or '}', found '"'/],
    ["{'a': 1}", 1, 2, /expected a "quoted" key/],
    ['[1, 2', 1, 6, /expected a value, found the end of the text|expected ',' or ']'/],
    ['{"a": "x', 1, 9, /the string is not closed/],
    ['{} x', 1, 4, /unexpected 'x' after the value/],
    ['', 1, 1, /expected a value, found the end of the text/],
  ])('locates the error in %j at line %i column %i', (text, line, column, message) => {
    const r = parseJsonInput(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.line, r.column]).toEqual([line, column]);
    expect(r.message).toMatch(message);
  });
});
