/**
 * The lexical layer of the JSONPath parser: a position in the query text and the RFC 9535
 * tokens that need character-level care (whitespace, string literals with escapes, integers in
 * the I-JSON range, number literals, member-name shorthands).
 */
import { JsonPathSyntaxError } from './jsonPathSyntaxError';

/** ±(2^53−1): the exact-integer range of I-JSON that indices and slice bounds must stay in. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isHex = (ch: string): boolean => /^[0-9a-fA-F]$/.test(ch);

export class Cursor {
  pos = 0;
  /** Current nesting of logical expressions, bounded by the parser. */
  depth = 0;

  constructor(readonly src: string) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  peek(ahead = 0): string {
    return this.src.charAt(this.pos + ahead);
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  eat(s: string): boolean {
    if (!this.startsWith(s)) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string, what: string): void {
    if (!this.eat(s)) this.fail(`expected ${what}${this.describeHere()}`);
  }

  /** Skips RFC 9535 blank space (space, tab, LF, CR); returns whether any was skipped. */
  skipS(): boolean {
    const start = this.pos;
    for (;;) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') this.pos++;
      else return this.pos > start;
    }
  }

  fail(message: string, offset = this.pos): never {
    throw new JsonPathSyntaxError(message, offset);
  }

  /** ", found 'x'" or ", found the end of the query", for error messages. */
  describeHere(): string {
    if (this.done) return ', found the end of the query';
    const cp = this.src.codePointAt(this.pos) ?? 0;
    return `, found '${String.fromCodePoint(cp)}'`;
  }

  /** Whether an `int` (RFC 9535: "0" / ["-"] DIGIT1 *DIGIT) could start here. */
  atInt(): boolean {
    const ch = this.peek();
    return isDigit(ch) || (ch === '-' && isDigit(this.peek(1)));
  }

  /** Parses an index or slice bound: no leading zeros, no `-0`, within ±(2^53−1). */
  parseInt(): number {
    const start = this.pos;
    const negative = this.eat('-');
    const digitsStart = this.pos;
    while (isDigit(this.peek())) this.pos++;
    const digits = this.src.slice(digitsStart, this.pos);
    if (digits === '') this.fail(`expected a digit${this.describeHere()}`);
    if (digits.length > 1 && digits.startsWith('0')) {
      this.fail(`integers must not have leading zeros ('${digits}')`, start);
    }
    if (negative && digits === '0') this.fail('-0 is not a valid index or slice bound', start);
    const value = Number(digits);
    if (value > MAX_SAFE) {
      this.fail(`integer ${negative ? '-' : ''}${digits} is outside the range ±(2^53−1)`, start);
    }
    return negative ? -value : value;
  }

  /** Parses a number literal: (int / "-0") [frac] [exp]; the result is a JS double. */
  parseNumber(): number {
    const start = this.pos;
    this.eat('-');
    const intStart = this.pos;
    while (isDigit(this.peek())) this.pos++;
    const intDigits = this.src.slice(intStart, this.pos);
    if (intDigits === '') this.fail(`expected a digit${this.describeHere()}`);
    if (intDigits.length > 1 && intDigits.startsWith('0')) {
      this.fail(`numbers must not have leading zeros`, start);
    }
    if (this.eat('.')) {
      if (!isDigit(this.peek())) this.fail(`expected a digit after '.'${this.describeHere()}`);
      while (isDigit(this.peek())) this.pos++;
    }
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.pos++;
      if (this.peek() === '+' || this.peek() === '-') this.pos++;
      if (!isDigit(this.peek()))
        this.fail(`expected a digit in the exponent${this.describeHere()}`);
      while (isDigit(this.peek())) this.pos++;
    }
    return Number(this.src.slice(start, this.pos));
  }

  /** Parses a single- or double-quoted string literal with RFC 9535 escapes. */
  parseString(): string {
    const quote = this.peek();
    const open = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      if (this.done) this.fail('unterminated string literal', open);
      const code = this.src.charCodeAt(this.pos);
      const ch = this.src.charAt(this.pos);
      if (ch === quote) {
        this.pos++;
        return out;
      }
      if (code < 0x20) {
        this.fail(`control character U+${hex4(code)} must be escaped in a string literal`);
      }
      if (ch === '\\') {
        out += this.parseEscape(quote);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = this.src.charCodeAt(this.pos + 1);
        if (!(next >= 0xdc00 && next <= 0xdfff)) this.fail('lone surrogate in string literal');
        out += this.src.slice(this.pos, this.pos + 2);
        this.pos += 2;
        continue;
      }
      if (code >= 0xdc00 && code <= 0xdfff) this.fail('lone surrogate in string literal');
      out += ch;
      this.pos++;
    }
  }

  private parseEscape(quote: string): string {
    const at = this.pos;
    this.pos++;
    const ch = this.peek();
    this.pos++;
    switch (ch) {
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '/':
      case '\\':
        return ch;
      case 'u':
        return this.parseUnicodeEscape(at);
      default:
        if (ch === quote) return ch;
        return this.fail(`invalid escape '\\${ch}' in string literal`, at);
    }
  }

  private parseUnicodeEscape(at: number): string {
    const high = this.hex4Here(at);
    if (high >= 0xdc00 && high <= 0xdfff) this.fail('lone low surrogate in \\u escape', at);
    if (high < 0xd800 || high > 0xdbff) return String.fromCharCode(high);
    if (!this.eat('\\u')) this.fail('high surrogate must be followed by a \\u low surrogate', at);
    const low = this.hex4Here(at);
    if (low < 0xdc00 || low > 0xdfff) this.fail('high surrogate not followed by a low one', at);
    return String.fromCharCode(high, low);
  }

  private hex4Here(at: number): number {
    const digits = this.src.slice(this.pos, this.pos + 4);
    if (digits.length < 4 || ![...digits].every(isHex)) {
      this.fail('\\u must be followed by four hexadecimal digits', at);
    }
    this.pos += 4;
    return parseInt(digits, 16);
  }

  /** Whether a member-name-shorthand starts here (ALPHA / "_" / non-ASCII, not a surrogate). */
  atNameFirst(): boolean {
    return isNameFirst(this.src.codePointAt(this.pos));
  }

  /** Parses `name-first *name-char` (RFC 9535 §2.5.1.1). */
  parseMemberName(): string {
    const start = this.pos;
    for (;;) {
      const cp = this.src.codePointAt(this.pos);
      if (cp === undefined) break;
      if (!isNameFirst(cp) && !(cp >= 0x30 && cp <= 0x39)) break;
      this.pos += cp > 0xffff ? 2 : 1;
    }
    return this.src.slice(start, this.pos);
  }
}

function isNameFirst(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return (
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    cp === 0x5f ||
    (cp >= 0x80 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0x10ffff)
  );
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
