/** Longest pattern accepted by `regexMatchString`. */
export const MAX_REGEX_PATTERN_LENGTH = 1_000;
/** Longest text `regexMatchString` will search, bounding the cost of any accepted pattern. */
export const MAX_REGEX_INPUT_LENGTH = 10_000;

export type SafeRegexResult = { ok: true; regex: RegExp } | { ok: false; message: string };

interface Frame {
  /** The group contains a repeating quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1). */
  repeats: boolean;
  /** First characters of the alternatives ('' = unknown: a class, escape, dot or group). */
  firsts: string[];
  expectFirst: boolean;
}

const cache = new Map<string, SafeRegexResult>();

/**
 * Compiles a Go/RE2-style pattern for `regexMatchString` after refusing what can make a
 * backtracking engine take exponential time, or what RE2 (the service's engine) rejects anyway:
 * backreferences, lookarounds, a repeated group that itself contains a repeat (`(a+)+`), and a
 * repeated group whose alternatives can start with the same character (`(a|ab)*`). A leading
 * `(?i)`, `(?s)`, `(?m)` becomes a flag; `(?P<name>` becomes `(?<name>`. Polynomial patterns
 * (`a*a*a*b`) remain possible: {@link MAX_REGEX_INPUT_LENGTH} bounds their cost.
 */
export function compileSafeRegex(pattern: string): SafeRegexResult {
  let hit = cache.get(pattern);
  if (!hit) {
    hit = compile(pattern);
    if (cache.size >= 200) cache.clear();
    cache.set(pattern, hit);
  }
  return hit;
}

function compile(pattern: string): SafeRegexResult {
  if (pattern.length > MAX_REGEX_PATTERN_LENGTH) {
    return {
      ok: false,
      message: `pattern is too long (over ${MAX_REGEX_PATTERN_LENGTH} characters)`,
    };
  }
  let body = pattern;
  let flags = '';
  const lead = /^\(\?([ims]+)\)/.exec(body);
  if (lead) {
    flags = [...new Set(lead[1])].join('');
    body = body.slice(lead[0].length);
  }
  body = translateGoSyntax(body);
  const problem = findProblem(body);
  if (problem) return { ok: false, message: problem };
  for (const extra of ['u', '']) {
    try {
      return { ok: true, regex: new RegExp(body, flags + extra) };
    } catch {
      // Some RE2 escapes are invalid in Unicode mode (e.g. `\!`): retry without it.
    }
  }
  return { ok: false, message: 'invalid regular expression' };
}

/** Walks the pattern once; returns why it is refused, or undefined. */
function findProblem(p: string): string | undefined {
  const stack: Frame[] = [{ repeats: false, firsts: [], expectFirst: true }];
  let lastGroup: Frame | undefined;
  let lastWasAtom = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    const top = stack[stack.length - 1] as Frame;
    if (c === '\\') {
      const e = p[i + 1] ?? '';
      if (/[1-9]/.test(e) || e === 'k') return 'backreferences are not supported (RE2 syntax)';
      noteFirst(top, '');
      i++;
      lastGroup = undefined;
      lastWasAtom = true;
    } else if (c === '[') {
      i = skipClass(p, i);
      noteFirst(top, '');
      lastGroup = undefined;
      lastWasAtom = true;
    } else if (c === '(') {
      if (/^\(\?<?[=!]/.test(p.slice(i, i + 4))) {
        return 'lookahead and lookbehind are not supported (RE2 syntax)';
      }
      if (p[i + 1] === '?' && !/^\(\?(:|<[A-Za-z])/.test(p.slice(i, i + 4))) {
        return 'inline flags are only supported at the start of the pattern, as (?i)';
      }
      noteFirst(top, '');
      stack.push({ repeats: false, firsts: [], expectFirst: true });
      lastWasAtom = false;
    } else if (c === ')') {
      if (stack.length === 1) return "unbalanced ')'";
      lastGroup = stack.pop() as Frame;
      (stack[stack.length - 1] as Frame).repeats ||= lastGroup.repeats;
      lastWasAtom = true;
    } else if (c === '|') {
      top.expectFirst = true;
      lastWasAtom = false;
    } else if (
      c === '*' ||
      c === '+' ||
      c === '?' ||
      (c === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i)))
    ) {
      if (!lastWasAtom) continue; // lazy `?` after a quantifier, or a literal the engine judges
      const close = c === '{' ? p.indexOf('}', i) : i;
      const repeats = c !== '?' && !(c === '{' && /^\{[01](,[01])?\}$/.test(p.slice(i, close + 1)));
      if (repeats && lastGroup?.repeats)
        return 'nested quantifiers such as (a+)+ are not supported';
      if (repeats && lastGroup && overlaps(lastGroup.firsts)) {
        return 'a repeated group whose alternatives can match the same text, such as (a|ab)*, is not supported';
      }
      if (repeats) top.repeats = true;
      i = close;
      lastGroup = undefined;
      lastWasAtom = false;
    } else {
      noteFirst(top, c === '.' || c === '^' || c === '$' ? '' : c);
      lastGroup = undefined;
      lastWasAtom = true;
    }
  }
  return stack.length === 1 ? undefined : "unbalanced '('";
}

/**
 * RE2 spellings JavaScript writes differently: `(?P<name>` → `(?<name>`, `\pL` → `\p{L}`, and
 * script names `\p{Greek}` → `\p{Script=Greek}` (one- and two-letter names are categories).
 */
function translateGoSyntax(p: string): string {
  return p
    .replace(/\(\?P</g, '(?<')
    .replace(
      /\\\\|\\([pP])(?:\{([A-Za-z_]+)\}|([A-Za-z]))/g,
      (m, kind: string, long?: string, short?: string) => {
        if (m === '\\\\') return m;
        const name = long ?? short ?? '';
        return name.length <= 2 ? `\\${kind}{${name}}` : `\\${kind}{Script=${name}}`;
      },
    );
}

function noteFirst(frame: Frame, first: string): void {
  if (!frame.expectFirst) return;
  frame.firsts.push(first);
  frame.expectFirst = false;
}

function overlaps(firsts: string[]): boolean {
  if (firsts.length < 2) return false;
  return firsts.includes('') || new Set(firsts).size < firsts.length;
}

function skipClass(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
  return i;
}
