import { describe, expect, it } from 'vitest';
import type { ExecutionMode } from '../model/types';
import { parseSource } from '../yaml/parseSource';
import { scalarOffsets } from './scalarOffsets';
import { validate } from './validate';

const head = 'Type: StateMachine\nSpecVersion: v1\nName: t\nStartAt: A\nStates:\n';
const run = (body: string, mode: ExecutionMode = 'Standard') =>
  validate(parseSource(head + body), { mode });
const codes = (body: string, mode?: ExecutionMode) =>
  run(body, mode).map((d) => `${d.line}:${d.column} ${d.code}`);

describe('validate: what the parser already reported is not reported again', () => {
  it('given a Next to a state whose Type is unknown, when validated, then only the unknown type is reported', () => {
    expect(
      codes('  - Type: Pass\n    Name: A\n    Next: B\n  - Type: Paas\n    Name: B\n'),
    ).toEqual(['9:11 state-type-unknown']);
  });

  it('given an Action of the wrong kind, when validated, then it is a field-type error, not a missing field', () => {
    expect(codes('  - Type: Task\n    Name: A\n    Action: 5\n    End: true\n')).toEqual([
      '8:13 field-type',
    ]);
  });

  it('given text that does not parse, when validated, then only the parse diagnostics come back', () => {
    const d = validate(parseSource('a: [1, 2\n'));
    expect(d.map((x) => x.code)).toEqual(['yaml-syntax']);
  });
});

describe('validate: locations', () => {
  it('given a Retry list whose first item is not a mapping, when validated, then later rules point at the right item', () => {
    const body =
      '  - Type: Task\n    Name: A\n    Action: HTTP:Request\n    Retry:\n      - oops\n' +
      '      - Description: d\n        Errors: []\n        MaxAttempts: 1\n        IntervalSeconds: 1\n    End: true\n';
    expect(codes(body)).toEqual(['10:9 field-type', '12:17 errors-empty']);
  });

  it('given an error inside a double-quoted condition with escapes, when validated, then the column is exact', () => {
    const body =
      '  - Type: Choice\n    Name: A\n    Branches:\n      - Condition: "$Input.a == \\"x\\" && $inpt.b"\n' +
      '        Next: B\n    Default: B\n  - Type: Succeed\n    Name: B\n';
    const [d] = run(body);
    const line = (head + body).split('\n')[(d?.line ?? 0) - 1] ?? '';
    expect(d?.code).toBe('expression-unknown-variable');
    expect(line.slice((d?.column ?? 0) - 1, (d?.endColumn ?? 0) - 1)).toBe('$inpt');
  });

  it('given an expression in a folded block scalar, when validated, then the error is on its content line', () => {
    const body =
      '  - Type: Map\n    Name: A\n    ItemsPath: >-\n      $Input.items[\n' +
      '    Processor:\n      StartAt: P\n      States:\n        - Type: Pass\n          Name: P\n          End: true\n    End: true\n';
    const d = run(body).find((x) => x.code === 'expression-syntax');
    expect(d?.line).toBe(9);
  });

  it('given a scalar with quotes and escapes, when mapping offsets, then each decoded character maps to its source', () => {
    const text = `a: 'it''s $x'\nb: "\\u00e9 $y"\n`;
    const single = scalarOffsets(text, { start: 3, end: 13 }, "it's $x");
    expect(text[single(5)]).toBe('$');
    const start = text.indexOf('"');
    const dbl = scalarOffsets(text, { start, end: text.indexOf('"', start + 1) + 1 }, 'é $y');
    expect(text[dbl(2)]).toBe('$');
  });
});

describe('validate: modes and bounds', () => {
  const wait = (s: number) => `  - Type: Wait\n    Name: A\n    Seconds: ${s}\n    End: true\n`;

  it('given a 60 s Wait, when validated per mode, then only Express rejects it, with the Express code', () => {
    expect(codes(wait(60))).toEqual([]);
    expect(codes(wait(60), 'Express')).toEqual(['8:14 express-wait-seconds']);
    expect(codes(wait(400))).toEqual(['8:14 value-out-of-range']);
  });

  it('given Timeout as a numeric string, when validated, then it is range-checked as a number', () => {
    const task = (t: string) =>
      `  - Type: Task\n    Name: A\n    Action: HTTP:Request\n    Timeout: "${t}"\n    End: true\n`;
    expect(codes(task('30'))).toEqual([]);
    expect(codes(task('700000'))).toEqual(['9:14 value-out-of-range']);
  });
});

describe('validate: flow', () => {
  it('given a loop whose Catch leads to an end, when validated, then it is not a loop without exit', () => {
    const body =
      '  - Type: Task\n    Name: A\n    Action: HTTP:Request\n    Catch:\n      - Description: out\n' +
      '        Errors: [FnF.ALL]\n        Next: Out\n    Next: A\n  - Type: Succeed\n    Name: Out\n';
    expect(codes(body)).toEqual([]);
  });

  it('given a Pass pointing at itself, when validated, then the loop is reported once', () => {
    expect(codes('  - Type: Pass\n    Name: A\n    Next: A\n')).toEqual([
      '7:11 cycle-without-exit',
    ]);
  });

  it('given a Next into another scope, when validated, then the message says where that state lives', () => {
    const body =
      '  - Type: Parallel\n    Name: A\n    Branches:\n      - StartAt: In\n        States:\n' +
      '          - Type: Pass\n            Name: In\n            End: true\n    Next: In\n';
    const d = run(body).find((x) => x.code === 'target-out-of-scope');
    expect(d?.message).toContain('branch 0 of Parallel "A"');
    expect(d?.path).toBe('A');
    expect(d?.field).toBe('Next');
  });
});

describe('validate: constructor values', () => {
  it('given expression-like text in a list item, when validated, then it is not flagged (lists cannot take .$)', () => {
    const body =
      '  - Type: Pass\n    Name: A\n    InputConstructor:\n      xs: [$Input.a]\n    End: true\n';
    expect(codes(body)).toEqual([]);
  });

  it('given a .$ key holding a mapping (the FNF input.$ form), when validated, then it is accepted', () => {
    const body =
      '  - Type: Task\n    Name: A\n    Action: FNF:StartExecution\n    Parameters:\n' +
      '      resourceArn: acs:fnf:::flow/child\n      input.$: {key2: $Input.age}\n    End: true\n';
    expect(codes(body)).toEqual([]);
  });

  it('given $Output in an OutputConstructor and in a Catch OutputConstructor, when validated, then both are allowed', () => {
    const body =
      '  - Type: Task\n    Name: A\n    Action: HTTP:Request\n    Catch:\n      - Description: c\n' +
      '        Errors: [FnF.ALL]\n        Next: B\n        OutputConstructor:\n          o.$: $Output\n' +
      '    OutputConstructor:\n      code.$: $Output.Code\n    Next: B\n  - Type: Succeed\n    Name: B\n';
    expect(codes(body)).toEqual([]);
  });
});
