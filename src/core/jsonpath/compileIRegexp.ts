/**
 * I-Regexp (RFC 9485) for the `match` and `search` functions of RFC 9535: validates a pattern
 * against the I-Regexp grammar and translates it to an equivalent JavaScript RegExp with the
 * `u` flag (RFC 9485 §5.3): `.` becomes `[^\n\r]`, groups become non-capturing, and `match`
 * is anchored with `^(?:…)$`. `^` and `$` are passed through as anchors, like the §5.3 mapping
 * does and the RFC 9535 compliance test suite expects, although the I-Regexp grammar lists
 * them among ordinary characters.
 * Anything outside I-Regexp (`\d`, lazy quantifiers, back-references, lookarounds, ...) is
 * rejected.
 *
 * JavaScript's engine backtracks, so as a guard against catastrophic patterns this also rejects
 * a repeated group that itself contains a variable repetition (`(a+)+`, `(a?){30}`, `(ab*)*`),
 * caps `{n,m}` bounds, group nesting and pattern length. This rejects some valid but rarely
 * useful I-Regexps; like any invalid pattern they make `match`/`search` return false.
 */

export type IRegexpResult =
  { ok: true; regexp: RegExp; source: string } | { ok: false; message: string; offset: number };

const MAX_PATTERN_LENGTH = 4096;
const MAX_GROUP_DEPTH = 32;
const MAX_REPEAT = 1000;

const CATEGORIES = new Set(
  (
    'L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps ' +
    'Z Zl Zp Zs S Sc Sk Sm So C Cc Cf Cn Co'
  ).split(' '),
);

/** Characters that I-Regexp lets follow a backslash as a single-character escape. */
const SINGLE_CHAR_ESC = new Set([...'()*+-.?[\\]^nrt{|}']);

class RegexpError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A translated sub-pattern and whether it contains a variable-length repetition. */
interface Piece {
  js: string;
  variable: boolean;
}

class Translator {
  pos = 0;
  depth = 0;
  constructor(readonly src: string) {}

  fail(message: string, at = this.pos): never {
    throw new RegexpError(message, at);
  }

  /** Reads one code point; rejects lone surrogates. */
  next(): string {
    const cp = this.src.codePointAt(this.pos);
    if (cp === undefined) this.fail('unexpected end of pattern');
    if (cp >= 0xd800 && cp <= 0xdfff) this.fail('lone surrogate in pattern');
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }

  alternatives(): Piece {
    const branches: Piece[] = [this.branch()];
    while (this.src.charAt(this.pos) === '|') {
      this.pos++;
      branches.push(this.branch());
    }
    return { js: branches.map((b) => b.js).join('|'), variable: branches.some((b) => b.variable) };
  }

  branch(): Piece {
    let js = '';
    let variable = false;
    for (;;) {
      const ch = this.src.charAt(this.pos);
      if (ch === '' || ch === '|' || ch === ')') return { js, variable };
      const piece = this.piece();
      js += piece.js;
      variable ||= piece.variable;
    }
  }

  piece(): Piece {
    const atomStart = this.pos;
    const atom = this.atom();
    const qStart = this.pos;
    const q = this.quantifier();
    if (q === null) return atom;
    if (atom.variable && q.max !== 1) {
      this.fail('a repeated group containing a variable repetition is not allowed', atomStart);
    }
    if (q.min > MAX_REPEAT || (q.max !== null && q.max > MAX_REPEAT)) {
      this.fail(`repetition bounds above ${MAX_REPEAT} are not allowed`, qStart);
    }
    return { js: atom.js + q.js, variable: atom.variable || q.min !== q.max };
  }

