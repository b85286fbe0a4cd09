import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { losslessJson } from './losslessJson';

describe('losslessJson', () => {
  it('given plain data, then JSON.parse of the answer equals it exactly', () => {
    // A "__proto__" key as YAML and JSON.parse make it: an own property, not the prototype.
    const value: unknown = JSON.parse(
      '{"a": [1, "two", true, null, {"b": -1.5e-7}], "__proto__": {"hostile": "key"},' +
        ' "empty": {}, "text": "lone \\ud800 surrogate, \\"quotes\\" and \\\\ backslash"}',
    );
    const json = losslessJson(value);
    expect(json).not.toBeNull();
    expect(JSON.parse(json as string)).toStrictEqual(value);
    expect(Object.hasOwn(JSON.parse(json as string) as object, '__proto__')).toBe(true);
  });

  it.each([
    ['NaN', { x: NaN }],
    ['Infinity', { x: [1, Infinity] }],
    ['-Infinity', { x: -Infinity }],
    ['-0', { x: { y: -0 } }],
    ['an undefined value', { x: undefined }],
    ['undefined in an array', [1, undefined]],
    ['a Map', { m: new Map() }],
    ['a typed array', { t: new Uint32Array(2) }],
    ['a Date (toJSON)', { d: new Date(0) }],
    [
      'a class instance',
      {
        c: new (class Point {
          x = 1;
        })(),
      },
    ],
    ['an own toJSON', { o: { toJSON: () => 1 } }],
  ])('given %s, then it answers null (JSON would change it)', (_what, value) => {
    expect(losslessJson(value)).toBeNull();
  });

  it('property: whenever it answers, the round trip is exact', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        for (const v of [json, anything]) {
          const out = losslessJson(v);
          if (out !== null) expect(JSON.parse(out)).toStrictEqual(v);
        }
      }),
      { numRuns: 500 },
    );
  });
});
