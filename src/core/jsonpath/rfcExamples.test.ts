/**
 * The examples of RFC 9535 (§1.5 and the example tables of §2.3, §2.5 and §2.6), written from
 * the RFC. Where the RFC allows several orders (object members), results are compared as
 * multisets and the row says so.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { queryJsonPath } from './queryJsonPath';

type Row = [query: string, expected: JsonValue[], unordered?: 'unordered'];

function check(doc: JsonValue, rows: Row[]) {
  it.each(rows)('%s', (query, expected, unordered) => {
    // given the section's document, when the query runs
    const actual = queryJsonPath(query, doc);
    // then it selects the RFC's nodes
    if (unordered === undefined) expect(actual).toEqual(expected);
    else expect(sortJson(actual)).toEqual(sortJson(expected));
  });
}

const sortJson = (values: JsonValue[]) => values.map((v) => JSON.stringify(v)).sort();

const book0 = {
  category: 'reference',
  author: 'Nigel Rees',
  title: 'Sayings of the Century',
  price: 8.95,
};
const book1 = {
  category: 'fiction',
  author: 'Evelyn Waugh',
  title: 'Sword of Honour',
  price: 12.99,
};
const book2 = {
  category: 'fiction',
  author: 'Herman Melville',
  title: 'Moby Dick',
  isbn: '0-553-21311-3',
  price: 8.99,
};
const book3 = {
  category: 'fiction',
  author: 'J. R. R. Tolkien',
  title: 'The Lord of the Rings',
  isbn: '0-395-19395-8',
  price: 22.99,
};
const bicycle = { color: 'red', price: 399 };
const books = [book0, book1, book2, book3];
const store = { book: books, bicycle };

describe('RFC 9535 §1.5 (Table 2): the bookstore', () => {
  const authors = ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien'];
  check({ store }, [
    ['$.store.book[*].author', authors],
    ['$..author', authors],
    ['$.store.*', [books, bicycle], 'unordered'],
    ['$.store..price', [8.95, 12.99, 8.99, 22.99, 399], 'unordered'],
    ['$..book[2]', [book2]],
    ['$..book[2].author', ['Herman Melville']],
    ['$..book[2].publisher', []],
    ['$..book[-1]', [book3]],
    ['$..book[0,1]', [book0, book1]],
    ['$..book[:2]', [book0, book1]],
    ['$..book[?@.isbn]', [book2, book3]],
    ['$..book[?@.price<10]', [book0, book2]],
    [
      '$..*',
      [
        store,
        books,
        bicycle,
        book0,
        book1,
        book2,
        book3,
        ...Object.values(book0),
        ...Object.values(book1),
        ...Object.values(book2),
        ...Object.values(book3),
        'red',
        399,
      ],
      'unordered',
    ],
  ]);
});

describe('RFC 9535 §2.3.1.3: name selector', () => {
  check({ o: { 'j j': { 'k.k': 3 } }, "'": { '@': 2 } }, [
    ["$.o['j j']", [{ 'k.k': 3 }]],
    ["$.o['j j']['k.k']", [3]],
    ['$.o["j j"]["k.k"]', [3]],
    ['$["\'"]["@"]', [2]],
  ]);
});

describe('RFC 9535 §2.3.2.3: wildcard selector', () => {
  check({ o: { j: 1, k: 2 }, a: [5, 3] }, [
    ['$[*]', [{ j: 1, k: 2 }, [5, 3]], 'unordered'],
    ['$.o[*]', [1, 2], 'unordered'],
    ['$.o[*, *]', [1, 2, 1, 2], 'unordered'],
    ['$.a[*]', [5, 3]],
  ]);
});

describe('RFC 9535 §2.3.3.3: index selector', () => {
  check(
    ['a', 'b'],
    [
      ['$[1]', ['b']],
      ['$[0]', ['a']],
      ['$[-2]', ['a']],
      ['$[2]', []],
      ['$[-3]', []],
    ],
  );
});

describe('RFC 9535 §2.3.4.3: array slice selector', () => {
  check(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    [
      ['$[1:3]', ['b', 'c']],
      ['$[5:]', ['f', 'g']],
      ['$[1:5:2]', ['b', 'd']],
      ['$[5:1:-2]', ['f', 'd']],
      ['$[::-1]', ['g', 'f', 'e', 'd', 'c', 'b', 'a']],
      ['$[1:3:0]', []],
      ['$[-100:100]', ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
      ['$[100:-100:-3]', ['g', 'd', 'a']],
      ['$[-1:-3:-1]', ['g', 'f']],
    ],
  );
});

describe('RFC 9535 §2.5.1.3: child segment', () => {
  check(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    [
      ['$[0, 3]', ['a', 'd']],
      ['$[0:2, 5]', ['a', 'b', 'f']],
      ['$[0, 0]', ['a', 'a']],
    ],
  );
});

describe('RFC 9535 §2.5.2.3: descendant segment', () => {
  const a2: JsonValue = [{ j: 4 }, { k: 6 }];
  const doc: JsonValue = { o: { j: 1, k: 2 }, a: [5, 3, a2] };
  const all: JsonValue[] = [{ j: 1, k: 2 }, [5, 3, a2], 1, 2, 5, 3, a2, { j: 4 }, { k: 6 }, 4, 6];
  check(doc, [
    ['$..j', [1, 4], 'unordered'],
    ['$..[0]', [5, { j: 4 }]],
    ['$..[*]', all, 'unordered'],
    ['$..*', all, 'unordered'],
    ['$..o', [{ j: 1, k: 2 }]],
    ['$.o..[*, *]', [1, 2, 1, 2], 'unordered'],
    ['$.a..[0, 1]', [5, 3, { j: 4 }, { k: 6 }]],
  ]);
});

describe('RFC 9535 §2.6.1: semantics of null', () => {
  check({ a: null, b: [null], c: [{}], null: 1 }, [
    ['$.a', [null]],
    ['$.a[0]', []],
    ['$.a.d', []],
    ['$.b[0]', [null]],
    ['$.b[*]', [null]],
    ['$.b[?@]', [null]],
    ['$.b[?@==null]', [null]],
    ['$.c[?@.d==null]', []],
    ['$.null', [1]],
  ]);
});
