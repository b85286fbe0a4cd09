/**
 * RFC 9535 §2.3.5 (filter selector: comparison table and examples) and §2.4 (function
 * extensions: well-typedness table and the examples of each function), written from the RFC.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { parseJsonPath } from './parseJsonPath';
import { queryJsonPath } from './queryJsonPath';

describe('RFC 9535 §2.3.5.2.2: comparison examples', () => {
  const doc = { obj: { x: 'y' }, arr: [2, 3] };
  const rows: [string, boolean][] = [
    ['$.absent1 == $.absent2', true],
    ['$.absent1 <= $.absent2', true],
    ["$.absent == 'g'", false],
    ['$.absent1 != $.absent2', false],
    ["$.absent != 'g'", true],
    ['1 <= 2', true],
    ['1 > 2', false],
    ["13 == '13'", false],
    ["'a' <= 'b'", true],
    ["'a' > 'b'", false],
    ['$.obj == $.arr', false],
    ['$.obj != $.arr', true],
    ['$.obj == $.obj', true],
    ['$.obj != $.obj', false],
    ['$.arr == $.arr', true],
    ['$.arr != $.arr', false],
    ['$.obj == 17', false],
    ['$.obj != 17', true],
    ['$.obj <= $.arr', false],
    ['$.obj < $.arr', false],
    ['$.obj <= $.obj', true],
    ['$.arr <= $.arr', true],
    ['1 <= $.arr', false],
    ['1 >= $.arr', false],
    ['1 > $.arr', false],
    ['1 < $.arr', false],
    ['true <= true', true],
    ['true > true', false],
  ];
  it.each(rows)('%s is %s', (comparison, expected) => {
    // given a filter that keeps every child of the root exactly when the comparison holds
    const selected = queryJsonPath(`$[?${comparison}]`, doc);
    // then it keeps both children or none
    expect(selected).toEqual(expected ? [doc.obj, doc.arr] : []);
  });
});

describe('RFC 9535 §2.3.5.3: filter selector examples', () => {
  const a: JsonValue[] = [3, 5, 1, 2, 4, 6, { b: 'j' }, { b: 'k' }, { b: {} }, { b: 'kilo' }];
  const o = { p: 1, q: 2, r: 3, s: 5, t: { u: 6 } };
  const doc = { a, o, e: 'f' };
  const rows: [string, JsonValue[]][] = [
    ["$.a[?@.b == 'kilo']", [{ b: 'kilo' }]],
    ["$.a[?(@.b == 'kilo')]", [{ b: 'kilo' }]],
    ['$.a[?@>3.5]', [5, 4, 6]],
    ['$.a[?@.b]', [{ b: 'j' }, { b: 'k' }, { b: {} }, { b: 'kilo' }]],
    ['$[?@.*]', [a, o]],
    ['$[?@[?@.b]]', [a]],
    ['$.o[?@<3, ?@<3]', [1, 2, 1, 2]],
    ['$.a[?@<2 || @.b == "k"]', [1, { b: 'k' }]],
    ['$.a[?match(@.b, "[jk]")]', [{ b: 'j' }, { b: 'k' }]],
    ['$.a[?search(@.b, "[jk]")]', [{ b: 'j' }, { b: 'k' }, { b: 'kilo' }]],
    ['$.o[?@>1 && @<4]', [2, 3]],
    ['$.o[?@.u || @.x]', [{ u: 6 }]],
    ['$.a[?@.b == $.x]', [3, 5, 1, 2, 4, 6]],
    ['$.a[?@ == @]', a],
  ];
  it.each(rows)('%s', (query, expected) => {
    expect(queryJsonPath(query, doc)).toEqual(expected);
  });
});

describe('RFC 9535 §2.4.3: well-typedness of function expressions', () => {
  const rows: [string, boolean][] = [
    ['$[?length(@) < 3]', true],
    ['$[?length(@.*) < 3]', false],
    ['$[?count(@.*) == 1]', true],
    ['$[?count(1) == 1]', false],
    ["$[?match(@.timezone, 'Europe/.*')]", true],
    ["$[?match(@.timezone, 'Europe/.*') == true]", false],
    ['$[?value(@..color) == "red"]', true],
    ['$[?value(@..color)]', false],
    // Our additions on the same rules:
    ['$[?length(@)]', false],
    ['$[?count(@.*)]', false],
    ['$[?match(@.a)]', false],
    ["$[?match(@.*, 'a')]", false],
    ["$[?search(@.a, 'a', 'b')]", false],
    ['$[?length(@.a == 1) == 1]', false],
    ['$[?nosuchfn(@)]', false],
    ['$[?value(@.a) == value($..b)]', true],
    ['$[?count(@..x) > length(@.name)]', true],
  ];
  it.each(rows)('%s well-typed: %s', (query, wellTyped) => {
    const parsed = parseJsonPath(query);
    expect(parsed.ok).toBe(wellTyped);
  });
});

describe('RFC 9535 §2.4.4–§2.4.8: the functions', () => {
  const rows: [string, JsonValue, JsonValue[]][] = [
    [
      '$[?length(@.authors) >= 5]',
      [{ authors: [1, 2, 3, 4, 5] }, { authors: [1] }],
      [{ authors: [1, 2, 3, 4, 5] }],
    ],
    [
      '$[?length(@) == 2]',
      ['ab', '😀😀', [1, 2], { a: 1, b: 2 }, 2, null],
      ['ab', '😀😀', [1, 2], { a: 1, b: 2 }],
    ],
    [
      '$[?length(@.x) == length(@.y)]',
      [{ z: 1 }, { x: 1, y: true }],
      [{ z: 1 }, { x: 1, y: true }],
    ],
    [
      '$[?count(@.*.author) >= 2]',
      [[{ author: 'a' }, { author: 'b' }], [{ author: 'a' }]],
      [[{ author: 'a' }, { author: 'b' }]],
    ],
    [
      '$[?match(@.date, "1974-05-..")]',
      [{ date: '1974-05-01' }, { date: '1974-05-011' }, { date: 1974 }],
      [{ date: '1974-05-01' }],
    ],
    [
      '$[?search(@.author, "[BR]ob")]',
      [{ author: 'Bob Dylan' }, { author: 'Robert' }, { author: 'bob' }],
      [{ author: 'Bob Dylan' }, { author: 'Robert' }],
    ],
    [
      '$[?value(@..color) == "red"]',
      [{ a: { color: 'red' } }, { color: 'red', b: { color: 'red' } }],
      [{ a: { color: 'red' } }],
    ],
  ];
  it.each(rows)('%s', (query, doc, expected) => {
    expect(queryJsonPath(query, doc)).toEqual(expected);
  });
});
