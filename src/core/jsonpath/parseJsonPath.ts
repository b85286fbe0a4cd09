import type { JsonPathQuery } from './ast';
import { Cursor } from './cursor';
import { JsonPathSyntaxError } from './jsonPathSyntaxError';
import { parseQueryAt } from './parseQuery';

export type ParseJsonPathResult =
  { ok: true; query: JsonPathQuery } | { ok: false; message: string; offset: number };

/**
 * Parses a JSONPath query with the strict syntax of RFC 9535: it must start with `$`, carry no
 * leading or trailing blank space, and be well-typed (function calls, comparisons). Never
 * throws; an error carries the UTF-16 offset in `query` where the problem was found.
 *
 * @example parseJsonPath('$.store.book[?@.price < 10].title')
 */
export function parseJsonPath(query: string): ParseJsonPathResult {
  const c = new Cursor(query);
  try {
    if (c.peek() !== '$') {
      const blank = /^[ \t\r\n]/.test(query) ? ' (no leading blank space is allowed)' : '';
      c.fail(`a JSONPath query starts with '$'${c.describeHere()}${blank}`);
    }
    const parsed = parseQueryAt(c);
    if (!c.done) {
      if (/^[ \t\r\n]+$/.test(query.slice(c.pos))) c.fail('trailing blank space is not allowed');
      c.fail(`unexpected ${c.describeHere().slice(', found '.length)} after the query`);
    }
    return { ok: true, query: parsed };
  } catch (e) {
    if (e instanceof JsonPathSyntaxError)
      return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}
