/**
 * A parser for the RE2 syntax `regexMatchString` accepts (the service runs Go's RE2), producing
 * a tree for the linear-time matcher in regexMatcher.ts. Single-character atoms (classes, `.`,
 * `\d`, `\p{Greek}`, literals) become predicates on one code point, tested with a JavaScript
 * RegExp of that atom alone, which cannot backtrack.
 */

export type AssertKind =
  'begin-line' | 'end-line' | 'begin-text' | 'end-text' | 'word' | 'not-word';

export type RegexNode =
  | { t: 'char'; test: (cp: number) => boolean }
  | { t: 'assert'; kind: AssertKind }
  | { t: 'seq'; items: RegexNode[] }
  | { t: 'alt'; items: RegexNode[] }
  | { t: 'repeat'; node: RegexNode; min: number; max: number };

export interface RegexFlags {
  i: boolean;
  s: boolean;
  m: boolean;
}

/** A refusal with a message the user understands; thrown inside the parser only. */
export class RegexSyntaxError {
  constructor(readonly message: string) {}
}

/** Largest counted repetition, as in RE2. */
export const MAX_REPEAT = 1000;

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ',
  xdigit: '0-9A-Fa-f',
  word: '0-9A-Za-z_',
  punct: '!-\\/:-@\\[-`{-~',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
};
const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };

/** Parses an RE2 pattern (without its leading flag group); throws {@link RegexSyntaxError}. */
export function parseRegex(pattern: string, flags: RegexFlags): RegexNode {
  return new RegexParser(pattern, flags).parse();
}

class RegexParser {
  private i = 0;

