import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIRegexp } from './compileIRegexp';
import { compileIRegexpMatcher } from './compileIRegexpMatcher';
import { parseIRegexp } from './parseIRegexp';

type Mode = 'match' | 'search';

/** Both engines for one pattern: the JavaScript translation and the linear automaton. */
function engines(pattern: string, mode: Mode = 'match') {
  const js = compileIRegexp(pattern, mode);
  const nfa = compileIRegexpMatcher(pattern, mode);
  if (!js.ok) throw new Error(`${pattern}: ${js.message}`);
  if (!nfa.ok) throw new Error(`${pattern}: ${nfa.message}`);
  return [(s: string) => js.regexp.test(s), (s: string) => nfa.matcher.test(s)] as const;
}

describe('I-Regexp (RFC 9485): translation and automaton agree', () => {
  const matches: [pattern: string, yes: string[], no: string[]][] = [
    ['a.c', ['abc', 'a😀c', 'a\u2028c'], ['a\nc', 'a\rc', 'abcd', 'ac']],
    ['[a-c]+', ['abcabc'], ['abd', '']],
    ['[^a-c]', ['d', '\n', '😀'], ['a', '']],
    ['[.]', ['.'], ['a']],
    ['[-a]', ['-', 'a'], ['b']],
    ['[a-]', ['-', 'a'], ['b']],
    ['[\\-\\]\\[]', ['-', ']', '['], ['a']],
    ['[\\n\\t]', ['\n', '\t'], ['n']],
    ['\\p{Lu}\\P{Lu}', ['Ab', 'É1'], ['AB', 'ab']],
    ['[\\p{Nd}x]+', ['12x٣'], ['a']],
    ['[^\\p{L}]', ['1', ' '], ['ж']],
    ['\\p{L}', ['ж'], ['1']],
    ['a{2}', ['aa'], ['a', 'aaa']],
    ['a{2,}', ['aa', 'aaaa'], ['a']],
    ['a{1,2}b?', ['a', 'aab'], ['aaa']],
    ['(ab|cd)*', ['', 'abcd', 'cdab'], ['abc']],
    ['(a+)+b', ['ab', 'aaab'], ['aaa', 'b']],
    ['(ab*)*', ['', 'abbab', 'a'], ['b']],
    ['^ab.*', ['abc', 'ab'], ['axc', 'xab']],
    ['.*bc$', ['abc'], ['ab', 'abcx']],
    ['\\.\\*\\+\\?\\(\\)\\{\\}\\|\\^', ['.*+?(){}|^'], ['']],
    ['\\-/', ['-/'], ['a']],
    ['a|', ['a', ''], ['b']],
    ['[^^]', ['a'], ['^']],
    ['()*x', ['x'], ['']],
    ['😀+', ['😀😀'], ['\ud83d']],
  ];
  it.each(matches)('match %s', (pattern, yes, no) => {
    // given both engines for the pattern, then each accepts and refuses the same strings
    const [js, nfa] = engines(pattern);
    for (const s of yes) expect([js(s), nfa(s)], s).toEqual([true, true]);
    for (const s of no) expect([js(s), nfa(s)], s).toEqual([false, false]);
  });

  it('search finds substrings; ^ and $ anchor as in the compliance suite', () => {
    const cases: [string, string, boolean][] = [
      ['b.', 'abc', true],
      ['^a', 'ab', true],
      ['^a', 'ba', false],
      ['a$', 'ba', true],
      ['a$', 'a\n', false],
      ['[jk]', 'kilo', true],
      ['x*', '', true],
    ];
    for (const [pattern, input, expected] of cases) {
      const [js, nfa] = engines(pattern, 'search');
      expect([js(input), nfa(input)], `${pattern} ~ ${input}`).toEqual([expected, expected]);
    }
  });

  it('agree on random patterns and inputs', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      '.',
      '[ab]',
      '[^a]',
      '(a|b)',
      '(ab)',
      '\\.',
      '(a|)',
      '^',
      '$',
    );
    const piece = fc.tuple(atom, fc.constantFrom('', '*', '+', '?', '{2}', '{0,2}', '{1,}'));
    const pattern = fc
      .array(piece, { maxLength: 5 })
      .map((ps) => ps.map((p) => p.join('')).join(''));
    fc.assert(
      fc.property(
        pattern,
        fc.string({ unit: fc.constantFrom('a', 'b', '.', '\n'), maxLength: 8 }),
        fc.constantFrom<Mode>('match', 'search'),
        (p, s, mode) => {
          const [js, nfa] = engines(p, mode);
          expect(nfa(s)).toBe(js(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('I-Regexp automaton: bounded DFA cache', () => {
  it('stays correct when a pattern needs more DFA states than are cached', () => {
    // given a pattern whose DFA has over 500 states (the n-th symbol from the end is an a)
    const [js, nfa] = engines('(a|b)*a(a|b){8}');
    // when many different inputs force the cache to fill and restart
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 40 }), (s) => {
        // then it still agrees with the JavaScript translation
        expect(nfa(s)).toBe(js(s));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('I-Regexp: what is rejected', () => {
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
    ['[a-\\p{L}]', /category cannot bound/],
    ['a{2,1}', /out of order/],
    ['a{,2}', /invalid '\{'/],
    ['a{1001}', /above 1000/],
    [']', /must be escaped/],
    ['}', /must be escaped/],
    ['[[]', /must be escaped/],
    ['\\p{IsBasicLatin}', /category/],
    ['\\p{Lx}', /category/],
    ['\ud800', /lone surrogate/],
    ['('.repeat(40) + ')'.repeat(40), /nested too deeply/],
  ];
  it.each(invalid)('rejects %s', (pattern, reason) => {
    // when a pattern outside I-Regexp is parsed, then every entry point refuses it the same way
    const r = parseIRegexp(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(reason);
    expect(compileIRegexp(pattern, 'match').ok).toBe(false);
    expect(compileIRegexpMatcher(pattern, 'search').ok).toBe(false);
  });

  it('refuses automata too large to run, such as nested counted repetitions', () => {
    const r = compileIRegexpMatcher('(a{1000}){1000}', 'match');
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });
});

describe('I-Regexp automaton: no catastrophic backtracking', () => {
  it.each(['(a|a)*', '(a|aa)*', '(a*)*', '(a+)+', 'a*a*a*a*a*a*a*'])(
    '%s on a long failing input finishes',
    (pattern) => {
      // given a pattern a backtracking engine needs exponential (or high polynomial) time for
      const { matcher } = compileIRegexpMatcher(pattern, 'match') as {
        matcher: { test(s: string): boolean };
      };
      // when it runs on 20,000 a's followed by a non-matching character, then it just says no
      expect(matcher.test('a'.repeat(20_000) + '!')).toBe(false);
      expect(matcher.test('a'.repeat(20_000))).toBe(true);
    },
  );
});
