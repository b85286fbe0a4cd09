import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { ExpressionEvalError } from './errors';
import { evaluate } from './evaluate';
import type { EvalEnv } from './evaluateExpression';
import { FUNCTIONS } from './functionCatalog';
import { createSeededRandom } from './random';

const env: EvalEnv = {
  vars: { $Input: { who: 'world', list: [1, 2, 3], user: { name: 'Tom', age: 10 } } },
};

function failure(src: string, e: EvalEnv = env): ExpressionEvalError {
  try {
    evaluate(src, e);
  } catch (err) {
    if (err instanceof ExpressionEvalError) return err;
    throw err;
  }
  throw new Error(`expected ${src} to fail`);
}

describe('built-in functions: the documented examples of fdl.md §4.3', () => {
  it.each<[string, string, JsonValue]>([
    ['F-01', 'format("hello {}","world")', 'hello world'],
    ['F-02', 'length([1, 2, 3])', 3],
    ['F-03', 'length({"name": "Tom", "age": 10})', 2],
    ['F-04', 'length("name")', 4],
    ['F-05', 'arrayContains(["Tom",10],10)', true],
    ['F-06', 'arrayContains(["Tom",10],"Jack")', false],
    ['F-07', 'arrayUnique([1, 2, 3, 1])', [1, 2, 3]],
    [
      'F-08',
      'jsonMerge({"name": "Tom", "age": 10},{"name": "Tom", "address": "beijing"})',
      { name: 'Tom', age: 10, address: 'beijing' },
    ],
    ['F-09', 'stringToJson(\'{"name": "Tom", "age": 10}\')', { name: 'Tom', age: 10 }],
    ['F-10', 'fromJSON(\'{"name": "Tom", "age": 10}\')', { name: 'Tom', age: 10 }],
    ['F-11', 'fromBase64("Rm5G")', 'FnF'],
    ['F-12', 'hash("abc","MD5")', '900150983cd24fb0d6963f7d28e17f72'],
    ['F-12b', 'hash("abc","SHA-1")', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      'F-12c',
      'hash("abc","SHA-256")',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    [
      'F-12d',
      'hash("abc","SHA-512")',
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ],
    ['F-13', 'format("hello {}", $Input.who)', 'hello world'],
    ['F-14', 'length($Input.list)', 3],
    ['F-15', 'intAdd(1, 2)', 3],
    ['F-16', 'split("a,b", ",")', ['a', 'b']],
    ['F-17', 'toArray(1,"a")', [1, 'a']],
    ['F-18', 'toBase64("FnF")', 'Rm5G'],
  ])('%s: given %s, when evaluated, then %j', (_, src, value) => {
    expect(evaluate(src, env)).toEqual(value);
  });
});

describe('built-in functions: chosen semantics', () => {
  it.each<[string, JsonValue]>([
    ['format("{} + {} = {}", 1, 2, 3)', '1 + 2 = 3'],
    ['format("{} {}", "only")', 'only {}'],
    ['format("x", 1)', 'x'],
    ['format("{}|{}|{}|{}", null, true, [1, "a"], {"k": "v"})', 'null|true|[1,"a"]|{"k":"v"}'],
    ['length("😀é")', 2],
    ['length([])', 0],
    ['get([1, 2, 3], 0)', 1],
    ['get([1, 2, 3], -1)', 3],
    ['get([1, 2, 3], 9)', null],
    ['get({"a": 1}, "a")', 1],
    ['get({"a": 1}, "b")', null],
    ['get({"a": 1}, "constructor")', null],
    ['intAdd(-5, 2)', -3],
    ['split("", ",")', ['']],
    ['split("a,,b", ",")', ['a', '', 'b']],
    ['split("a😀b", "")', ['a', '😀', 'b']],
    ['toArray()', []],
    ['toArray([1], {"a": 2})', [[1], { a: 2 }]],
    ['arrayContains([[1, 2], {"a": 1}], {"a": 1})', true],
    ['arrayContains([], null)', false],
    [
      'arrayUnique([{"a": 1, "b": 2}, {"b": 2, "a": 1}, "1", 1, [1], [1]])',
      [{ a: 1, b: 2 }, '1', 1, [1]],
    ],
    ['mapKeys({"b": 1, "a": 2, "c": 3})', ['b', 'a', 'c']],
    ['mapValues({"b": 1, "a": 2})', [1, 2]],
    ['mapKeys({})', []],
    ['jsonMerge({"a": {"x": 1}}, {"a": {"y": 2}})', { a: { y: 2 } }],
    ['stringToJson("[1, 2]")', [1, 2]],
    ['stringToJson("null")', null],
    ['jsonToString({"a": [1, "x"], "b": null})', '{"a":[1,"x"],"b":null}'],
    ['jsonToString("s")', '"s"'],
    ['toBase64("héllo 😀")', 'aMOpbGxvIPCfmIA='],
    ['fromBase64("aMOpbGxvIPCfmIA=")', 'héllo 😀'],
    ['fromBase64("aMOpbGxvIPCfmIA")', 'héllo 😀'],
    ['toBase64("")', ''],
    ['fromBase64("/w==")', '\ufffd'],
    ['hash("", "sha-256")', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['hash("é", "MD5")', '66ddcd97cfdeabb2f6fb8a999b4bc76f'],
    ['regexMatchString("^a+b$", "aaab")', true],
    ['regexMatchString("b", "abc")', true],
    ['regexMatchString("^b", "abc")', false],
    ['regexMatchString(`\\d{3}-\\d{4}`, "call 555-1234")', true],
    ['regexMatchString("(?i)HELLO", "hello")', true],
    ['regexMatchString("(?P<word>\\\\w+)", "x")', true],
    ['regexMatchString("\\\\p{Han}", "中文")', true],
  ])('given %s, when evaluated, then %j', (src, value) => {
    expect(evaluate(src, env)).toEqual(value);
  });

  it.each([
    [
      'length(5)',
      'length: the first argument must be an array, object or string, got number',
      7,
      8,
    ],
    [
      'length($Input.missing)',
      'length: the first argument must be an array, object or string, got null',
      7,
      21,
    ],
    ['get("abc", 1)', 'get: the first argument must be an array or object, got string', 4, 9],
    ['get([1], "a")', 'get: the second argument must be an integer, got string', 9, 12],
    ['intAdd(1.5, 2)', 'intAdd: the first argument must be an integer, got number', 7, 10],
    [
      'intAdd(9007199254740991, 1)',
      'intAdd: the result 9007199254740992 is outside the safe integer range',
      0,
      27,
    ],
    ['randomInt(5, 5)', 'randomInt: max (5) must be greater than min (5)', 13, 14],
    ['split(1, ",")', 'split: the first argument must be a string, got number', 6, 7],
    [
      'arrayContains("ab", "a")',
      'arrayContains: the first argument must be an array, got string',
      14,
      18,
    ],
    ['mapKeys([1])', 'mapKeys: the first argument must be an object, got array', 8, 11],
    ['jsonMerge({}, [])', 'jsonMerge: the second argument must be an object, got array', 14, 16],
    ['fromBase64("***")', 'fromBase64: the text is not valid Base64', 11, 16],
    [
      'hash("a", "SHA-3")',
      'hash: unknown algorithm "SHA-3"; use one of MD5, SHA-1, SHA-256, SHA-512',
      10,
      17,
    ],
    [
      'regexMatchString("(a+)+$", "aaa")',
      'regexMatchString: nested quantifiers such as (a+)+ are not supported',
      17,
      25,
    ],
  ])(
    'given %s, when evaluated, then it fails with "%s" at [%i, %i)',
    (src, message, start, end) => {
      expect(failure(src)).toMatchObject({ message, start, end });
    },
  );

  it('given a text over the regex input cap, when regexMatchString is called, then a limit failure', () => {
    const long: EvalEnv = { vars: { $Input: { s: 'a'.repeat(100_001) } } };
    expect(failure('regexMatchString("a", $Input.s)', long)).toMatchObject({
      failure: 'limit',
      message: 'regexMatchString: the text is too long (100001 characters; the limit is 100000)',
    });
  });

  it('given invalid JSON, when stringToJson is called, then the failure says so', () => {
    expect(failure('stringToJson("{")').message).toMatch(
      /^stringToJson: the text is not valid JSON: /,
    );
  });
});

describe('built-in functions: seeded randomness', () => {
  const seeded = (seed: number): EvalEnv => ({ vars: {}, random: createSeededRandom(seed) });

  it('given the same seed, when uuid() is evaluated twice, then the results are equal and v4-shaped', () => {
    const a = evaluate('uuid()', seeded(42));
    expect(a).toBe(evaluate('uuid()', seeded(42)));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(evaluate('uuid()', seeded(43))).not.toBe(a);
  });

  it('given one environment, when uuid() is evaluated twice, then the generator advances', () => {
    const e = seeded(1);
    expect(evaluate('uuid()', e)).not.toBe(evaluate('uuid()', e));
  });

  it('given randomInt(1, 4), when drawn 2,000 times, then every value is 1, 2 or 3 and each occurs', () => {
    const e = seeded(7);
    const seen = new Set<JsonValue>();
    for (let i = 0; i < 2000; i++) seen.add(evaluate('randomInt(1, 4)', e));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('given extreme random draws, when randomInt(0, 10) is evaluated, then the bounds hold (max exclusive)', () => {
    expect(evaluate('randomInt(0, 10)', { vars: {}, random: () => 0 })).toBe(0);
    expect(evaluate('randomInt(0, 10)', { vars: {}, random: () => 0.9999999999 })).toBe(9);
  });
});

describe('built-in functions: catalogue', () => {
  it('given the catalogue, when every function is called with its minimum arity, then none is unknown', () => {
    const args = ['"{}"', '"x"', '"MD5"', '3', '9'];
    for (const f of FUNCTIONS) {
      const sample =
        f.name === 'hash'
          ? '"a", "MD5"'
          : f.name === 'randomInt'
            ? '1, 3'
            : args.slice(0, f.minArgs).join(', ');
      try {
        evaluate(`${f.name}(${sample})`, env);
      } catch (e) {
        expect((e as ExpressionEvalError).failure).not.toBe('syntax');
      }
    }
  });
});
