/**
 * I-Regexp (RFC 9485) syntax: validates a pattern against the I-Regexp grammar and builds a
 * small tree that both the JavaScript translation (`compileIRegexp`) and the linear-time
 * matcher (`compileIRegexpMatcher`) consume. Anything outside I-Regexp (`\d`, lazy
 * quantifiers, back-references, lookarounds, `{,n}`, ...) is an error with an offset.
 *
 * `^` and `$` become assertions, as RFC 9485 §5.3's mapping leaves them and as the RFC 9535
 * compliance test suite expects ("explicit caret", "explicit dollar"), although the I-Regexp
 * grammar lists them among ordinary characters.
 */

/** One code point test: a range, or a Unicode general category (`\p{..}` / `\P{..}`). */
export type ClassItem =
  | { kind: 'range'; from: number; to: number }
  | { kind: 'category'; name: string; negated: boolean };

export type RegexNode =
  | { kind: 'alt'; branches: RegexNode[] }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'repeat'; node: RegexNode; min: number; max: number | null }
  | { kind: 'set'; negated: boolean; items: ClassItem[]; dot?: true }
  | { kind: 'assert'; at: 'start' | 'end' };

export type ParseIRegexpResult =
  { ok: true; node: RegexNode } | { ok: false; message: string; offset: number };

export const IREGEXP_LIMITS = { patternLength: 4096, groupDepth: 32, repeat: 1000 } as const;

const CATEGORIES = new Set(
  (
    'L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps ' +
    'Z Zl Zp Zs S Sc Sk Sm So C Cc Cf Cn Co'
  ).split(' '),
);

/** Characters that may follow a backslash as a single-character escape. */
const SINGLE_CHAR_ESC = new Set([...'()*+-.?[\\]^nrt{|}']);

const lit = (cp: number): RegexNode => ({
  kind: 'set',
  negated: false,
  items: [{ kind: 'range', from: cp, to: cp }],
});

class RegexpSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Parser {
  pos = 0;
  depth = 0;
  constructor(readonly src: string) {}

  fail(message: string, at = this.pos): never {
    throw new RegexpSyntaxError(message, at);
  }

  peek(ahead = 0): string {
    return this.src.charAt(this.pos + ahead);
  }

