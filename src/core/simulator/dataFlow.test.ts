import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { simulate } from './run';
import type { Mocks, RunSnapshot } from './types';

function machine(states: string, startAt: string): StateMachine {
  const text = `Type: StateMachine\nSpecVersion: v1\nName: t\nStartAt: ${startAt}\nStates:\n${states}`;
  const parsed = parseSource(text);
  if (!parsed.model) throw new Error(`fixture does not parse: ${parsed.diagnostics[0]?.message}`);
  return parsed.model;
}

interface Case {
  name: string;
  startAt: string;
  states: string;
  input?: JsonValue;
  mocks?: Mocks;
  status: RunSnapshot['status'];
  output?: JsonValue;
  errorCode?: string;
  check?: (r: RunSnapshot) => void;
}

const pass2or1 = `  - Type: Pass
    Name: Pass1
    End: true
  - Type: Pass
    Name: Pass2
    End: true
`;

const cases: Case[] = [
  {
    name: 'TC-01 Pass with InputConstructor replaces the input',
    startAt: 'Pass1',
    states: `  - Type: Pass\n    Name: Pass1\n    End: true\n    InputConstructor:\n      FieldA: 123\n`,
    input: { x: 1 },
    status: 'Succeeded',
    output: { FieldA: 123 },
  },
  {
    name: 'TC-02 Parallel output keys Branch0, Branch1',
    startAt: 'Parallel1',
    states: `  - Type: Parallel
    Name: Parallel1
    End: true
    Branches:
      - StartAt: Pass1
        States:
          - Type: Pass
            Name: Pass1
            OutputConstructor:
              FieldA: 123
            End: true
      - StartAt: Pass2
        States:
          - Type: Pass
            Name: Pass2
            InputConstructor:
              FieldA: 321
            End: true
`,
    status: 'Succeeded',
    output: { Branch0: { FieldA: 123 }, Branch1: { FieldA: 321 } },
  },
  {
    name: 'TC-03 Succeed inside a branch ends only that branch',
    startAt: 'Parallel1',
    states: `  - Type: Parallel
    Name: Parallel1
    End: true
    Branches:
      - StartAt: Succeed1
        States:
          - Type: Succeed
            Name: Succeed1
            OutputConstructor:
              FieldA: 123
      - StartAt: Pass2
        States:
          - Type: Pass
            Name: Pass2
            InputConstructor:
              FieldA: 321
            End: true
`,
    status: 'Succeeded',
    output: { Branch0: { FieldA: 123 }, Branch1: { FieldA: 321 } },
    check: (r) => expect(r.states['Parallel1/0/Succeed1']?.status).toBe('succeeded'),
  },
  {
    name: 'TC-04 Map over a constant array keeps input order under Items',
    startAt: 'Map1',
    states: `  - Type: Map
    Name: Map1
    End: true
    InputConstructor:
      FieldA:
        - a: b
        - c: d
    ItemsPath: $Input.FieldA
    Processor:
      StartAt: Pass1
      States:
        - Type: Pass
          Name: Pass1
          End: true
`,
    status: 'Succeeded',
    output: { Items: [{ a: 'b' }, { c: 'd' }] },
    check: (r) => {
      expect(r.states['Map1']?.iterations?.map((i) => i.status)).toEqual([
        'succeeded',
        'succeeded',
      ]);
      expect(r.states['Map1/Pass1']?.visits).toBe(2);
    },
  },
  ...(
    [
      { input: { status: 'ready' }, taken: 'Pass2', other: 'Pass1' },
      { input: { status: 'done' }, taken: 'Pass1', other: 'Pass2' },
      { input: {}, taken: 'Pass1', other: 'Pass2' },
    ] as { input: JsonValue; taken: string; other: string }[]
  ).map((v): Case => ({
    name: `TC-05 Choice ${JSON.stringify(v.input)} goes to ${v.taken}`,
    startAt: 'Choice1',
    states: `  - Type: Choice
    Name: Choice1
    Branches:
      - Condition: $Input.status == "ready"
        Next: Pass2
    Default: Pass1
${pass2or1}`,
    input: v.input,
    status: 'Succeeded',
    output: v.input,
    check: (r) => {
      expect(r.states[v.taken]?.status).toBe('succeeded');
      expect(r.states[v.other]?.status).toBe('notRun');
    },
  })),
  ...[
    { input: { status: 'true' }, status: 'Succeeded' as const },
    { input: { status: 'false' }, status: 'Failed' as const, errorCode: 'customBizCode' },
  ].map((v): Case => ({
    name: `TC-06 Fail: ${JSON.stringify(v.input)} → ${v.status}`,
    startAt: 'Choice1',
    states: `  - Type: Choice
    Name: Choice1
    Branches:
      - Condition: $Input.status == "true"
        Next: Pass1
    Default: Fail1
  - Type: Pass
    Name: Pass1
    End: true
  - Type: Fail
    Name: Fail1
    Code: customBizCode
    Detail: status is not true
`,
    input: v.input,
    status: v.status,
    ...(v.errorCode ? { errorCode: v.errorCode } : { output: v.input }),
  })),
  {
    name: 'TC-07 Wait 12 s forwards its input after 12 virtual seconds',
    startAt: 'Wait1',
    states: `  - Type: Wait\n    Name: Wait1\n    Seconds: 12\n    End: true\n`,
    input: { a: 1 },
    status: 'Succeeded',
    output: { a: 1 },
    check: (r) => expect(r.virtualSeconds).toBe(12),
  },
  {
    name: 'TC-07 Seconds.$ from the input',
    startAt: 'Wait1',
    states: `  - Type: Wait\n    Name: Wait1\n    Seconds.$: $Input.timeout\n    End: true\n`,
    input: { timeout: 5 },
    status: 'Succeeded',
    output: { timeout: 5 },
    check: (r) => expect(r.virtualSeconds).toBe(5),
  },
  {
    name: 'TC-07 Seconds.$ out of the Standard range 1–300 is an error',
    startAt: 'Wait1',
    states: `  - Type: Wait\n    Name: Wait1\n    Seconds.$: $Input.timeout\n    End: true\n`,
    input: { timeout: 500 },
    status: 'Failed',
    errorCode: 'FnF.InvalidValue',
    check: (r) => expect(r.error?.detail).toMatch(/1 to 300/),
  },
  ...[
    { size: 2048, taken: 'Big' },
    { size: 10, taken: 'Small' },
  ].map((v): Case => ({
    name: `TC-08 Choice on $Context.Current.Input.Size=${v.size}`,
    startAt: 'C',
    states: `  - Type: Choice
    Name: C
    Branches:
      - Condition: $Context.Current.Input.Size>=1024
        Next: Big
    Default: Small
  - Type: Pass
    Name: Big
    End: true
  - Type: Pass
    Name: Small
    End: true
`,
    input: { Size: v.size },
    status: 'Succeeded',
    check: (r) => expect(r.states[v.taken]?.status).toBe('succeeded'),
  })),
  {
    name: 'TC-09 GlobalConstructor sees $Input and raw $Output; later states read $Global',
    startAt: 'A',
    states: `  - Type: Task
    Name: A
    Action: Demo:Call
    GlobalConstructor:
      variable_a.$: $Input.key_a
      variable_b.$: $Output.key_b
    Next: M
  - Type: Pass
    Name: M
    InputConstructor:
      unrelated: 1
    Next: Z
  - Type: Pass
    Name: Z
    InputConstructor:
      a.$: $Global.variable_a
      b.$: $Global.variable_b
    End: true
`,
    input: { key_a: 'A' },
    mocks: { A: { output: { key_b: 'B' } } },
    status: 'Succeeded',
    output: { a: 'A', b: 'B' },
    check: (r) => expect(r.states['Z']?.input).toEqual({ a: 'A', b: 'B' }),
  },
  {
    name: '§3.4 order: OutputConstructor sees the old $Global, GlobalConstructor the raw $Output',
    startAt: 'Init',
    states: `  - Type: Pass
    Name: Init
    GlobalConstructor:
      k: old
    Next: T
  - Type: Task
    Name: T
    Action: FC:InvokeFunction
    OutputConstructor:
      seen.$: $Global.k
      shaped: true
    GlobalConstructor:
      k: new
      raw.$: $Output
      shapedSeen.$: $Input
    Next: Read
  - Type: Pass
    Name: Read
    InputConstructor:
      g.$: $Global
      in.$: $Input
    End: true
`,
    input: { i: 1 },
    mocks: { T: { output: { r: 1 } } },
    status: 'Succeeded',
    output: {
      g: { k: 'new', raw: { Body: { r: 1 } }, shapedSeen: { i: 1 } },
      in: { seen: 'old', shaped: true },
    },
  },
  {
    name: 'TC-10 FC result under Body, uuid() in OutputConstructor, execution input re-read',
    startAt: 'Invoke',
    states: `  - Type: Task
    Name: Invoke
    Action: FC:InvokeFunction
    Parameters:
      resourceArn: acs:fc:cn-hangzhou:1:functions/f/LATEST
      invocationType: Sync
      body:
        videoUrl.$: $Input.videoUrl
    OutputConstructor:
      returnID.$: uuid()
      videoContent.$: $Output.Body.videoContent
    Next: Again
  - Type: Pass
    Name: Again
    InputConstructor:
      url.$: $Context.Execution.Input.videoUrl
      returnID.$: $Input.returnID
      videoContent.$: $Input.videoContent
    End: true
`,
    input: { videoUrl: 'https://x/y.mp4' },
    mocks: { Invoke: { output: { videoContent: 'abc' } } },
    status: 'Succeeded',
    check: (r) => {
      expect(r.states['Invoke']?.parameters).toMatchObject({
        body: { videoUrl: 'https://x/y.mp4' },
      });
      const out = r.output as { returnID: string; videoContent: string; url: string };
      expect(out.videoContent).toBe('abc');
      expect(out.url).toBe('https://x/y.mp4');
      expect(out.returnID).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const succeeded = r.events.find((e) => e.type === 'TaskSucceeded');
      expect(succeeded?.detail).toEqual({ Output: { Body: { videoContent: 'abc' } } });
    },
  },
  {
    name: 'TC-11 Parallel results consumed downstream via Branch keys',
    startAt: 'P',
    states: `  - Type: Parallel
    Name: P
    Branches:
      - StartAt: S
        States:
          - Type: Pass
            Name: S
            InputConstructor:
              sourceVideoContent: s
            End: true
      - StartAt: T
        States:
          - Type: Pass
            Name: T
            InputConstructor:
              targetVideoContent: t
            End: true
    Next: Use
  - Type: Pass
    Name: Use
    InputConstructor:
      src.$: $Input.Branch0.sourceVideoContent
      tgt.$: $Input.Branch1.targetVideoContent
    End: true
`,
    status: 'Succeeded',
    output: { src: 's', tgt: 't' },
  },
  {
    name: 'TC-12 array index in a path',
    startAt: 'Speak',
    states: `  - Type: Task
    Name: Speak
    Action: DashScope:QwenTextGeneration
    OutputConstructor:
      speech.$: $Output.output.choices[0].message.content
    End: true
`,
    mocks: { Speak: { output: { output: { choices: [{ message: { content: 'hi' } }] } } } },
    status: 'Succeeded',
    output: { speech: 'hi' },
  },
  {
    name: 'TC-13 HTTP result shape {Header, Code, Body}',
    startAt: 'Get',
    states: `  - Type: Task
    Name: Get
    Action: HTTP:Request
    Parameters:
      url: https://example.com
      method: GET
    OutputConstructor:
      status.$: $Output.Code
      body.$: $Output.Body
    End: true
`,
    mocks: { Get: { output: 'hello world' } },
    status: 'Succeeded',
    output: { status: 200, body: 'hello world' },
    check: (r) => {
      const ok = r.events.find((e) => e.type === 'TaskSucceeded');
      expect(ok?.detail).toEqual({ Output: { Header: {}, Code: 200, Body: 'hello world' } });
    },
  },
  {
    name: 'TC-14 FNF:StartExecution RequestComplete returns FlowName, ExecutionName, RequestID',
    startAt: 'Child',
    states: `  - Type: Task
    Name: Child
    Action: FNF:StartExecution
    Parameters:
      resourceArn: acs:fnf:::flow/test-workflow
      executionName: theExecutionName
    End: true
`,
    status: 'Succeeded',
    check: (r) => {
      const out = r.output as Record<string, string>;
      expect(out.FlowName).toBe('test-workflow');
      expect(out.ExecutionName).toBe('theExecutionName');
      expect(typeof out.RequestID).toBe('string');
      expect(Object.keys(out).sort()).toEqual(['ExecutionName', 'FlowName', 'RequestID']);
    },
  },
  {
    name: 'TC-15 a key without .$ is literal, with .$ an expression',
    startAt: 'P',
    states: `  - Type: Pass\n    Name: P\n    InputConstructor:\n      a: $Input.x\n      b.$: $Input.x\n    End: true\n`,
    input: { x: 5 },
    status: 'Succeeded',
    output: { a: '$Input.x', b: 5 },
  },
  {
    name: 'TC-16 a .$ key with a non-string value is an error',
    startAt: 'P',
    states: `  - Type: Pass\n    Name: P\n    InputConstructor:\n      a.$: 5\n    End: true\n`,
    status: 'Failed',
    errorCode: 'FnF.ExpressionError',
    check: (r) => expect(r.error?.detail).toMatch(/must be an expression string/),
  },
];

describe('data flow (fdl.md §3.7)', () => {
  it.each(cases)('$name', (c) => {
    // given the definition, input and mocks of the case
    const m = machine(c.states, c.startAt);
    // when it runs to the end
    const r = simulate(m, { input: c.input ?? {}, mocks: c.mocks ?? {} });
    // then status, output and error are as the reference says
    expect(r.status).toBe(c.status);
    if (c.output !== undefined) expect(r.output).toEqual(c.output);
    if (c.errorCode !== undefined) expect(r.error?.code).toBe(c.errorCode);
    if (c.status === 'Succeeded') expect(r.error).toBeNull();
    c.check?.(r);
  });
});
