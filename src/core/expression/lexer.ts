import type { JsonPathQuery } from '../jsonpath';
import type { ExpressionError } from './errors';
import { parseJsonPathOperandAt } from './jsonPathBridge';

export type TokenKind =
  'number' | 'string' | 'ident' | 'variable' | 'jsonpath' | 'punct' | 'op' | 'eof';

/** One token. `value` holds the decoded string or number of literals; `text` the raw source. */
export interface Token {
  kind: TokenKind;
  text: string;
  value?: string | number;
  start: number;
  end: number;
  /** A `jsonpath` token's parsed query, or why it does not parse (`offset` into the source). */
  query?: JsonPathQuery;
  problem?: { message: string; offset: number };
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError };

const IDENT = /[\p{L}_][\p{L}\p{N}_]*/uy;
const NUMBER = /(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NAME_CHAR = /[\p{L}\p{N}_]/u;
const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHAR_OPS = new Set(['<', '>', '!', '+', '-', '*', '/', '%']);
const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.']);
const ESCAPES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const LONE_OPERATOR_HINT: Record<string, string> = {
  '=': "unexpected '=': use '==' to compare",
  '&': "unexpected '&': use '&&' for a logical and",
  '|': "unexpected '|': use '||' for a logical or",
};

/**
 * Splits an expression into tokens; stops at the first lexical error. `"…"` and `'…'` strings
 * take JSON escapes (plus `\'`); backtick strings are raw, as in Go and expr-lang, so regular
 * expressions need no double escaping. A `$` not followed by a letter (`$.a`, `$[0]`, `$`)
 * starts a JSONPath operand: the longest RFC 9535 query there (see `parseJsonPathOperandAt`).
 */
export function tokenize(src: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, start: number, end: number): LexResult => ({
    ok: false,
    error: { message, kind: 'syntax', start, end },
  });
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      const r = readQuoted(src, i);
      if (!r.ok) return { ok: false, error: r.error };
      tokens.push({
        kind: 'string',
        text: src.slice(start, r.end),
        value: r.value,
        start,
        end: r.end,
      });
      i = r.end;
    } else if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close < 0) return fail('unterminated string: add a closing `', start, src.length);
      const value = src.slice(i + 1, close);
      tokens.push({
        kind: 'string',
        text: src.slice(start, close + 1),
        value,
        start,
        end: close + 1,
      });
      i = close + 1;
    } else if (c >= '0' && c <= '9') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(src);
      let end = i + (m ? m[0].length : 1);
      if (end < src.length && NAME_CHAR.test(src[end] as string)) {
        while (end < src.length && NAME_CHAR.test(src[end] as string)) end++;
        return fail(`invalid number '${src.slice(start, end)}'`, start, end);
      }
      const text = src.slice(start, end);
      const value = Number(text);
      if (!Number.isFinite(value)) return fail(`number '${text}' is too large`, start, end);
      tokens.push({ kind: 'number', text, value, start, end });
      i = end;
    } else if (c === '$') {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(src);
      if (m) {
        const end = i + 1 + m[0].length;
        tokens.push({ kind: 'variable', text: src.slice(start, end), start, end });
        i = end;
      } else {
        const token = jsonPathToken(src, i);
        tokens.push(token);
        i = token.end;
      }
    } else if (TWO_CHAR_OPS.has(src.slice(i, i + 2))) {
      tokens.push({ kind: 'op', text: src.slice(i, i + 2), start, end: i + 2 });
      i += 2;
    } else if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ kind: 'op', text: c, start, end: i + 1 });
      i++;
    } else if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', text: c, start, end: i + 1 });
      i++;
    } else {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src);
      if (m) {
        const end = i + m[0].length;
        tokens.push({ kind: 'ident', text: m[0], start, end });
        i = end;
        continue;
      }
      const ch = String.fromCodePoint(src.codePointAt(i) as number);
      return fail(LONE_OPERATOR_HINT[ch] ?? `unexpected character '${ch}'`, i, i + ch.length);
    }
  }
  tokens.push({ kind: 'eof', text: '', start: src.length, end: src.length });
  return { ok: true, tokens };
}

type QuotedResult =
  { ok: true; value: string; end: number } | { ok: false; error: ExpressionError };

function readQuoted(src: string, open: number): QuotedResult {
  const quote = src[open] as string;
  let out = '';
  let i = open + 1;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === quote) return { ok: true, value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1];
    if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      const end = Math.min(src.length, i + (e === 'u' ? 6 : 2));
      return {
        ok: false,
        error: {
          kind: 'syntax',
          message: `invalid escape '${src.slice(i, end)}' in string (use \\\\ for a backslash)`,
          start: i,
          end,
        },
      };
    }
  }
  return {
    ok: false,
    error: {
      message: `unterminated string: add a closing ${quote}`,
      kind: 'syntax',
      start: open,
      end: src.length,
    },
  };
}

/**
 * A JSONPath operand: the RFC 9535 parser decides where it ends. When it does not parse, the
 * token spans what {@link scanJsonPath} judges JSONPath-shaped, and carries the problem.
 */
function jsonPathToken(src: string, start: number): Token {
  const parsed = parseJsonPathOperandAt(src, start);
  if (parsed.ok) {
    const end = parsed.end;
    return { kind: 'jsonpath', text: src.slice(start, end), start, end, query: parsed.query };
  }
  const end = Math.max(scanJsonPath(src, start), Math.min(src.length, parsed.offset));
  const problem = { message: parsed.message, offset: parsed.offset };
  return { kind: 'jsonpath', text: src.slice(start, end), start, end, problem };
}

/**
 * The end of the JSONPath operand starting at `src[start] === '$'`: dot segments (`.name`,
 * `.*`, `..name`, `..*`) and bracket segments (balanced, skipping quoted strings, so filters
 * like `[?@.a == 'x']` stay whole). Stops at the first character that cannot continue a
 * segment; the span is then checked by the JSONPath parser, which reports what is wrong.
 */
export function scanJsonPath(src: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = src[i];
    if (c === '.') {
      i += src[i + 1] === '.' ? 2 : 1;
      if (src[i] === '*') i++;
      else if (src[i] !== '[') while (i < src.length && NAME_CHAR.test(src[i] as string)) i++;
    } else if (c === '[') {
      i = skipBrackets(src, i);
    } else {
      return i;
    }
  }
}

function skipBrackets(src: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
    } else if (c === '[' || c === '(') {
      depth++;
    } else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return src.length;
}