  quantifier(): { js: string; min: number; max: number | null } | null {
    const ch = this.src.charAt(this.pos);
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      return { js: ch, min: ch === '+' ? 1 : 0, max: ch === '?' ? 1 : null };
    }
    if (ch !== '{') return null;
    const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(this.src.slice(this.pos));
    if (m === null) this.fail("invalid '{' quantifier (expected {n}, {n,} or {n,m})");
    this.pos += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
    if (max !== null && max < min) this.fail('quantifier bounds out of order');
    return { js: m[0], min, max };
  }

  atom(): Piece {
    const at = this.pos;
    const ch = this.src.charAt(this.pos);
    switch (ch) {
      case '(': {
        this.pos++;
        if (++this.depth > MAX_GROUP_DEPTH) this.fail('groups nested too deeply', at);
        const inner = this.alternatives();
        if (this.src.charAt(this.pos) !== ')') this.fail("missing ')'", at);
        this.pos++;
        this.depth--;
        return { js: `(?:${inner.js})`, variable: inner.variable };
      }
      case '.':
        this.pos++;
        return { js: '[^\\n\\r]', variable: false };
      case '[':
        return { js: this.charClass(), variable: false };
      case '\\':
        return { js: this.escape(false), variable: false };
      case '*':
      case '+':
      case '?':
      case '{':
        return this.fail(`nothing to repeat before '${ch}'`);
      case ']':
      case '}':
        return this.fail(`'${ch}' must be escaped`);
      default: {
        // '^' and '$' stay assertions, as RFC 9485 §5.3's mapping leaves them and as the
        // RFC 9535 compliance test suite expects ("explicit caret", "explicit dollar").
        return { js: this.next(), variable: false };
      }
    }
  }

  /** A backslash escape: single-character escape or \p{..}/\P{..}. */
  escape(inClass: boolean): string {
    const at = this.pos;
    this.pos++;
    const ch = this.src.charAt(this.pos);
    if (ch === 'p' || ch === 'P') {
      const m = /^[pP]\{([A-Za-z]+)\}/.exec(this.src.slice(this.pos));
      if (m === null || !CATEGORIES.has(m[1] as string)) {
        this.fail('invalid \\p{…} category (I-Regexp allows general categories only)', at);
      }
      this.pos += m[0].length;
      return '\\' + m[0];
    }
    if (!SINGLE_CHAR_ESC.has(ch)) this.fail(`invalid escape '\\${ch}' in I-Regexp`, at);
    this.pos++;
    if (ch === 'n' || ch === 'r' || ch === 't') return '\\' + ch;
    // With the u flag, JavaScript allows '\-' only inside a class.
    if (ch === '-') return inClass ? '\\-' : '-';
    return '\\' + ch;
  }

  /** `[` [`^`] ( `-` / CCE1 ) *CCE1 [`-`] `]` */
  charClass(): string {
    const open = this.pos;
    this.pos++;
    let js = '[';
    if (this.src.charAt(this.pos) === '^') {
      this.pos++;
      js += '^';
    }
    let first = true;
    for (;;) {
      const ch = this.src.charAt(this.pos);
      if (ch === '') this.fail("missing ']'", open);
      if (ch === ']') {
        if (first) this.fail('empty character class', open);
        this.pos++;
        return js + ']';
      }
      if (ch === '-') {
        if (!first && this.src.charAt(this.pos + 1) !== ']') {
          this.fail("'-' must be first or last in a class, or escaped");
        }
        this.pos++;
        js += '\\-';
      } else if (ch === '\\' && /^[pP]$/.test(this.src.charAt(this.pos + 1))) {
        js += this.escape(true);
      } else {
        const low = this.classChar();
        js += low.js;
        if (this.src.charAt(this.pos) === '-' && this.src.charAt(this.pos + 1) !== ']') {
          this.pos++;
          const rangeAt = this.pos;
          const high = this.classChar();
          if (high.cp < low.cp) this.fail('character range out of order', rangeAt);
          js += '-' + high.js;
        }
      }
      first = false;
    }
  }

  /** CCchar: any character but `-`, `[`, `\`, `]`, or a single-character escape. */
  classChar(): { js: string; cp: number } {
    const ch = this.src.charAt(this.pos);
    if (ch === '\\') {
      const esc = this.src.charAt(this.pos + 1);
      const js = this.escape(true);
      const decoded = esc === 'n' ? '\n' : esc === 'r' ? '\r' : esc === 't' ? '\t' : esc;
      return { js, cp: decoded.codePointAt(0) ?? 0 };
    }
    if (ch === '[' || ch === ']' || ch === '-') this.fail(`'${ch}' must be escaped in a class`);
    const c = this.next();
    return { js: c === '^' ? '\\^' : c, cp: c.codePointAt(0) ?? 0 };
  }
}

/**
 * Validates `pattern` as I-Regexp and compiles it: `match` mode anchors the whole string,
 * `search` mode finds a substring. Never throws.
 */
export function compileIRegexp(pattern: string, mode: 'match' | 'search'): IRegexpResult {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { ok: false, message: `pattern longer than ${MAX_PATTERN_LENGTH}`, offset: 0 };
  }
  const t = new Translator(pattern);
  try {
    const body = t.alternatives();
    if (t.pos < pattern.length) t.fail(`unmatched '${pattern.charAt(t.pos)}'`);
    const source = mode === 'match' ? `^(?:${body.js})$` : body.js;
    return { ok: true, regexp: new RegExp(source, 'u'), source };
  } catch (e) {
    if (e instanceof RegexpError) return { ok: false, message: e.message, offset: e.offset };
    // The JavaScript engine refused the translation: treat as invalid rather than crash.
    return { ok: false, message: e instanceof Error ? e.message : String(e), offset: 0 };
  }
}
