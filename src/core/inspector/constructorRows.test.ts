import { describe, expect, it } from 'vitest';
import {
  constantText,
  constantValue,
  constructorFromRows,
  rowsFromConstructor,
  toggleRowKind,
} from './constructorRows';

describe('constructor rows', () => {
  it('given the guide sample filter, when split into rows, then keys lose .$ and kinds are set', () => {
    const rows = rowsFromConstructor({ FieldA: 123, FieldB: 'string', 'FieldC.$': '$Input' });
    expect(rows).toEqual([
      { key: 'FieldA', expression: false, text: '123' },
      { key: 'FieldB', expression: false, text: 'string' },
      { key: 'FieldC', expression: true, text: '$Input' },
    ]);
  });

  it('given rows, when rebuilt, then the map round-trips with value types kept', () => {
    const map = {
      FieldA: 123,
      FieldB: 'string',
      'FieldC.$': '$Input',
      s: '123',
      l: [1, { a: 'b' }],
      t: true,
    };
    const back = constructorFromRows(rowsFromConstructor(map));
    expect(back).toEqual({ ok: true, value: map });
  });

  it('given a string that reads as a number, when shown, then it is quoted so it stays a string', () => {
    expect(constantText('123')).toBe('"123"');
    expect(constantValue('"123"')).toBe('123');
  });

  it('given duplicate keys across kinds, when built, then the second row is refused', () => {
    const r = constructorFromRows([
      { key: 'a', expression: false, text: '1' },
      { key: 'a', expression: true, text: '$Input.a' },
    ]);
    expect(r).toEqual({
      ok: false,
      problems: [{ row: 1, part: 'key', message: '“a” is already used by row 1.' }],
    });
  });

  it('given an empty key or empty expression, when built, then each is a problem', () => {
    const r = constructorFromRows([
      { key: '', expression: false, text: '1' },
      { key: 'b', expression: true, text: ' ' },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.part)).toEqual(['key', 'value']);
  });

  it('given a constant row, when toggled twice, then it returns to the same row', () => {
    const row = { key: 'x', expression: false, text: '$Input.x' };
    const expr = toggleRowKind(row);
    expect(expr).toEqual({ key: 'x', expression: true, text: '$Input.x' });
    expect(toggleRowKind(expr)).toEqual(row);
  });

  it('given unparseable YAML text in a constant, when read, then it stays literal text', () => {
    expect(constantValue('{a: ')).toBe('{a: ');
  });
});
