import { describe, expect, it } from 'vitest';
import { compileIRegexp } from './compileIRegexp';

function compiled(pattern: string, mode: 'match' | 'search' = 'match'): RegExp {
  const r = compileIRegexp(pattern, mode);
  if (!r.ok) throw new Error(`${pattern}: ${r.message}`);
  return r.regexp;
}

describe('compileIRegexp: RFC 9485 translation', () => {
  const matches: [pattern: string, yes: string[], no: string[]][] = [
    ['a.c', ['abc', 'a😀c'], ['a\nc', 'a\rc', 'abcd', 'ac']],
    ['[a-c]+', ['abcabc'], ['abd', '']],
    ['[^a-c]', ['d', '\n'], ['a']],
    ['[.]', ['.'], ['a']],
    ['[-a]', ['-', 'a'], ['b']],
    ['[a-]', ['-', 'a'], ['b']],
    ['[\\-\\]\\[]', ['-', ']', '['], ['a']],
    ['[\\n\\t]', ['\n', '\t'], ['n']],
    ['\\p{Lu}\\P{Lu}', ['Ab', 'É1'], ['AB', 'ab']],
    ['[\\p{Nd}x]+', ['12x٣'], ['a']],
    ['\\p{L}', ['ж'], ['1']],
    ['a{2}', ['aa'], ['a', 'aaa']],
    ['a{2,}', ['aa', 'aaaa'], ['a']],
    ['a{1,2}b?', ['a', 'aab'], ['aaa']],
    ['(ab|cd)*', ['', 'abcd', 'cdab'], ['abc']],
    ['^ab.*', ['abc', 'ab'], ['axc', 'xab']],
    ['.*bc$', ['abc'], ['ab', 'abcx']],
    ['\\.\\*\\+\\?\\(\\)\\{\\}\\|\\^', ['.*+?(){}|^'], ['']],
    ['\\-', ['-'], ['a']],
    ['a|', ['a', ''], ['b']],
    ['[^^]', ['a'], ['^']],
  ];
  it.each(matches)('match %s', (pattern, yes, no) => {
    // given the translated pattern, then it matches whole strings exactly as I-Regexp does
    const re = compiled(pattern);
    for (const s of yes) expect(re.test(s), s).toBe(true);
    for (const s of no) expect(re.test(s), s).toBe(false);
  });

  it('search finds substrings; ^ and $ anchor as in the compliance suite', () => {
    expect(compiled('b.', 'search').test('abc')).toBe(true);
    expect(compiled('^a', 'search').test('ab')).toBe(true);
    expect(compiled('^a', 'search').test('ba')).toBe(false);
    expect(compiled('a$', 'search').test('ba')).toBe(true);
    expect(compiled('a$', 'search').test('a\n')).toBe(false);
  });

  const invalid: [pattern: string, reason: RegExp][] = [
    ['\\d', /invalid escape/],
    ['\\w+', /invalid escape/],
    ['\\b', /invalid escape/],
    ['\\1', /invalid escape/],
    ['a*?', /nothing to repeat/],
    ['a++', /nothing to repeat/],
    ['*a', /nothing to repeat/],
    ['(?:a)', /nothing to repeat/],
    ['(?=a)', /nothing to repeat/],
    ['(a', /missing '\)'/],
    ['a)', /unmatched/],
    ['[a', /missing '\]'/],
    ['[]', /empty/],
    ['[a-c-e]', /'-' must be/],
    ['[z-a]', /out of order/],
    ['a{2,1}', /out of order/],
    ['a{,2}', /invalid '\{'/],
    ['a{1001}', /above 1000/],
    [']', /must be escaped/],
    ['}', /must be escaped/],
    ['[[]', /must be escaped/],
    ['\\p{IsBasicLatin}', /category/],
    ['\\p{Lx}', /category/],
    ['\ud800', /lone surrogate/],
    ['(a+)+', /variable repetition/],
    ['(a?){30}', /variable repetition/],
    ['((a|b)*c)*', /variable repetition/],
    ['('.repeat(40) + ')'.repeat(40), /nested too deeply/],
  ];
  it.each(invalid)('rejects %s', (pattern, reason) => {
    // when a pattern outside I-Regexp (or a guarded one) is compiled, then it is refused
    const r = compileIRegexp(pattern, 'match');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(reason);
  });

  it('allows repetition of groups without variable repetition inside', () => {
    expect(compiled('(ab)+(c|d)*(e{2})*').test('ababcdcee')).toBe(true);
  });
});