  /** Reads one code point; rejects lone surrogates. */
  codePoint(): number {
    const cp = this.src.codePointAt(this.pos);
    if (cp === undefined) this.fail('unexpected end of pattern');
    if (cp >= 0xd800 && cp <= 0xdfff) this.fail('lone surrogate in pattern');
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  alternatives(): RegexNode {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? (branches[0] as RegexNode) : { kind: 'alt', branches };
  }

  branch(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === '' || ch === '|' || ch === ')') return { kind: 'seq', items };
      items.push(this.piece());
    }
  }

  piece(): RegexNode {
    const node = this.atom();
    const ch = this.peek();
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      return { kind: 'repeat', node, min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : null };
    }
    if (ch !== '{') return node;
    const at = this.pos;
    const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(this.src.slice(this.pos));
    if (m === null) this.fail("invalid '{' quantifier (expected {n}, {n,} or {n,m})");
    this.pos += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
    if (max !== null && max < min) this.fail('quantifier bounds out of order', at);
    if (Math.max(min, max ?? 0) > IREGEXP_LIMITS.repeat) {
      this.fail(`repetition bounds above ${IREGEXP_LIMITS.repeat} are not supported`, at);
    }
    return { kind: 'repeat', node, min, max };
  }

  atom(): RegexNode {
    const at = this.pos;
    const ch = this.peek();
    switch (ch) {
      case '(': {
        this.pos++;
        if (++this.depth > IREGEXP_LIMITS.groupDepth) this.fail('groups nested too deeply', at);
        const inner = this.alternatives();
        if (this.peek() !== ')') this.fail("missing ')'", at);
        this.pos++;
        this.depth--;
        return inner;
      }
      case '.':
        this.pos++;
        return { kind: 'set', negated: true, items: [range(0x0a), range(0x0d)], dot: true };
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        this.pos++;
        return { kind: 'assert', at: ch === '^' ? 'start' : 'end' };
      case '*':
      case '+':
      case '?':
      case '{':
        return this.fail(`nothing to repeat before '${ch}'`);
      case ']':
      case '}':
        return this.fail(`'${ch}' must be escaped`);
      default:
        return lit(this.codePoint());
    }
  }

  /** A backslash escape outside a class: a single-character escape or \p{..}/\P{..}. */
  escape(): RegexNode {
    const item = this.escapeItem();
    return item.kind === 'range' ? lit(item.from) : { kind: 'set', negated: false, items: [item] };
  }

  escapeItem(): ClassItem {
    const at = this.pos;
    this.pos++;
    const ch = this.peek();
    if (ch === 'p' || ch === 'P') {
      const m = /^[pP]\{([A-Za-z]+)\}/.exec(this.src.slice(this.pos));
      if (m === null || !CATEGORIES.has(m[1] as string)) {
        this.fail('invalid \\p{…} category (I-Regexp allows general categories only)', at);
      }
      this.pos += m[0].length;
      return { kind: 'category', name: m[1] as string, negated: ch === 'P' };
    }
    if (!SINGLE_CHAR_ESC.has(ch)) this.fail(`invalid escape '\\${ch}' in I-Regexp`, at);
    this.pos++;
    const decoded = ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch;
    return range(decoded.codePointAt(0) ?? 0);
  }

  /** `[` [`^`] ( `-` / CCE1 ) *CCE1 [`-`] `]` */
  charClass(): RegexNode {
    const open = this.pos;
    this.pos++;
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const items: ClassItem[] = [];
    for (let first = true; ; first = false) {
      const ch = this.peek();
      if (ch === '') this.fail("missing ']'", open);
      if (ch === ']') {
        if (first) this.fail('empty character class', open);
        this.pos++;
        return { kind: 'set', negated, items };
      }
      if (ch === '-') {
        if (!first && this.peek(1) !== ']') {
          this.fail("'-' must be first or last in a class, or escaped");
        }
        this.pos++;
        items.push(range(0x2d));
      } else if (ch === '\\' && (this.peek(1) === 'p' || this.peek(1) === 'P')) {
        items.push(this.escapeItem());
      } else {
        const low = this.classChar();
        if (this.peek() === '-' && this.peek(1) !== ']') {
          this.pos++;
          const at = this.pos;
          const high = this.classChar();
          if (high < low) this.fail('character range out of order', at);
          items.push({ kind: 'range', from: low, to: high });
        } else {
          items.push(range(low));
        }
      }
    }
  }

  /** CCchar: any character but `-`, `[`, `\`, `]`, or a single-character escape. */
  classChar(): number {
    const ch = this.peek();
    if (ch === '\\') {
      const item = this.escapeItem();
      if (item.kind !== 'range') this.fail('a category cannot bound a range');
      return item.from;
    }
    if (ch === '[' || ch === ']' || ch === '-') this.fail(`'${ch}' must be escaped in a class`);
    return this.codePoint();
  }
}

function range(cp: number): ClassItem {
  return { kind: 'range', from: cp, to: cp };
}

/** Parses an I-Regexp. Never throws. */
export function parseIRegexp(pattern: string): ParseIRegexpResult {
  if (pattern.length > IREGEXP_LIMITS.patternLength) {
    return {
      ok: false,
      message: `pattern longer than ${IREGEXP_LIMITS.patternLength} characters`,
      offset: 0,
    };
  }
  const p = new Parser(pattern);
  try {
    const node = p.alternatives();
    if (p.pos < pattern.length) p.fail(`unmatched '${pattern.charAt(p.pos)}'`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof RegexpSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}
