import { describe, expect, it } from 'vitest';
import {
  checkPathRows,
  defaultKeyFor,
  encodeInputOption,
  encodeOutputOption,
  readInputOption,
  readOutputOption,
  type InputOption,
  type OutputOption,
} from './ioOptions';

describe('Input option encoding', () => {
  const cases: InputOption[] = [
    { mode: 'original' },
    {
      mode: 'jsonpath',
      rows: [
        { key: 'order', path: '$.order' },
        { key: 'ids', path: '$.items[*].id' },
      ],
    },
    { mode: 'filters', map: { FieldA: 123, FieldB: 'string', 'FieldC.$': '$Input' } },
    { mode: 'filters', map: {} },
  ];
  it.each(cases)(
    'given option %j, when encoded and read back, then the same option results',
    (opt) => {
      expect(readInputOption(encodeInputOption(opt))).toEqual(opt);
    },
  );

  it('given an original input, when encoded, then no InputConstructor is written', () => {
    expect(encodeInputOption({ mode: 'original' })).toBeUndefined();
  });

  it('given a map mixing a JSONPath with a constant, when read, then it is parameter filters', () => {
    expect(readInputOption({ 'a.$': '$.a', b: 1 }).mode).toBe('filters');
  });

  it('given a $Input expression, when read, then it is not mistaken for JSONPath', () => {
    expect(readInputOption({ 'a.$': '$Input.a' }).mode).toBe('filters');
  });
});

describe('Output option encoding', () => {
  const cases: OutputOption[] = [
    { mode: 'result' },
    {
      mode: 'jsonpath',
      rows: [
        { key: 'id', path: '$.Body.id' },
        { key: 'first', path: '$.items[0]["a b"]' },
      ],
    },
    { mode: 'raw', key: 'input' },
    { mode: 'raw', key: 'original' },
    { mode: 'filters', map: { 'status.$': '$Output.Code', note: 'done' } },
  ];
  it.each(cases)(
    'given option %j, when encoded and read back, then the same option results',
    (opt) => {
      expect(readOutputOption(encodeOutputOption(opt))).toEqual(opt);
    },
  );

  it('given JSONPath rows, when encoded, then they are $Output paths', () => {
    expect(
      encodeOutputOption({ mode: 'jsonpath', rows: [{ key: 'id', path: '$.Body.id' }] }),
    ).toEqual({
      'id.$': '$Output.Body.id',
    });
  });

  it('given pass raw inputs, when encoded, then the input is forwarded under one key', () => {
    expect(encodeOutputOption({ mode: 'raw', key: '' })).toEqual({ 'input.$': '$Input' });
  });

  it('given a function call on $Output, when read, then it is filters, not JSONPath', () => {
    expect(readOutputOption({ 'n.$': 'length($Output.items)' }).mode).toBe('filters');
  });
});

describe('JSONPath rows', () => {
  it('given valid rows, when checked, then no problems', () => {
    expect(checkPathRows([{ key: 'a', path: '$.a[?@.x > 1]' }], 'input')).toEqual([null]);
  });

  it('given a wildcard on the output side, when checked, then it is refused', () => {
    expect(checkPathRows([{ key: 'a', path: '$.items[*]' }], 'output')[0]).toMatch(
      /names and indices/,
    );
  });

  it('given a broken query and a duplicate key, when checked, then both are reported', () => {
    const r = checkPathRows(
      [
        { key: 'a', path: '$.a[' },
        { key: 'a', path: '$.b' },
        { key: 'c', path: 'a.b' },
      ],
      'input',
    );
    expect(r[0]).toMatch(/^Not a JSONPath/);
    expect(r[1]).toMatch(/used twice/);
    expect(r[2]).toMatch(/starts with \$/);
  });

  it('given a query, when a default key is derived, then it is the last name', () => {
    expect(defaultKeyFor('$.order.id')).toBe('id');
    expect(defaultKeyFor('$["a b"]')).toBe('a b');
    expect(defaultKeyFor('$[0]')).toBe('value');
  });
});