  constructor(
    private readonly p: string,
    private readonly flags: RegexFlags,
  ) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.i < this.p.length) throw new RegexSyntaxError("unbalanced ')'");
    return node;
  }

  private alternation(): RegexNode {
    const items = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? (items[0] as RegexNode) : { t: 'alt', items };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(node: RegexNode): RegexNode {
    const c = this.p[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i)) : null;
      if (!m) return node;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT) || max < min) {
        throw new RegexSyntaxError(`invalid repeat count ${m[0]} (at most ${MAX_REPEAT})`);
      }
    }
    if (this.p[this.i] === '?') this.i++; // lazy: the same yes/no answer
    if (/^[*+?]/.test(this.p[this.i] ?? ''))
      throw new RegexSyntaxError('invalid nested repetition operator');
    if (node.t === 'assert') return node;
    if (max > 1 && repeats(node))
      throw new RegexSyntaxError('nested quantifiers such as (a+)+ are not supported');
    return { t: 'repeat', node, min, max };
  }

  private atom(): RegexNode {
    const c = this.p[this.i] as string;
    this.i++;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return { t: 'char', test: this.flags.s ? () => true : (cp) => cp !== 10 };
      case '^':
        return { t: 'assert', kind: this.flags.m ? 'begin-line' : 'begin-text' };
      case '$':
        return { t: 'assert', kind: this.flags.m ? 'end-line' : 'end-text' };
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new RegexSyntaxError(`missing argument to repetition operator '${c}'`);
      default: {
        const cp = this.p.codePointAt(this.i - 1) as number;
        if (cp > 0xffff) this.i++;
        return this.literal(cp);
      }
    }
  }

  private group(): RegexNode {
    if (/^\?<?[=!]/.test(this.p.slice(this.i, this.i + 3))) {
      throw new RegexSyntaxError('lookahead and lookbehind are not supported (RE2 syntax)');
    }
    const named = /^\?P?<[A-Za-z_][A-Za-z0-9_]*>|^\?:/.exec(this.p.slice(this.i));
    if (named) this.i += named[0].length;
    else if (this.p[this.i] === '?') {
      throw new RegexSyntaxError(
        'inline flags are only supported at the start of the pattern, as (?i)',
      );
    }
    const inner = this.alternation();
    if (this.p[this.i] !== ')') throw new RegexSyntaxError("unbalanced '('");
    this.i++;
    return inner;
  }

  private escape(): RegexNode {
    const e = this.p[this.i];
    if (e === undefined) throw new RegexSyntaxError('trailing backslash at the end of the pattern');
    this.i++;
    if (/[1-9]/.test(e) || e === 'k')
      throw new RegexSyntaxError('backreferences are not supported (RE2 syntax)');
    if (e === 'b' || e === 'B') return { t: 'assert', kind: e === 'b' ? 'word' : 'not-word' };
    if (e === 'A' || e === 'z') return { t: 'assert', kind: e === 'A' ? 'begin-text' : 'end-text' };
    if ('dDwWsS'.includes(e)) return this.jsAtom(`\\${e}`);
    if (e === 'p' || e === 'P') return this.jsAtom(`[${this.unicodeClass(e)}]`);
    if (e === 'x') return this.literal(this.hexEscape());
    if (e in SIMPLE_ESCAPES) return this.literal(SIMPLE_ESCAPES[e] as number);
    if (/[A-Za-z0-9]/.test(e)) throw new RegexSyntaxError(`unsupported escape \\${e}`);
    return this.literal(e.codePointAt(0) as number);
  }

  private hexEscape(): number {
    const m = /^\{([0-9A-Fa-f]{1,6})\}|^[0-9A-Fa-f]{2}/.exec(this.p.slice(this.i));
    if (!m) throw new RegexSyntaxError('invalid \\x escape');
    this.i += m[0].length;
    const cp = parseInt(m[1] ?? m[0], 16);
    if (cp > 0x10ffff) throw new RegexSyntaxError('invalid \\x escape');
    return cp;
  }

  /** `\pL`, `\p{Lu}`, `\p{Greek}` (at this.i, after the `p`), as a JavaScript class item. */
  private unicodeClass(kind: string): string {
    const m = /^\{\^?([A-Za-z_]+)\}|^([A-Za-z])/.exec(this.p.slice(this.i));
    if (!m) throw new RegexSyntaxError(`invalid \\${kind} escape`);
    this.i += m[0].length;
    const name = m[1] ?? m[2] ?? '';
    const negated = (kind === 'P') !== m[0].startsWith('{^');
    const prop = name.length <= 2 ? name : `Script=${name}`;
    return `\\${negated ? 'P' : 'p'}{${prop}}`;
  }

  private charClass(): RegexNode {
    let body = '';
    const start = this.i;
    if (this.p[this.i] === '^') body += this.p[this.i++];
    for (;;) {
      const c = this.p[this.i];
      if (c === undefined) throw new RegexSyntaxError("missing closing ']'");
      if (c === ']' && this.i > start + (body.startsWith('^') ? 1 : 0)) break;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.p.slice(this.i));
      if (posix) {
        const set = POSIX[posix[2] as string];
        if (!set || posix[1]) throw new RegexSyntaxError(`unsupported class ${posix[0]}`);
        body += set;
        this.i += posix[0].length;
      } else if (c === '\\') {
        const e = this.p[this.i + 1] ?? '';
        this.i += 2;
        if (e === 'p' || e === 'P') body += this.unicodeClass(e);
        else if (e === 'x') body += `\\u{${this.hexEscape().toString(16)}}`;
        else if (/[A-Za-z0-9]/.test(e)) body += `\\${e}`;
        else body += `\\u{${(e.codePointAt(0) ?? 0).toString(16)}}`;
      } else {
        body += c === '[' || c === ']' || c === '/' ? `\\${c}` : c;
        this.i++;
      }
    }
    this.i++;
    return this.jsAtom(`[${body}]`);
  }

  private literal(cp: number): RegexNode {
    if (!this.flags.i) return { t: 'char', test: (x) => x === cp };
    return this.jsAtom(`\\u{${cp.toString(16)}}`);
  }

  /** A one-character atom tested by a JavaScript RegExp of that atom alone (no backtracking). */
  private jsAtom(source: string): RegexNode {
    let re: RegExp;
    try {
      re = new RegExp(`^${source}$`, this.flags.i ? 'iu' : 'u');
    } catch {
      throw new RegexSyntaxError(`invalid character class ${source}`);
    }
    return { t: 'char', test: (cp) => re.test(String.fromCodePoint(cp)) };
  }
}

/** Whether a node contains a repetition that can match more than once. */
function repeats(node: RegexNode): boolean {
  switch (node.t) {
    case 'repeat':
      return node.max > 1 || repeats(node.node);
    case 'seq':
    case 'alt':
      return node.items.some(repeats);
    default:
      return false;
  }
}
