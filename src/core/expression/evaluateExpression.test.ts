import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types';
import { ExpressionEvalError } from './errors';
import { evaluate, evaluateCondition } from './evaluate';
import { evaluateExpression, type EvalEnv } from './evaluateExpression';
import { parseExpression } from './parseExpression';

const input = {
  status: 'ready',
  Size: 2048,
  list: [1, 2, 3],
  nested: { a: { b: [10, { c: 'deep' }] } },
  'a-b': 'dash',
  empty: null,
  flag: true,
  tags: ['x', 'y'],
  obj: { k: 1 },
};
const env: EvalEnv = {
  vars: {
    $Input: input,
    $Context: {
      Execution: { Name: 'exec-1', Input: { videoUrl: 'https://x/y.mp4' } },
      Current: { Name: 'Check', Input: input, RetryCount: 2 },
    },
    $Global: { count: 3 },
  },
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

describe('evaluate: paths and literals', () => {
  it.each<[string, JsonValue]>([
    ['$Input.status', 'ready'],
    ['$Input.nested.a.b[1].c', 'deep'],
    ['$Input["a-b"]', 'dash'],
    ['$Input[\'nested\']["a"].b[0]', 10],
    ['$Input.list[-1]', 3],
    ['$Input.list[$Global.count - 1]', 3],
    ['$Input.missing', null],
    ['$Input.missing.deeper[0].x', null],
    ['$Input.list[7]', null],
    ['$Input.status.length', null],
    ['$Input.list.length', null],
    ['$Input.list["0"]', null],
    ['$Input.obj[0]', null],
    ['$Input.empty.x', null],
    ['$Context.Execution.Input.videoUrl', 'https://x/y.mp4'],
    ['$Context.Current.RetryCount', 2],
    ['[1, "a", true, null, {"k": [2]}]', [1, 'a', true, null, { k: [2] }]],
    ['{"name": "Tom", "age": 10}', { name: 'Tom', age: 10 }],
    ['{name: $Input.status}', { name: 'ready' }],
    ['-(-5)', 5],
    ['-0', 0],
    ['12.5', 12.5],
  ])('given %s, when evaluated, then the value is %j', (src, value) => {
    expect(evaluate(src, env)).toEqual(value);
  });

  it('given a whole-variable expression, when evaluated, then the whole object comes back', () => {
    expect(evaluate('$Input', env)).toBe(input);
  });
});

describe('evaluate: documented test cases (fdl.md §3.7)', () => {
  it('TC-08: given $Context.Current.Input.Size>=1024, when Size is 2048 or 10, then true or false', () => {
    const ctx = (size: number): EvalEnv => ({
      vars: { $Input: { Size: size }, $Context: { Current: { Input: { Size: size } } } },
    });
    expect(evaluate('$Context.Current.Input.Size>=1024', ctx(2048))).toBe(true);
    expect(evaluate('$Context.Current.Input.Size>=1024', ctx(10))).toBe(false);
  });

  it('TC-12: given an array index in a path, when evaluated, then it reads the element', () => {
    const out = { output: { choices: [{ message: { content: 'hi' } }] } };
    expect(evaluate('$Output.output.choices[0].message.content', { vars: { $Output: out } })).toBe(
      'hi',
    );
  });

  it('TC-15: given the expression $Input.x, when evaluated with {"x": 5}, then 5', () => {
    expect(evaluate('$Input.x', { vars: { $Input: { x: 5 } } })).toBe(5);
  });

  it('TC-05: given $Input.status == "ready", when the status is ready, done or absent, then true, false, false', () => {
    expect(evaluate('$Input.status == "ready"', { vars: { $Input: { status: 'ready' } } })).toBe(
      true,
    );
    expect(evaluate('$Input.status == "ready"', { vars: { $Input: { status: 'done' } } })).toBe(
      false,
    );
    expect(evaluate('$Input.status == "ready"', { vars: { $Input: {} } })).toBe(false);
  });
});

describe('evaluate: operators', () => {
  it.each<[string, JsonValue]>([
    ['1 == 1.0', true],
    ['"1" == 1', false],
    ['null == $Input.missing', true],
    ['[1, {"a": [2]}] == [1, {"a": [2]}]', true],
    ['{"a": 1, "b": 2} == {"b": 2, "a": 1}', true],
    ['{"a": 1} == {"a": 1, "b": 2}', false],
    ['[1, 2] != [2, 1]', true],
    ['true != false', true],
    ['2 < 10', true],
    ['"2" < "10"', false],
    ['"abc" <= "abd"', true],
    ['"b" > "a"', true],
    ['"\uffff" < "😀"', true],
    ['1 >= 1', true],
    ['"1" < 2', false],
    ['"1" >= 2', false],
    ['null < 1', false],
    ['[1] < [2]', false],
    ['2 in [1, 2, 3]', true],
    ['{"a": 1} in [{"a": 1}]', true],
    ['"x" in $Input.tags', true],
    ['"z" in $Input.tags', false],
    ['"k" in $Input.obj', true],
    ['"toString" in $Input.obj', false],
    ['"__proto__" in $Input.obj', false],
    ['1 in $Input.obj', false],
    ['1 in $Input.missing', false],
    ['!true', false],
    ['!!$Input.flag', true],
    ['true && false', false],
    ['true || false', true],
    ['false && $Input.status', false],
    ['true || $Input.status', true],
    ['!false && 1 < 2 || false', true],
    ['false || true && false', false],
    ['(false || true) && false', false],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 % 3', 1],
    ['7 / 2', 3.5],
    ['"a" + "b"', 'ab'],
    ['10 - 2 - 3', 5],
    ['-$Input.Size', -2048],
  ])('given %s, when evaluated, then %j', (src, value) => {
    expect(evaluate(src, env)).toEqual(value);
  });

  it.each([
    ['"a" && true', "the left side of '&&' must be a boolean, got string", 0, 3],
    ['false || 1 == 1 && 5', "the right side of '&&' must be a boolean, got number", 19, 20],
    ['true && $Input.status', "the right side of '&&' must be a boolean, got string", 8, 21],
    ['!$Input.Size', "'!' needs a boolean, got number", 0, 12],
    ['-"a"', "'-' needs a number, got string", 0, 4],
    ['1 in "abc"', "'in' needs an array or an object on the right, got string", 0, 10],
    ['1 + "a"', "'+' needs two numbers or two strings, got number and string", 0, 7],
    ['1 / 0', 'division by zero', 0, 5],
    ['1 % 0', 'division by zero', 0, 5],
    ['1e300 * 1e300', "the result of '*' is too large", 0, 13],
    ['$Input.list[0.5]', 'index 0.5 is not an integer', 0, 16],
    ['$Input.list[true]', 'an index must be a number or a string, got boolean', 0, 17],
  ])(
    'given %s, when evaluated, then it fails with "%s" at [%i, %i)',
    (src, message, start, end) => {
      const e = failure(src);
      expect(e).toMatchObject({ message, start, end, code: 'FnF.ExpressionError' });
    },
  );
});

describe('evaluate: variables, conditions and errors', () => {
  it('given $Output absent from the env, when evaluated, then it is reported as unavailable', () => {
    const e = failure('$Output.Body');
    expect(e).toMatchObject({ message: '$Output is not available here', failure: 'value' });
    expect([e.start, e.end]).toEqual([0, 7]);
  });

  it('given a text with a parse error, when evaluate is called, then a syntax failure is thrown', () => {
    expect(failure('$input.x')).toMatchObject({
      failure: 'syntax',
      message: 'unknown variable $input — did you mean $Input?',
      start: 0,
      end: 6,
    });
    expect(failure('$input.x').failure).toBe('syntax'); // from the cache, still thrown
  });

  it('given an AST with an unknown function, when evaluateExpression is called, then it throws the typed error', () => {
    const { ast } = parseExpression('nope(1)');
    expect(() => evaluateExpression(ast!, env)).toThrow(ExpressionEvalError);
  });

  it('given a condition, when evaluated, then it must be a boolean', () => {
    const cond = parseExpression('$Input.Size > 1').ast!;
    expect(evaluateCondition(cond, env)).toBe(true);
    const notBool = parseExpression('$Input.status').ast!;
    expect(() => evaluateCondition(notBool, env)).toThrow(
      'a condition must be true or false, got string',
    );
  });
});

describe('evaluate: strict paths (optional, fdl.md §3.2 rule 7)', () => {
  const strict: EvalEnv = { ...env, strictPaths: true };
  it.each([
    ['$Input.missing', 'field "missing" does not exist in the object', 0, 14],
    ['$Input.list[7]', 'index 7 does not exist in the array', 0, 14],
    ['$Input["nope"]', 'key "nope" does not exist in the object', 0, 14],
    ['$Input.status.x', 'cannot read field "x" of string', 0, 15],
    ['$Input.empty.x', 'cannot read field "x" of null', 0, 14],
  ])('given %s, when evaluated strictly, then it fails with "%s"', (src, message, start, end) => {
    expect(failure(src, strict)).toMatchObject({ message, start, end, failure: 'value' });
  });

  it('given existing paths and a null value, when evaluated strictly, then they read normally', () => {
    expect(evaluate('$Input.nested.a.b[-1].c', strict)).toBe('deep');
    expect(evaluate('$Input.empty', strict)).toBeNull();
  });
});

describe('evaluate: JSONPath operands over $Input (decisions.md)', () => {
  it.each<[string, JsonValue]>([
    ['$.status', 'ready'],
    ['$.nested.a.b[1].c', 'deep'],
    ['$.missing', null],
    ['$', input],
    ['$.list[*]', [1, 2, 3]],
    ['$.list[1:]', [2, 3]],
    ['$..c', ['deep']],
    ['$.list[?@ > 1]', [2, 3]],
    ['$.nothing[*]', []],
    ['$.status == "ready" && $.Size > 1000', true],
    ['length($.list[*])', 3],
    ["$['a-b']", 'dash'],
    ['$.Size>1000', true],
    ['$.list[0]+1', 2],
    ['!($.flag)', false],
    ['$.list[?@ == 2 || @ == 3]', [2, 3]],
  ])('given %s, when evaluated, then %j', (src, value) => {
    expect(evaluate(src, env)).toEqual(value);
  });

  it('given the seed example key2.$: $.myStateInput.key, when evaluated, then it reads the input', () => {
    expect(
      evaluate('$.myStateInput.key', { vars: { $Input: { myStateInput: { key: 'v' } } } }),
    ).toBe('v');
  });

  it('given a JSONPath without $Input in the env, when evaluated, then $Input is reported unavailable', () => {
    expect(failure('$.a', { vars: {} }).message).toBe('$Input is not available here');
  });
});

describe('evaluate: no prototype pollution', () => {
  it('given an object literal with __proto__ and constructor keys, when evaluated, then they are plain own data', () => {
    const v = evaluate('{"__proto__": {"polluted": true}, "constructor": 1}', env) as Record<
      string,
      JsonValue
    >;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(v)).toBe('{"__proto__":{"polluted":true},"constructor":1}');
    expect((v as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('given paths through __proto__ or constructor, when evaluated, then they find nothing', () => {
    expect(evaluate('$Input.__proto__', env)).toBeNull();
    expect(evaluate('$Input.constructor', env)).toBeNull();
    expect(evaluate('$Input["constructor"]["prototype"]', env)).toBeNull();
    expect(evaluate('$Input.obj.hasOwnProperty', env)).toBeNull();
  });

  it('given jsonMerge and stringToJson with __proto__, when evaluated, then no prototype changes', () => {
    const merged = evaluate(
      'jsonMerge({"a": 1}, stringToJson(\'{"__proto__": {"polluted": 1}}\'))',
      env,
    ) as Record<string, JsonValue>;
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(evaluate('mapKeys(stringToJson(\'{"__proto__": 1, "b": 2}\'))', env)).toEqual([
      '__proto__',
      'b',
    ]);
  });
});
