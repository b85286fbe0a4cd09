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

export type ParseJsonPathPrefixResult =
  { ok: true; query: JsonPathQuery; end: number } | { ok: false; message: string; offset: number };

/**
 * Parses the longest JSONPath query that starts at `text[start]` (which must be `$`) and
 * returns where it ends, leaving whatever follows to the caller: for languages that embed
 * JSONPath, e.g. `length($.items[?@.n > 1]) + 1`. Blank space after the query is not part of
 * it. Offsets, in results and errors, are indices into `text`. Never throws.
 */
export function parseJsonPathPrefix(text: string, start = 0): ParseJsonPathPrefixResult {
  const c = new Cursor(text);
  c.pos = start;
  try {
    if (c.peek() !== '$') c.fail(`a JSONPath query starts with '$'${c.describeHere()}`);
    const query = parseQueryAt(c);
    return { ok: true, query, end: c.pos };
  } catch (e) {
    if (e instanceof JsonPathSyntaxError)
      return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}
