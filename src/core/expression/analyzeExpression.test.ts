import { describe, expect, it } from 'vitest';
import {
  collectVariables,
  collectVariableUses,
  findUndocumentedOperators,
  looksLikeExpression,
  usesUndocumentedOperators,
} from './analyzeExpression';
import type { Expr } from './ast';
import { FUNCTIONS } from './functionCatalog';
import { parseExpression } from './parseExpression';
import { VARIABLES } from './variables';

const ast = (src: string): Expr => {
  const { ast: a, errors } = parseExpression(src);
  expect(errors).toEqual([]);
  return a as Expr;
};

describe('collectVariables', () => {
  it.each([
    ['$Input.a == $Output.b || $Input.c', ['$Input', '$Output']],
    ['format("{}", $Global.x, $Context.Current.Name)', ['$Global', '$Context']],
    ['$Item.id', ['$Item']],
    ['$.a.b', ['$Input']],
    ['uuid()', []],
    ['{"a": [$Output]}', ['$Output']],
  ])('given %s, when collected, then the roots are %j', (src, roots) => {
    expect(collectVariables(ast(src))).toEqual(roots);
  });

  it('given repeated uses, when uses are collected, then each is located', () => {
    expect(collectVariableUses(ast('$Output.a + $Output.b'))).toEqual([
      { name: '$Output', start: 0, end: 7 },
      { name: '$Output', start: 12, end: 19 },
    ]);
  });

  it('given an unknown root, when collected, then it is not listed (the parser reports it)', () => {
    const { ast: a } = parseExpression('$input.x');
    expect(collectVariables(a as Expr)).toEqual([]);
  });
});

describe('undocumented operators', () => {
  it('given arithmetic, when checked, then each operator is found with its range', () => {
    expect(findUndocumentedOperators(ast('$Input.a * 2 + 1 > 3'))).toEqual([
      { op: '+', start: 13, end: 14 },
      { op: '*', start: 9, end: 10 },
    ]);
    expect(usesUndocumentedOperators(ast('1 % 2 == 1'))).toBe(true);
  });

  it('given only documented operators and a unary minus, when checked, then nothing is flagged', () => {
    expect(
      usesUndocumentedOperators(ast('-$Input.a < 0 && !($Input.b in [1]) || $Input.c != 2')),
    ).toBe(false);
  });
});

describe('looksLikeExpression', () => {
  it.each([
    ['$Input.x', true],
    ['$Input', true],
    ['  $Output.Body', true],
    ['$Context.Current.Input', true],
    ['$Global.v', true],
    ['$Item', true],
    ['$.myStateInput.key', true],
    ['$[0]', true],
    ['uuid()', true],
    ['format("hi {}", $Input.who)', true],
    ['length($Input.list', false],
    ['$Inputs', false],
    ['$input.x', false],
    ['hello', false],
    ['$100', false],
    ['uuid() is handy', false],
    ['print(1)', false],
    ['', false],
  ])('given %j, when checked, then %s', (value, expected) => {
    expect(looksLikeExpression(value)).toBe(expected);
  });
});

describe('editor metadata', () => {
  it('given the function catalogue, when listed, then it has every function of fdl.md §4.3 once', () => {
    const names = FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(
      [
        'format',
        'length',
        'get',
        'intAdd',
        'randomInt',
        'regexMatchString',
        'split',
        'arrayContains',
        'arrayUnique',
        'toArray',
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
      ].sort(),
    );
    for (const f of FUNCTIONS) {
      expect(f.signature.startsWith(`${f.name}(`)).toBe(true);
      expect(f.minArgs).toBeLessThanOrEqual(f.maxArgs);
    }
  });

  it('given the variables, when listed, then $Context offers the sub-fields of fdl.md §3.3', () => {
    expect(VARIABLES.map((v) => v.name)).toEqual([
      '$Input',
      '$Output',
      '$Context',
      '$Global',
      '$Item',
    ]);
    const context = VARIABLES.find((v) => v.name === '$Context');
    expect(context?.fields.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'Execution.Name',
        'Execution.Input',
        'Execution.RoleArn',
        'Current.Name',
        'Current.Input',
        'Current.Output',
        'Current.Error.Code',
        'Current.Error.Detail',
        'Current.RetryCount',
        'Current.TaskToken',
      ]),
    );
  });
});
