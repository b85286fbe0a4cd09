import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSafeRegex, MAX_REGEX_PATTERN_LENGTH } from './safeRegex';

function refusal(pattern: string): string | undefined {
  const r = compileSafeRegex(pattern);
  return r.ok ? undefined : r.message;
}

function matches(pattern: string, text: string): boolean {
  const r = compileSafeRegex(pattern);
  if (!r.ok) throw new Error(r.message);
  return r.test(text);
}

describe('compileSafeRegex: refused patterns', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers such as (a+)+ are not supported'],
    ['(a*)*b', 'nested quantifiers such as (a+)+ are not supported'],
    ['((ab)+c)*', 'nested quantifiers such as (a+)+ are not supported'],
    ['(x{2,}y)+', 'nested quantifiers such as (a+)+ are not supported'],
    ['(?:a+){2,5}', 'nested quantifiers such as (a+)+ are not supported'],
    ['(a)\\1', 'backreferences are not supported (RE2 syntax)'],
    ['(?<n>a)\\k<n>', 'backreferences are not supported (RE2 syntax)'],
    ['a(?=b)', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['a(?!b)', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['(?<=a)b', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['(?<!a)b', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['a(?i)b', 'inline flags are only supported at the start of the pattern, as (?i)'],
    ['(a', "unbalanced '('"],
    ['a)', "unbalanced ')'"],
    ['[a', "missing closing ']'"],
    ['*a', "missing argument to repetition operator '*'"],
    ['a**', 'invalid nested repetition operator'],
    ['a{1001}', 'invalid repeat count {1001} (at most 1000)'],
    ['a{3,2}', 'invalid repeat count {3,2} (at most 1000)'],
    ['\\q', 'unsupported escape \\q'],
    ['a\\', 'trailing backslash at the end of the pattern'],
    ['[a-z]{1000}'.repeat(21), 'the pattern is too large once its repetitions are expanded'],
    ['x'.repeat(MAX_REGEX_PATTERN_LENGTH + 1), 'pattern is too long (over 1000 characters)'],
  ])('given %s, when compiled, then it is refused: %s', (pattern, message) => {
    expect(refusal(pattern)).toBe(message);
  });
});

describe('compileSafeRegex: RE2 semantics', () => {
  it.each<[string, string, boolean]>([
    ['^[a-z]+@[a-z]+\\.com$', 'tom@x.com', true],
    ['(ab)+', 'xababx', true],
    ['(a|b)*c', 'ababc', true],
    ['(?:foo|bar)+$', 'xfoobar', true],
    ['(a+)?b', 'aab', true],
    ['(a+){1}b', 'aab', true],
    ['[(+*]+', '(+', true],
    ['[]a]', ']', true],
    ['[^]a]', 'b', true],
    ['[[:digit:]]+', 'x7', true],
    ['\\(a+\\)+', '(aa))', true],
    ['(?i)^abc$', 'ABC', true],
    ['(?i)[a-c]', 'B', true],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
    ['(?m)^b$', 'a\nb\nc', true],
    ['^b$', 'a\nb\nc', false],
    ['\\bcat\\b', 'a cat!', true],
    ['\\bcat\\b', 'concat', false],
    ['\\Bcat', 'concat', true],
    ['\\Aab\\z', 'ab', true],
    ['^\\d+$', '12a', false],
    ['^\\w+\\s\\S$', 'ab c', true],
    ['\\pL+', 'é', true],
    ['\\p{Greek}', 'λ', true],
    ['\\PL', 'abc', false],
    ['^.$', '😀', true],
    ['\\x41\\x{1F600}', 'A😀', true],
    ['a{2,3}$', 'aaaa', true],
    ['^a{2,3}$', 'aaaa', false],
    ['^a{2,}$', 'aaaa', true],
    ['', 'anything', true],
    ['x*', '', true],
    ['a|', 'zzz', true],
    ['\\.\\*\\+\\?', '.*+?', true],
    ['(?P<year>\\d{4})-\\d{2}', '2024-05', true],
  ])('given %s, when matched against %j, then %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  it('given ReDoS-shaped patterns that RE2 accepts, when run on 100,000 characters, then they answer', () => {
    const as = 'a'.repeat(100_000);
    expect(matches('(a|a)*b', as)).toBe(false);
    expect(matches('(a|aa)*$', as)).toBe(true);
    expect(matches('\\d*\\d*\\d*\\d*x', '1'.repeat(100_000))).toBe(false);
    expect(matches('^(a?){30}a{30}$', 'a'.repeat(30))).toBe(true);
  });

  it('given random simple patterns, when matched, then the answer equals JavaScript RegExp', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d', '(a|b)', '(ab|a)', '^', '$');
    const quant = fc.constantFrom('', '*', '+', '?', '{2}', '{1,2}', '*?');
    const pattern = fc
      .array(fc.tuple(atom, quant), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([a, q]) => (a === '^' || a === '$' ? a : a + q)).join(''));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '1', '\n'), maxLength: 12 });
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        expect(matches(p, t)).toBe(new RegExp(p, 'u').test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
