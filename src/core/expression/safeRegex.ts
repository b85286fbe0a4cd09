import { compileRegex, matchesAnywhere, RegexTooLargeError } from './regexMatcher';
import { parseRegex, RegexSyntaxError } from './regexSyntax';

/** Longest pattern accepted by `regexMatchString`. */
export const MAX_REGEX_PATTERN_LENGTH = 1_000;
/** Longest text `regexMatchString` will search (the matcher is linear; this bounds its work). */
export const MAX_REGEX_INPUT_LENGTH = 100_000;

/** A compiled pattern: `test` says whether it matches anywhere in a text (unanchored). */
export type SafeRegexResult =
  { ok: true; test: (text: string) => boolean } | { ok: false; message: string };

const cache = new Map<string, SafeRegexResult>();

/**
 * Compiles a Go/RE2-style pattern for `regexMatchString` into a linear-time matcher
 * (regexMatcher.ts): no pattern can make matching take more than O(text × pattern) steps, so
 * there are no catastrophic cases. Refused with a clear message: what RE2 itself rejects
 * (backreferences, lookarounds, invalid syntax), and nested quantifiers such as `(a+)+` (as
 * the design asked: RE2 accepts them and this matcher would handle them, but they are the
 * classic ReDoS shape and are refused to stay predictable). A leading `(?i)`, `(?s)`, `(?m)`
 * sets a flag; other inline flag groups are refused.
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
  const lead = /^\(\?([ims]+)\)/.exec(pattern);
  const flagText = lead?.[1] ?? '';
  const flags = { i: flagText.includes('i'), s: flagText.includes('s'), m: flagText.includes('m') };
  try {
    const prog = compileRegex(parseRegex(pattern.slice(lead?.[0].length ?? 0), flags));
    return { ok: true, test: (text) => matchesAnywhere(prog, text) };
  } catch (e) {
    if (e instanceof RegexSyntaxError || e instanceof RegexTooLargeError) {
      return { ok: false, message: e.message };
    }
    throw e;
  }
}
