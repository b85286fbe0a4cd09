import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { ExpressionEvalError } from './errors';
import { evaluate } from './evaluate';
import { evaluateExpression, type EvalEnv } from './evaluateExpression';
import { parseExpression } from './parseExpression';
import { createSeededRandom } from './random';

const PIECES = [
  '$Input',
  '$Output',
  '$Context',
  '$Global',
  '$Item',
  '$input',
  '$.',
  '$[',
  '$',
  '..',
  '.',
  'a',
  'list',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  ':',
  ',',
  '"',
  "'",
  '`',
  '\\',
  '"x"',
  "'y'",
  '0',
  '1',
  '-1',
  '2.5',
  ' ',
  '==',
  '!=',
  '<',
  '>=',
  '!',
  '-',
  '+',
  '*',
  '/',
  '%',
  '&&',
  '||',
  'in',
  'true',
  'false',
  'null',
  '*',
  '?',
  '@',
  'length',
  'format',
  'get',
  'intAdd',
  'randomInt',
  'split',
  'toArray',
  'arrayContains',
  'arrayUnique',
  'mapKeys',
  'mapValues',
  'jsonMerge',
  'stringToJson',
  'fromJSON',
  'jsonToString',
  'fromBase64',
  'toBase64',
  'hash',
  'uuid',
  'regexMatchString',
  '"MD5"',
  '"(a+)+"',
  '"{}"',
  '__proto__',
  'constructor',
  '=',
];

const expressionLike = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 30 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(expressionLike, fc.string({ unit: 'binary', maxLength: 60 }));

function evaluatesSafely(src: string, env: EvalEnv): void {
  try {
    evaluate(src, env);
  } catch (e) {
    if (!(e instanceof ExpressionEvalError)) throw e;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(src.length);
  }
}

describe('expression properties', () => {
  it('given any text, when parsed, then it never throws and errors lie inside the text', () => {
    fc.assert(
      fc.property(anyText, (src) => {
        const { ast, errors } = parseExpression(src);
        expect(ast !== null || errors.length > 0).toBe(true);
        for (const e of errors) {
          expect(0 <= e.start && e.start <= e.end && e.end <= src.length).toBe(true);
        }
        if (ast) expect(0 <= ast.start && ast.end <= src.length).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('given any text and any JSON input, when evaluated, then only ExpressionEvalError is thrown', () => {
    fc.assert(
      fc.property(anyText, fc.jsonValue({ maxDepth: 4 }), (src, input) => {
        const vars = { $Input: input as JsonValue, $Output: { a: [1] }, $Global: {} };
        evaluatesSafely(src, { vars, random: createSeededRandom(1) });
      }),
      { numRuns: 3000 },
    );
  });

  it('given a valid expression, when evaluated twice with the same seed, then the results are equal', () => {
    fc.assert(
      fc.property(expressionLike, fc.integer(), (src, seed) => {
        const { ast, errors } = parseExpression(src);
        if (!ast || errors.length > 0) return;
        const run = (): unknown => {
          try {
            return evaluateExpression(ast, {
              vars: { $Input: { a: 1 } },
              random: createSeededRandom(seed),
            });
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 1000 },
    );
  });

  it('given a deeply nested JSON value, when compared or serialised, then the failure is typed', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const env: EvalEnv = { vars: { $Input: { d: deep } } };
    expect(() => evaluate('jsonToString($Input.d)', env)).toThrow(
      'a value is nested too deeply to process',
    );
    evaluatesSafely('$Input.d == $Input.d', env);
    evaluatesSafely('arrayUnique([$Input.d])', env);
  });
});
