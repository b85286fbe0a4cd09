import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { MAX_EXPRESSION_LENGTH, parseExpression } from './parseExpression';

/** A compact, range-free rendering of an AST, to assert structure and precedence. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'array':
      return `[${e.items.map(show).join(', ')}]`;
    case 'object':
      return `{${e.entries.map((x) => `${x.key}: ${show(x.value)}`).join(', ')}}`;
    case 'variable':
      return e.name;
    case 'jsonpath':
      return `jsonpath(${e.source})`;
    case 'member':
      return `${show(e.object)}.${e.property}`;
    case 'index':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'call':
      return `${e.name}(${e.args.map(show).join(', ')})`;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
  }
}

function parsed(src: string): string {
  const { ast, errors } = parseExpression(src);
  expect(errors).toEqual([]);
  return show(ast as Expr);
}

describe('parseExpression: grammar and precedence', () => {
  it.each([
    ['$Input.a.b', '$Input.a.b'],
    ['$Output.output.choices[0].message.content', '$Output.output.choices[0].message.content'],
    ['$Input["a-b"][\'c\']', '$Input["a-b"]["c"]'],
    ['$Input.list[$Input.i]', '$Input.list[$Input.i]'],
    ['$Context.Current.Input.Size>=1024', '($Context.Current.Input.Size >= 1024)'],
    ['$Input.status=="ready"', '($Input.status == "ready")'],
    ['$Input.a || $Input.b && $Input.c', '($Input.a || ($Input.b && $Input.c))'],
    ['!$Input.a && $Input.b', '((!$Input.a) && $Input.b)'],
    ['-$Input.n < 0 || false', '(((-$Input.n) < 0) || false)'],
    ['$Input.x in [1, "a"] && true', '(($Input.x in [1, "a"]) && true)'],
    ['($Input.a || $Input.b) && $Input.c', '(($Input.a || $Input.b) && $Input.c)'],
    ['1 + 2 * 3 - 4 % 2', '((1 + (2 * 3)) - (4 % 2))'],
    ['1 + 2 == 3', '((1 + 2) == 3)'],
    ['!!true', '(!(!true))'],
    ['{"name": "Tom", "age": 10}', '{name: "Tom", age: 10}'],
    ['{}', '{}'],
    ['[]', '[]'],
    ['[[1], {"a": [null]}]', '[[1], {a: [null]}]'],
    ['format("hello {}", $Input.who)', 'format("hello {}", $Input.who)'],
    ['uuid()', 'uuid()'],
    ['$Input.in', '$Input.in'],
    ['$Input.true.null', '$Input.true.null'],
    ['$Input.名字', '$Input.名字'],
    ['12.5e1', '125'],
    ['$', 'jsonpath($)'],
    ['$.myStateInput.key', 'jsonpath($.myStateInput.key)'],
    ["$.a[?@.b == 'x'].c == 1", "(jsonpath($.a[?@.b == 'x'].c) == 1)"],
    ['length($..book[*])', 'length(jsonpath($..book[*]))'],
    ['$.a .b == 2', '(jsonpath($.a .b) == 2)'],
    ['$.flag&&true', '(jsonpath($.flag) && true)'],
    [
      "length($.items[?@.n > 1 && @.s != ')']) + 1",
      "(length(jsonpath($.items[?@.n > 1 && @.s != ')'])) + 1)",
    ],
  ])('given %s, when parsed, then the tree is %s', (src, tree) => {
    expect(parsed(src)).toBe(tree);
  });

  it.each([
    ['"a\\"b\\\\c\\n\\t\\u00e9"', 'a"b\\c\n\té'],
    ["'it\\'s'", "it's"],
    ['\'{"name": "Tom"}\'', '{"name": "Tom"}'],
    ['`raw \\d+ "x"`', 'raw \\d+ "x"'],
    ['"😀"', '😀'],
    ['""', ''],
  ])('given the string literal %s, when parsed, then its value is decoded', (src, value) => {
    const { ast } = parseExpression(src);
    expect(ast).toMatchObject({ kind: 'literal', value });
  });
});

describe('parseExpression: ranges', () => {
  it('given a comparison, when parsed, then every node carries offsets into the string', () => {
    const { ast } = parseExpression('  $Input.a[0] == f("x")');
    expect(ast).toMatchObject({
      kind: 'binary',
      start: 2,
      end: 23,
      opStart: 14,
      opEnd: 16,
      left: {
        kind: 'index',
        start: 2,
        end: 13,
        object: { kind: 'member', start: 2, end: 10, propertyStart: 9, propertyEnd: 10 },
        index: { kind: 'literal', start: 11, end: 12 },
      },
      right: { kind: 'call', start: 17, end: 23, nameStart: 17, nameEnd: 18 },
    });
  });

  it('given an object literal, when parsed, then key ranges exclude the quotes', () => {
    const { ast } = parseExpression('{"ab": 1}');
    expect(ast).toMatchObject({ entries: [{ key: 'ab', keyStart: 2, keyEnd: 4 }] });
  });
});

describe('parseExpression: errors are values with exact ranges', () => {
  it.each([
    ['format("a"', "expected ')' to close the call of format", 10, 10],
    ['format("a" "b")', "expected ',' or ')' in the call of format, found '\"b\"'", 11, 14],
    ['$input.x', 'unknown variable $input — did you mean $Input?', 0, 6],
    ['$Foo', 'unknown variable $Foo: use one of $Input, $Output, $Context, $Global, $Item', 0, 4],
    ['fromJson("1")', 'unknown function fromJson — did you mean fromJSON?', 0, 8],
    ['lenght($Input)', 'unknown function lenght — did you mean length?', 0, 6],
    ['length()', 'length expects 1 argument, got 0: length(value)', 0, 6],
    ['intAdd(1, 2, 3)', 'intAdd expects 2 arguments, got 3: intAdd(a, b)', 0, 6],
    ['format()', 'format expects at least 1 argument, got 0: format(template, ...values)', 0, 6],
    [
      '1 < 2 < 3',
      'comparisons cannot be chained: combine them with && (as in a < b && b < c)',
      6,
      7,
    ],
    ['$Input.x = 1', "unexpected '=': use '==' to compare", 9, 10],
    ['$Input.a & $Input.b', "unexpected '&': use '&&' for a logical and", 9, 10],
    [
      '$Input.a and true',
      "unexpected 'and': expected an operator or the end of the expression",
      9,
      12,
    ],
    ['not true', "unknown word 'not': use !", 0, 3],
    ['True', "unknown name 'True' — did you mean true?", 0, 4],
    ['input.a', "unknown name 'input' — did you mean $Input?", 0, 5],
    ['uuid', 'uuid is a function: call it as uuid(…)', 0, 4],
    [
      '$Input.first-name',
      `unknown name 'name': a key with '-' needs brackets, as in ["first-name"] instead of .first-name`,
      13,
      17,
    ],
    [
      '$Input.a - b',
      "unknown name 'b': variables start with $ (such as $Input.b) and strings need quotes",
      11,
      12,
    ],
    ['"abc', 'unterminated string: add a closing "', 0, 4],
    ['`abc', 'unterminated string: add a closing `', 0, 4],
    ['"a\\qb"', "invalid escape '\\q' in string (use \\\\ for a backslash)", 2, 4],
    ['(1', "expected ')' to close '(', found the end of the expression", 2, 2],
    ['[1 2]', "expected ',' or ']' in the array, found '2'", 3, 4],
    ['{"a" 1}', "expected ':' after the key \"a\", found '1'", 5, 6],
    ['{"a": 1,}', "expected a key in quotes, found '}'", 8, 9],
    ['$Input.', "expected a field name after '.', found the end of the expression", 7, 7],
    ['$Input[0', "expected ']' to close the index, found the end of the expression", 8, 8],
    ['1 +', 'expected a value, found the end of the expression', 3, 3],
    ['0123', "invalid number '0123'", 0, 4],
    ['1e999', "number '1e999' is too large", 0, 5],
    ['#', "unexpected character '#'", 0, 1],
    [
      '   ',
      'empty expression: write a value, a variable such as $Input.name, or a function call',
      0,
      3,
    ],
  ])('given %s, when parsed, then the error is "%s" at [%i, %i)', (src, message, start, end) => {
    const { errors } = parseExpression(src);
    expect(errors[0]).toMatchObject({ message, start, end });
  });

  it('given $input, when parsed, then the error offers $Input as a quick-fix and the AST is kept', () => {
    const { ast, errors } = parseExpression('$input.username');
    expect(errors).toEqual([
      {
        message: 'unknown variable $input — did you mean $Input?',
        kind: 'unknown-variable',
        start: 0,
        end: 6,
        fix: '$Input',
      },
    ]);
    expect(ast).toMatchObject({ kind: 'member', object: { kind: 'variable', name: '$input' } });
  });

  it.each([
    ['$Input.a ==', 'syntax'],
    ['"abc', 'syntax'],
    ['$Inptu', 'unknown-variable'],
    ['fromJson("1")', 'unknown-function'],
    ['uuid(1)', 'arity'],
    ['$.a[', 'jsonpath'],
    ['('.repeat(100), 'limit'],
  ])('given %s, when parsed, then the error kind is %s', (src, kind) => {
    expect(parseExpression(src).errors[0]?.kind).toBe(kind);
  });

  it('given a syntax error after a name error, when parsed, then both are reported in order', () => {
    const { ast, errors } = parseExpression('$input.x == (1');
    expect(ast).toBeNull();
    expect(errors.map((e) => e.start)).toEqual([0, 14]);
  });

  it('given an invalid JSONPath operand, when parsed, then the error points inside it', () => {
    const { errors } = parseExpression('$.a[');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^invalid JSONPath: /);
    expect(errors[0]?.start).toBe(4);
  });
});

describe('parseExpression: limits on hostile input', () => {
  const nestCalls = (n: number) => 'length('.repeat(n - 1) + 'toArray()' + ')'.repeat(n - 1);

  it('given 10 nested function calls, when parsed, then it is accepted (fdl.md §4.3)', () => {
    expect(parseExpression(nestCalls(10)).errors).toEqual([]);
  });

  it('given 11 nested function calls, when parsed, then the 11th call is reported', () => {
    const src = nestCalls(11);
    const { errors } = parseExpression(src);
    const start = 'length('.length * 10;
    expect(errors).toEqual([
      {
        message: 'function calls are nested more than 10 levels deep',
        kind: 'nesting',
        start,
        end: start + 7,
      },
    ]);
  });

  it('given 10,000 nested parentheses, when parsed, then a depth error comes back (no stack overflow)', () => {
    const src = '('.repeat(10_000) + '1' + ')'.repeat(10_000);
    const { ast, errors } = parseExpression(src);
    expect(ast).toBeNull();
    expect(errors[0]?.message).toBe('expression is nested too deeply (more than 64 levels)');
    expect(errors[0]?.start).toBe(64);
  });

  it.each([
    ['brackets', '['.repeat(5000) + ']'.repeat(5000)],
    ['negations', '!'.repeat(20_000) + 'true'],
    ['indices', '$Input' + '[0'.repeat(5000) + ']'.repeat(5000)],
  ])('given thousands of nested %s, when parsed, then a depth error comes back', (_, src) => {
    const { ast, errors } = parseExpression(src);
    expect(ast).toBeNull();
    expect(errors[0]?.message).toMatch(/nested too deeply/);
  });

  it('given a chain of 3,000 || operands, when parsed, then it is refused as too complex', () => {
    const src = Array.from({ length: 3000 }, () => '1').join('||');
    const { ast, errors } = parseExpression(src);
    expect(ast).toBeNull();
    expect(errors[0]?.message).toBe('expression is too complex (more than 1000 nested operations)');
  });

  it('given a member chain 20,000 fields long, when parsed, then it is refused as too complex', () => {
    const { ast, errors } = parseExpression('$Input' + '.a'.repeat(20_000));
    expect(ast).toBeNull();
    expect(errors[0]?.message).toMatch(/^expression is too complex/);
  });

  it('given a chain of 500 operands, when parsed, then it is accepted', () => {
    const src = Array.from({ length: 500 }, (_, i) => `$Input.a == ${i}`).join(' || ');
    expect(parseExpression(src).errors).toEqual([]);
  });

  it('given a text over the length limit, when parsed, then it is refused before any work', () => {
    const src = '"' + 'x'.repeat(MAX_EXPRESSION_LENGTH) + '"';
    expect(parseExpression(src).errors[0]?.message).toMatch(/^expression is too long/);
  });

  it('given a long but flat expression, when parsed, then it succeeds', () => {
    const src = `[${Array.from({ length: 5000 }, (_, i) => i).join(', ')}]`;
    const { ast, errors } = parseExpression(src);
    expect(errors).toEqual([]);
    expect(ast).toMatchObject({ kind: 'array' });
  });
});
