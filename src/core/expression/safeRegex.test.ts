import { describe, expect, it } from 'vitest';
import { compileSafeRegex, MAX_REGEX_PATTERN_LENGTH } from './safeRegex';

function refusal(pattern: string): string | undefined {
  const r = compileSafeRegex(pattern);
  return r.ok ? undefined : r.message;
}

describe('compileSafeRegex: catastrophic and unsupported patterns are refused', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers such as (a+)+ are not supported'],
    ['(a*)*b', 'nested quantifiers such as (a+)+ are not supported'],
    ['((ab)+c)*', 'nested quantifiers such as (a+)+ are not supported'],
    ['(x{2,}y)+', 'nested quantifiers such as (a+)+ are not supported'],
    ['(?:a+){2,5}', 'nested quantifiers such as (a+)+ are not supported'],
    [
      '(a|a)*b',
      'a repeated group whose alternatives can match the same text, such as (a|ab)*, is not supported',
    ],
    [
      '(a|ab)+',
      'a repeated group whose alternatives can match the same text, such as (a|ab)*, is not supported',
    ],
    [
      '(.|x)*',
      'a repeated group whose alternatives can match the same text, such as (a|ab)*, is not supported',
    ],
    ['(a)\\1', 'backreferences are not supported (RE2 syntax)'],
    ['(?<n>a)\\k<n>', 'backreferences are not supported (RE2 syntax)'],
    ['a(?=b)', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['a(?!b)', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['(?<=a)b', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['(?<!a)b', 'lookahead and lookbehind are not supported (RE2 syntax)'],
    ['a(?i)b', 'inline flags are only supported at the start of the pattern, as (?i)'],
    ['(a', "unbalanced '('"],
    ['a)', "unbalanced ')'"],
    ['[', 'invalid regular expression'],
    ['x'.repeat(MAX_REGEX_PATTERN_LENGTH + 1), 'pattern is too long (over 1000 characters)'],
  ])('given %s, when compiled, then it is refused: %s', (pattern, message) => {
    expect(refusal(pattern)).toBe(message);
  });
});

describe('compileSafeRegex: ordinary patterns are accepted', () => {
  it.each([
    ['^[a-z]+@[a-z]+\\.com$', 'tom@x.com', true],
    ['(ab)+', 'xababx', true],
    ['(a|b)*c', 'ababc', true],
    ['(?:foo|bar)+', 'foobar', true],
    ['(a+)?b', 'aab', true],
    ['(a+){1}b', 'aab', true],
    ['[(+*]+', '(+', true],
    ['\\(a+\\)+', '(aa))', true],
    ['(?i)^abc$', 'ABC', true],
    ['(?s)a.b', 'a\nb', true],
    ['^\\d+$', '12a', false],
    ['\\pL+', 'é', true],
  ])('given %s, when matched against %j, then %s', (pattern, text, expected) => {
    const r = compileSafeRegex(pattern);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.regex.test(text)).toBe(expected);
  });
});
