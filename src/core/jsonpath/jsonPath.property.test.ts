import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { evaluateJsonPath } from './evaluateJsonPath';
import { JsonPathLimitError } from './jsonPathSyntaxError';
import { parseJsonPath } from './parseJsonPath';
import { queryJsonPath } from './queryJsonPath';

const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;

/** Query fragments that combine into valid and invalid queries alike. */
const fragment = fc.constantFrom(
  '.a',
  '.*',
  '..a',
  '..*',
  '[0]',
  '[-1]',
  "['a','b']",
  '[1:]',
  '[::-1]',
  '[?@.a]',
  '[?@ == 1]',
  '[?@.a < @.b]',
  '[?length(@) > 1]',
  '[?count(@.*) == 2]',
  "[?match(@, 'a.*')]",
  "[?search(@.a, '[0-9]')]",
  '[?value(@..a) == $[0]]',
  '[?!@.a || (@.b && @.c != null)]',
  '[',
  ']',
  ' ',
  '?',
  '==',
  "'",
);

function count(v: JsonValue): number {
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n + 1 + count(x), 0);
  if (v !== null && typeof v === 'object') {
    return Object.values(v).reduce<number>((n, x) => n + 1 + count(x), 0);
  }
  return 0;
}

describe('JSONPath properties', () => {
  it('never throws on any combination of fragments and any document', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), json, (parts, doc) => {
        // given any text starting with $, when parsed and (if valid) evaluated
        const parsed = parseJsonPath('$' + parts.join(''));
        if (!parsed.ok) return;
        try {
          const result = evaluateJsonPath(parsed.query, doc);
          // then it yields an array of values
          expect(Array.isArray(result.values)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(JsonPathLimitError);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('$..* selects every descendant once; $[*] the children in order', () => {
    fc.assert(
      fc.property(json, (doc) => {
        expect(queryJsonPath('$..*', doc)).toHaveLength(count(doc));
        const children = Array.isArray(doc)
          ? doc
          : doc !== null && typeof doc === 'object'
            ? Object.values(doc)
            : [];
        expect(queryJsonPath('$[*]', doc)).toEqual(children);
        expect(queryJsonPath('$[?@ == @]', doc)).toEqual(children);
      }),
      { numRuns: 300 },
    );
  });

  it('slices with step 1 and -1 agree with Array.prototype.slice and reverse', () => {
    const bound = fc.option(fc.integer({ min: -12, max: 12 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 10 }), bound, bound, (arr, start, end) => {
        const s = start === undefined ? '' : String(start);
        const e = end === undefined ? '' : String(end);
        expect(queryJsonPath(`$[${s}:${e}]`, arr)).toEqual(arr.slice(start, end));
        expect(queryJsonPath('$[::-1]', arr)).toEqual([...arr].reverse());
      }),
      { numRuns: 500 },
    );
  });
});
