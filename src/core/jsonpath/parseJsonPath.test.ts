import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPath, parseJsonPathPrefix } from './parseJsonPath';
import { MAX_FILTER_DEPTH } from './parseFilter';

describe('parseJsonPath: strict RFC 9535 syntax', () => {
  const valid = [
    '$',
    '$ [0]',
    '$ .a',
    '$.a .b ..c',
    '$[ 1 : 2 : 1 ]',
    '$[::]',
    '$[1:2:]',
    '$[:]',
    '$[-1:]',
    '$[ ?@.a ]',
    '$[?@.a&&@.b||!@.c]',
    '$[?(@.a)]',
    '$[?!(@.a == 1)]',
    '$[?@.a==-0]',
    '$[?@.a==1.5e-3]',
    '$[?@.a==1E2]',
    '$[?@.a==-1.0]',
    '$[?@.a == null || @.b == true && @.c != false]',
    '$[?1 == 1]',
    '$[?$]',
    '$[?@]',
    '$[?@ .a == 1]',
    '$.☺',
    '$._a1',
    '$..*',
    '$..[0]',
    "$['\\'']",
    '$["\'"]',
    '$["\\"\\\\\\/\\b\\f\\n\\r\\t"]',
    '$["\\uD83D\\uDE00"]',
    '$["\\u00e9"]',
    '$[9007199254740991]',
    '$[-9007199254740991]',
    '$[?length(@) == count(@.*)]',
    '$[?match(@, "a") && search(@, "b")]',
    '$[?count(@[?@.a]) > 0]',
  ];
  it.each(valid)('accepts %s', (query) => {
    const r = parseJsonPath(query);
    expect(r).toMatchObject({ ok: true });
  });

  const invalid: [query: string, offset: number, message: RegExp][] = [
    ['', 0, /starts with '\$'/],
    ['a', 0, /starts with '\$'/],
    [' $', 0, /leading blank/],
    ['$ ', 1, /trailing blank/],
    ['$.', 2, /member name or '\*'/],
    ['$. a', 2, /no blank space/],
    ['$..', 3, /after '\.\.'/],
    ['$.a.', 4, /member name/],
    ['$.1a', 2, /member name/],
    ['$.a-b', 3, /unexpected '-'/],
    ['$[', 2, /selector/],
    ['$[]', 2, /selector/],
    ['$[1', 1, /missing '\]'/],
    ['$[1 2]', 4, /',' or '\]'/],
    ["$['a", 2, /unterminated/],
    ['$[01]', 2, /leading zeros/],
    ['$[-0]', 2, /-0/],
    ['$[0:1:-0]', 6, /-0/],
    ['$[1.0]', 3, /',' or '\]'/],
    ['$[9007199254740992]', 2, /range/],
    ['$[-9007199254740992]', 2, /range/],
    ['$[-]', 3, /digit after '-'/],
    ['$["\\x"]', 3, /invalid escape/],
    ["$['\\\"']", 3, /invalid escape/],
    ['$["\\\'"]', 3, /invalid escape/],
    ['$["\\uD800"]', 3, /low surrogate/],
    ['$["\\uDC00"]', 3, /lone low surrogate/],
    ['$["\\u12"]', 3, /four hexadecimal/],
    ['$["a\u0001"]', 4, /control character/],
    ['$[?]', 3, /expected a query, a literal/],
    ['$[?true]', 3, /literal is not a test/],
    ['$[?1]', 3, /literal is not a test/],
    ['$[?True]', 3, /unexpected 'True'|expected a query/],
    ['$[?@.a = 1]', 7, /use '=='/],
    ['$[?@.a === 1]', 9, /selector|query, a literal/],
    ['$[?@.a == 01]', 10, /leading zeros/],
    ['$[?@.a == 1.]', 12, /digit after '\.'/],
    ['$[?@.a == .1]', 10, /expected a query/],
    ['$[?@.a == 1e]', 12, /exponent/],
    ['$[?@.* == 1]', 3, /singular query/],
    ['$[?@..a == 1]', 3, /singular query/],
    ['$[?@.a == 1 == 2]', 12, /cannot be chained/],
    ['$[?!@.a == 1]', 3, /'!' applies to a test/],
    ['$[?(@.a) == 1]', 3, /parenthesized/],
    ['$[?(@.a]', 7, /expected '\)'/],
    ['$[?length (@) == 1]', 3, /needs '\('/],
    ['$[?foo(@)]', 3, /unknown function 'foo'/],
    ['$[?constructor(@)]', 3, /unknown function/],
    ['$[?count(@, @) == 1]', 3, /takes 1 argument/],
    ['$[?length() == 1]', 3, /takes 1 argument/],
  ];
  it.each(invalid)('rejects %s at offset %i', (query, offset, message) => {
    // when a query RFC 9535 does not accept is parsed
    const r = parseJsonPath(query);
    // then the error says what and where
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(message);
    expect(r.offset).toBe(offset);
  });

  it('marks singular queries (names and indices only)', () => {
    const singular = (q: string) => {
      const r = parseJsonPath(q);
      if (!r.ok) throw new Error(r.message);
      return r.query.singular;
    };
    expect(singular('$')).toBe(true);
    expect(singular("$.a[0]['b'][-1]")).toBe(true);
    expect(singular('$.a[*]')).toBe(false);
    expect(singular('$..a')).toBe(false);
    expect(singular("$['a','b']")).toBe(false);
    expect(singular('$[0:1]')).toBe(false);
    expect(singular('$[?@]')).toBe(false);
  });
});

