import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { main } from '../main';

const HELLO = `Type: StateMachine
SpecVersion: v1
Name: hello
StartAt: Greet
States:
  - Type: Pass
    Name: Greet
    InputConstructor:
      greeting.$: format("hello {}", $Input.name)
    End: true
`;

const CHARGE = `Type: StateMachine
SpecVersion: v1
Name: charge
StartAt: Charge
States:
  - Type: Task
    Name: Charge
    Action: FC:InvokeFunction
    Parameters:
      resourceArn: acs:fc:cn-hangzhou:123456789012:functions/charge/LATEST
      invocationType: Sync
    Retry:
      - Errors: [FC.ResourceThrottled]
        MaxAttempts: 2
        IntervalSeconds: 3
    End: true
`;

const APPROVAL = `Type: StateMachine
SpecVersion: v1
Name: approval
StartAt: Ask
States:
  - Type: Task
    Name: Ask
    Action: HTTP:Request
    TaskMode: WaitForCustomCallback
    Timeout: "60"
    Parameters:
      url: https://example.com
      method: POST
    End: true
`;

/** An in-memory CliIo over a map of files. */
function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('no such file');
      return f;
    },
    writeText: (p, t) => {
      files[p] = t;
    },
    cwd: '/',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function fdl(args: string[], files: Record<string, string>) {
  const m = memoryIo(files);
  const code = await main(['simulate', ...args], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('fdl simulate', () => {
  it('--json prints exactly status, output, error, events, virtualSeconds; exit 0', async () => {
    const r = await fdl(['hello.yaml', '--input', '{"name":"world"}', '--json'], {
      'hello.yaml': HELLO,
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['status', 'output', 'error', 'events', 'virtualSeconds']);
    expect(json.status).toBe('Succeeded');
    expect(json.output).toEqual({ greeting: 'hello world' });
    expect(json.error).toBeNull();
    const events = json.events as Record<string, unknown>[];
    expect(Object.keys(events[0] ?? {})).toEqual(['id', 'type', 'state', 'detail', 'time']);
    expect(events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'StepEntered',
      'StepStarted',
      'StepSucceeded',
      'StepExited',
      'ExecutionSucceeded',
    ]);
  });

  it('reads mocks from YAML; a failed execution exits 3 with the error', async () => {
    const files = {
      'charge.yaml': CHARGE,
      'mocks.yaml':
        'Charge:\n  - error: FC.ResourceThrottled\n  - error: FC.ResourceThrottled\n  - error: FC.ResourceThrottled\n    cause: still busy\n',
    };
    const r = await fdl(['charge.yaml', '--mocks', 'mocks.yaml', '--json'], files);
    expect(r.code).toBe(3);
    const json = JSON.parse(r.out) as { status: string; error: unknown; virtualSeconds: number };
    expect(json.status).toBe('Failed');
    expect(json.error).toEqual({ code: 'FC.ResourceThrottled', detail: 'still busy' });
    expect(json.virtualSeconds).toBe(6);
  });

  it('reads mocks from JSON and an input file; human output lists the steps', async () => {
    const files = {
      'charge.yaml': CHARGE,
      'mocks.json': '{"Charge": {"output": {"chargeId": "c-1"}}}',
      'in.json': '{"orderId": "o1"}',
    };
    const r = await fdl(['charge.yaml', '--mocks', 'mocks.json', '--input-file', 'in.json'], files);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Succeeded after 0 s of virtual time/);
    expect(r.out).toMatch(/Charge {2}succeeded/);
    expect(r.out).toMatch(/output: \{"Body":\{"chargeId":"c-1"\}\}/);
  });

  it('express mode: a callback TaskMode makes the definition invalid (exit 1, diagnostics)', async () => {
    const r = await fdl(['a.yaml', '--mode', 'express'], { 'a.yaml': APPROVAL });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^a\.yaml:\d+:\d+ error /m);
    expect(r.out).toBe('');
  });

  it('a custom callback nobody reports times out after the Task Timeout (exit 3)', async () => {
    const r = await fdl(['a.yaml', '--json'], { 'a.yaml': APPROVAL });
    expect(r.code).toBe(3);
    const json = JSON.parse(r.out) as {
      status: string;
      error: { code: string };
      virtualSeconds: number;
    };
    expect(json.error.code).toBe('FnF.Timeout');
    expect(json.virtualSeconds).toBe(60);
  });

  it('an invalid definition exits 1 and prints located diagnostics', async () => {
    const r = await fdl(['bad.yaml'], {
      'bad.yaml':
        'Type: StateMachine\nSpecVersion: v1\nName: x\nStartAt: Nope\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n',
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+ error/);
  });

  it.each([
    [
      ['hello.yaml', '--input', '{"name": }'],
      /input is not valid JSON at line 1 column 10: expected a value/,
    ],
    [['hello.yaml', '--input', '[1]'], /input must be a JSON object/],
    [['hello.yaml', '--mode', 'fast'], /--mode must be standard or express/],
    [['hello.yaml', '--input', '{}', '--input-file', 'x'], /not both/],
    [['hello.yaml', '--bogus'], /unknown option '--bogus'/],
    [[], /missing the definition file/],
    [['missing.yaml'], /cannot read definition 'missing.yaml'/],
    [
      ['hello.yaml', '--mocks', 'm.yaml'],
      /mocks file 'm.yaml':\n {2}mock 'Greet' is ignored|unknown key/,
    ],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await fdl(args, { 'hello.yaml': HELLO, 'm.yaml': 'Greet:\n  outputs: 1\n' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
