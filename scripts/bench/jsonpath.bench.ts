/**
 * JSONPath: parse + evaluate of typical queries on a mid-size document (a bookstore of 5,000
 * books, about 0.8 MB of JSON, far above FDL's 64 KiB payload limit), each beside its floor: a
 * hand-written JavaScript loop that computes the same result, measured in the same run.
 * Also the parse time alone for a query with filters and functions.
 */
import { evaluateJsonPath, parseJsonPath, queryJsonPath } from '../../src/core/jsonpath/index';
import type { JsonValue } from '../../src/core/model/types';
import { fmt, median, table } from './measure';

export const title = 'JSONPath: RFC 9535 queries vs hand-written loops (5,000-book store)';

interface Book {
  category: string;
  author: string;
  title: string;
  price: number;
  isbn?: string;
  tags: string[];
}

function makeStore(n: number) {
  const book: Book[] = [];
  for (let i = 0; i < n; i++) {
    book.push({
      category: i % 3 === 0 ? 'reference' : 'fiction',
      author: `Author ${i % 97}`,
      title: `Title number ${i}`,
      price: (i * 37) % 50,
      ...(i % 2 === 0 ? { isbn: `0-${i}` } : {}),
      tags: ['a', 'b', `t${i % 5}`],
    });
  }
  return { store: { book, bicycle: { color: 'red', price: 399 } } };
}

/** Every value under `v`, parents first: the floor for `..`. */
function descend(v: unknown, visit: (v: unknown) => void): void {
  visit(v);
  if (Array.isArray(v)) for (const x of v) descend(x, visit);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) descend(x, visit);
}

export async function run(): Promise<string> {
  const doc = makeStore(5_000);
  const json = doc as unknown as JsonValue;
  const books = doc.store.book;
  const cases: [query: string, floor: () => unknown[]][] = [
    ['$.store.book[*].author', () => books.map((b) => b.author)],
    ['$.store.book[-10:]', () => books.slice(-10)],
    [
      '$..price',
      () => {
        const out: unknown[] = [];
        descend(doc, (v) => {
          if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'price' in v) {
            out.push((v as { price: unknown }).price);
          }
        });
        return out;
      },
    ],
    [
      '$.store.book[?@.price < 10].title',
      () => books.filter((b) => b.price < 10).map((b) => b.title),
    ],
    [
      "$.store.book[?@.isbn && match(@.author, 'Author 1.')]",
      () => books.filter((b) => b.isbn !== undefined && /^(?:Author 1[^\n\r])$/u.test(b.author)),
    ],
    [
      "$.store.book[?count(@.tags[?@ == 't3']) > 0].title",
      () => books.filter((b) => b.tags.some((t) => t === 't3')).map((b) => b.title),
    ],
  ];
  const rows: (string | number)[][] = [];
  for (const [query, floor] of cases) {
    const ours = queryJsonPath(query, json);
    const expected = floor();
    if (ours.length !== expected.length) {
      throw new Error(`${query}: ${ours.length} results, floor has ${expected.length}`);
    }
    const tFloor = median(floor);
    const tOurs = median(() => queryJsonPath(query, json));
    rows.push([`\`${query}\``, ours.length, fmt(tOurs), fmt(tFloor), (tOurs / tFloor).toFixed(1)]);
  }
  const complex = "$..book[?(@.price > 10 && @.price <= 30) || !@.isbn][?search(@, 'x')].title";
  const tParse = median(() => parseJsonPath(complex), 201, 20);
  const parsedComplex = parseJsonPath(complex);
  if (!parsedComplex.ok) throw new Error(parsedComplex.message);
  const tEval = median(() => evaluateJsonPath(parsedComplex.query, json));
  return [
    table(['query', 'results', 'ours (ms)', 'floor (ms)', 'ratio'], rows),
    '',
    `Parse alone of \`${complex}\`: ${(tParse * 1000).toFixed(1)} µs; its evaluation: ${fmt(tEval)} ms.`,
  ].join('\n');
}