describe('parseJsonPath: hostile input', () => {
  it('bounds the nesting of parentheses with a clear error', () => {
    // given parentheses nested far beyond the limit
    const query = '$[?' + '('.repeat(10_000) + '@' + ')'.repeat(10_000) + ']';
    // when parsed
    const r = parseJsonPath(query);
    // then it is rejected, not a stack overflow
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/nested too deeply/) });
  });

  it('bounds nested filters and function arguments too', () => {
    const filters = '$' + '[?@'.repeat(5_000) + ']'.repeat(5_000);
    const calls = '$[?' + 'length('.repeat(5_000) + '@' + ')'.repeat(5_000) + ' == 1]';
    expect(parseJsonPath(filters)).toMatchObject({ ok: false });
    expect(parseJsonPath(calls)).toMatchObject({ ok: false });
  });

  it('accepts nesting right up to the limit', () => {
    const depth = MAX_FILTER_DEPTH - 1;
    const query = '$[?' + '('.repeat(depth) + '@' + ')'.repeat(depth) + ']';
    expect(parseJsonPath(query).ok).toBe(true);
  });

  it('parses long flat queries without recursion', () => {
    const query = '$' + '.a'.repeat(100_000);
    expect(parseJsonPath(query).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    const alphabet = fc.constantFrom(
      ...'$@.[]()?*:,-0129aexyz \'"\\!=<>&|'.split(''),
      'length(',
      'match(',
      '\u00e9',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const r = parseJsonPath('$' + parts.join(''));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseJsonPathPrefix: JSONPath embedded in a larger text', () => {
  it('returns the query and where it ends', () => {
    // given an expression with a query inside a call
    const text = "length($.items[?@.n > 1 && @.s == ')']) + 1";
    // when the query at offset 7 is parsed
    const r = parseJsonPathPrefix(text, 7);
    // then it stops before the closing parenthesis of the call
    expect(r).toMatchObject({ ok: true, end: text.indexOf(']) +') + 1 });
  });

  it('leaves trailing blank space and operators to the caller', () => {
    expect(parseJsonPathPrefix('$.a.b == 1')).toMatchObject({ ok: true, end: 5 });
    expect(parseJsonPathPrefix('$.a .b, 2')).toMatchObject({ ok: true, end: 6 });
  });

  it('reports errors at offsets into the whole text', () => {
    expect(parseJsonPathPrefix('x + $.a[01]', 4)).toMatchObject({ ok: false, offset: 8 });
    expect(parseJsonPathPrefix('x + @.a', 4)).toMatchObject({ ok: false, offset: 4 });
  });
});
