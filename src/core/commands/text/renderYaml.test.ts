import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from '../../model/types';
import { isPlainSafe, renderFlow, renderPair, renderScalar, DEFAULT_STYLE } from './renderYaml';

describe('renderScalar', () => {
  it.each([
    ['yes', '"yes"'],
    ['No', '"No"'],
    ['on', '"on"'],
    ['~', '"~"'],
    ['null', '"null"'],
    ['30', '"30"'],
    ['0o17', '"0o17"'],
    ['1:30', '"1:30"'],
    ['2024-01-01', '"2024-01-01"'],
    ['.inf', '".inf"'],
    ['*ref', '"*ref"'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['- x', '"- x"'],
    ['', '""'],
    [' padded', '" padded"'],
    ['two\nlines', '"two\\nlines"'],
    ['Hello World', 'Hello World'],
    ['FnF.ALL', 'FnF.ALL'],
    ['$Input.status == "paid"', '$Input.status == "paid"'],
    [
      'acs:fc:{regionId}:{accountId}:functions/f/LATEST',
      'acs:fc:{regionId}:{accountId}:functions/f/LATEST',
    ],
  ])(
    'given the string %j, when rendered, then it is %s and reads back as the same string',
    (value, out) => {
      expect(renderScalar(value)).toBe(out);
      expect(parse(`k: ${out}`)).toEqual({ k: value });
      expect(parse(`k: ${out}`, { version: '1.1' })).toEqual({ k: value });
    },
  );

  it('given numbers, booleans and null, when rendered, then they stay typed', () => {
    expect([renderScalar(3), renderScalar(1.5), renderScalar(true), renderScalar(null)]).toEqual([
      '3',
      '1.5',
      'true',
      'null',
    ]);
    expect(renderScalar(Number.POSITIVE_INFINITY)).toBe('.inf');
  });

  it('given flow context, when a string has a comma or bracket, then it is quoted', () => {
    expect(isPlainSafe('a,b', true)).toBe(false);
    expect(isPlainSafe('a,b', false)).toBe(true);
    expect(renderFlow(['x', 'a]b', 2])).toBe('[x, "a]b", 2]');
  });
});

describe('renderPair', () => {
  it('given nested values, when rendered at a column, then the block reads back to the value', () => {
    const value: JsonObject = {
      Errors: ['FnF.ALL'],
      body: { 'key.$': '$Input.x' },
      list: [{ a: 1 }, { b: [] }],
      empty: {},
    };
    const text = renderPair('Root', value, 0, DEFAULT_STYLE);
    expect(text).toBe(
      'Root:\n  Errors: [FnF.ALL]\n  body:\n    key.$: $Input.x\n  list:\n    - a: 1\n    - b: []\n  empty: {}\n',
    );
    expect(parse(text)).toEqual({ Root: value });
    const flat = renderPair('Root', value, 0, { unit: 4, indentSeq: false });
    expect(parse(flat)).toEqual({ Root: value });
  });
});
