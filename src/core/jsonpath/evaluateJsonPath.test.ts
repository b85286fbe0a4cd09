import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { evaluateJsonPath } from './evaluateJsonPath';
import { JsonPathLimitError, JsonPathSyntaxError } from './jsonPathSyntaxError';
import { parseJsonPath } from './parseJsonPath';
import { queryJsonPath } from './queryJsonPath';

function parsed(query: string) {
  const r = parseJsonPath(query);
  if (!r.ok) throw new Error(r.message);
  return r.query;
}

describe('evaluateJsonPath: the API the expression layer uses', () => {
  it('reports singular queries and their value, or no value', () => {
    // given the guide's state input
    const input = { myStateInput: { key: 'v' } };
    // when a singular query runs, then it is singular with one value or none
    expect(evaluateJsonPath(parsed('$.myStateInput.key'), input)).toEqual({
      singular: true,
      values: ['v'],
    });
    expect(evaluateJsonPath(parsed('$.missing'), input)).toEqual({ singular: true, values: [] });
    expect(evaluateJsonPath(parsed('$.*'), input)).toEqual({
      singular: false,
      values: [{ key: 'v' }],
    });
  });

  it('queryJsonPath throws a located syntax error', () => {
    expect(() => queryJsonPath('$.a.', {})).toThrow(JsonPathSyntaxError);
    try {
      queryJsonPath('$[?@.a = 1]', {});
    } catch (e) {
      expect(e).toMatchObject({ offset: 7, message: expect.stringMatching(/==/) });
    }
  });

  it('returns the document’s own values without modifying the document', () => {
    const doc = { a: { b: [1, 2] } };
    const before = JSON.stringify(doc);
    const [b] = queryJsonPath('$.a.b', doc);
    expect(b).toBe(doc.a.b);
    queryJsonPath('$..*', doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('evaluateJsonPath: RFC semantics details', () => {
  it('selects only own members, never the prototype chain', () => {
    const doc = JSON.parse('{"__proto__": 1, "a": {}}') as JsonValue;
    expect(queryJsonPath('$.constructor', {})).toEqual([]);
    expect(queryJsonPath('$.a.toString', doc)).toEqual([]);
    expect(queryJsonPath('$[?@.constructor]', [{}, []])).toEqual([]);
    expect(queryJsonPath('$.__proto__', doc)).toEqual([1]);
  });

  it('orders descendants parents first, arrays in order', () => {
    const doc = [[1, [2]], { a: [3] }];
    expect(queryJsonPath('$..*', doc)).toEqual([[1, [2]], { a: [3] }, 1, [2], 2, [3], 3]);
    expect(queryJsonPath('$..[0]', doc)).toEqual([[1, [2]], 1, 2, 3]);
  });

  it('compares strings by Unicode scalar values, not UTF-16 units', () => {
    // given U+1F600 (a surrogate pair in UTF-16) and U+FFFF
    const doc = ['😀', '\uffff', 'a'];
    // then U+1F600 sorts above U+FFFF as Unicode says
    expect(queryJsonPath("$[?@ > '\\uffff']", doc)).toEqual(['😀']);
    expect(queryJsonPath("$[?@ < '😀']", doc)).toEqual(['\uffff', 'a']);
  });

  it('compares numbers by value and structures deeply', () => {
    const doc = [1, 1.0, 1, '1', [1, { a: [2] }], { a: [2], b: 1 }];
    expect(queryJsonPath('$[?@ == 1]', doc)).toEqual([1, 1, 1]);
    expect(queryJsonPath('$[?@ == $[4]]', doc)).toEqual([[1, { a: [2] }]]);
    const objects: JsonValue[] = [{ b: 1, a: [2] }, { a: [2] }, { a: [2], b: 1 }];
    expect(queryJsonPath('$[?@ == $[2]]', objects)).toEqual([objects[0], objects[2]]);
  });

  it('match anchors, search does not, and . excludes only \\n and \\r', () => {
    const doc = ['abc', 'xabcx', 'a\nc', 'a\rc', 'a😀c', 'a\u2028c'];
    expect(queryJsonPath("$[?match(@, 'a.c')]", doc)).toEqual(['abc', 'a😀c', 'a\u2028c']);
    expect(queryJsonPath("$[?search(@, 'a.c')]", doc)).toEqual([
      'abc',
      'xabcx',
      'a😀c',
      'a\u2028c',
    ]);
    expect(queryJsonPath("$[?search(@, '^a.c')]", doc)).toEqual(['abc', 'a😀c', 'a\u2028c']);
  });

  it('makes match/search false for non-strings and non-I-Regexp patterns', () => {
    expect(queryJsonPath("$[?match(@, '\\\\d')]", ['1'])).toEqual([]);
    expect(queryJsonPath("$[?search(@, 'a(?=b)')]", ['ab'])).toEqual([]);
    expect(queryJsonPath("$[?match(@, '1')]", [1])).toEqual([]);
    expect(queryJsonPath('$[?match(@.a, @.p)]', [{ a: 'xy', p: 'x.' }])).toEqual([
      { a: 'xy', p: 'x.' },
    ]);
  });

  it('treats Nothing from functions like an absent value', () => {
    const doc: JsonValue = [{ a: 1 }, { a: true }, {}];
    expect(queryJsonPath('$[?length(@.a) == $.none]', doc)).toEqual([{ a: 1 }, { a: true }, {}]);
    expect(queryJsonPath('$[?value(@.*) == 1]', doc)).toEqual([{ a: 1 }]);
  });

  it('filters the members of objects, not the object itself', () => {
    expect(queryJsonPath('$[?@ > 1]', { a: 1, b: 2, c: 3 })).toEqual([2, 3]);
    expect(queryJsonPath('$[?@ > 1]', 5)).toEqual([]);
  });

  it('selects nothing from the wrong kinds of node', () => {
    expect(queryJsonPath('$[0]', { 0: 'x' })).toEqual([]);
    expect(queryJsonPath("$['0']", ['x'])).toEqual([]);
    expect(queryJsonPath('$[0:2]', 'ab')).toEqual([]);
    expect(queryJsonPath('$.*', 'ab')).toEqual([]);
  });
});

describe('evaluateJsonPath: hostile documents and queries', () => {
  it('walks a 100,000-deep document without overflowing the stack', () => {
    // given arrays nested 100,000 deep
    let doc: JsonValue = 'leaf';
    for (let i = 0; i < 100_000; i++) doc = [doc];
    // when every descendant is selected, then each level and the leaf come back
    const all = queryJsonPath('$..*', doc);
    expect(all).toHaveLength(100_000);
    expect(all[all.length - 1]).toBe('leaf');
    // and deep equality is iterative too
    expect(queryJsonPath('$[?@ == $[0]]', [doc, doc])).toHaveLength(2);
  });

  it('stops a runaway evaluation with a limit error', () => {
    const doc = Array.from({ length: 200 }, () => Array.from({ length: 50 }, (_, i) => i));
    expect(() => evaluateJsonPath(parsed('$..*..*..*'), doc, { maxSteps: 10_000 })).toThrow(
      JsonPathLimitError,
    );
    expect(queryJsonPath('$..*', doc)).toHaveLength(200 + 200 * 50);
  });

  it('selects from very large arrays', () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    expect(queryJsonPath('$[*]', big)).toHaveLength(300_000);
    expect(queryJsonPath('$[::-100000]', big)).toEqual([299_999, 199_999, 99_999]);
  });
});
