import { describe, expect, it } from 'vitest';
import type { JsonObject, StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { construct } from './constructors';
import { ExpressionCache } from './expressions';
import { parseMocks } from './mocks';
import { createRun, simulate } from './run';
import type { Mocks } from './types';

function machine(text: string): StateMachine {
  const parsed = parseSource(`Type: StateMachine\nSpecVersion: v1\nName: t\n${text}`);
  if (!parsed.model) throw new Error(parsed.diagnostics[0]?.message);
  return parsed.model;
}

const oneTask = (extra = '') =>
  machine(`StartAt: T
States:
  - Type: Task
    Name: T
    Action: Demo:Call
${extra}    End: true
`);

describe('constructors build plain data safely', () => {
  it('__proto__ and constructor keys become own properties, never a prototype', () => {
    // given a constructor and input whose keys try to reach the prototype (JSON.parse keeps them own)
    const ctor = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "a.$": "$Input.__proto__"}',
    ) as JsonObject;
    const input = JSON.parse('{"__proto__": {"evil": 1}}') as JsonObject;
    // when it is constructed
    const out = construct(
      ctor,
      { vars: { $Input: input } },
      new ExpressionCache(),
      'InputConstructor',
    );
    // then nothing leaked into prototypes
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((out as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"a":{"evil":1}}',
    );
  });

  it('.$ keys inside arrays of objects are evaluated; the suffix is stripped', () => {
    const out = construct(
      { list: [{ 'v.$': '$Input.x' }, 3, 'lit'], nested: { deep: { 'w.$': '$Input.x' } } },
      { vars: { $Input: { x: 7 } } },
      new ExpressionCache(),
      'OutputConstructor',
    );
    expect(out).toEqual({ list: [{ v: 7 }, 3, 'lit'], nested: { deep: { w: 7 } } });
  });

  it('a state that builds a __proto__ key through the whole run keeps it as data', () => {
    const m = oneTask('    OutputConstructor:\n      "__proto__.$": $Output\n');
    const r = simulate(m, { mocks: { T: { output: { isAdmin: true } } } });
    expect(r.status).toBe('Succeeded');
    expect(Object.hasOwn(r.output as object, '__proto__')).toBe(true);
    expect((r.output as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('inputs are deep-copied', () => {
  it('changing the input or the mocks after createRun does not change the run', () => {
    const input = { list: [1, 2] };
    const mocks: Mocks = { T: { output: { v: 1 } } };
    const run = createRun(oneTask(), { input, mocks });
    input.list.push(3);
    (mocks.T as { output: { v: number } }).output.v = 99;
    const r = run.runToEnd();
    expect(r.states['T']?.rawInput).toEqual({ list: [1, 2] });
    expect(r.output).toEqual({ v: 1 });
  });
});

describe('payload limits and shapes (fdl.md §3.1, §6)', () => {
  it('an output over 64 KiB fails the execution, even with a Catch', () => {
    const m = oneTask('    Catch:\n      - Errors: [FnF.ALL]\n        Next: T\n');
    const r = simulate(m, { mocks: { T: { output: { big: 'x'.repeat(70_000) } } } });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.DataLimitExceeded');
    expect(r.error?.detail).toMatch(/output of state 'T' is \d+ bytes; the limit is 65536/);
  });

  it('an execution input over 64 KiB fails at the first state', () => {
    const r = simulate(oneTask(), { input: { big: 'é'.repeat(40_000) } });
    expect(r.error?.code).toBe('FnF.DataLimitExceeded');
  });

  it('a state output that is not an object fails the execution', () => {
    const r = simulate(oneTask(), { mocks: { T: { output: 'plain text' } } });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.InvalidData');
    expect(r.error?.detail).toMatch(/output of state 'T' is string/);
  });

  it('an execution input that is not an object fails the execution', () => {
    const r = simulate(oneTask(), { input: [1, 2] });
    expect(r.error?.code).toBe('FnF.InvalidData');
  });

  it('an execution input of null fails as not an object (only a missing input is {})', () => {
    const r = simulate(oneTask(), { input: null });
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.InvalidData');
    expect(simulate(oneTask(), {}).status).toBe('Succeeded');
  });

  it('inside a Map iteration an item may be any JSON value', () => {
    const m = machine(`StartAt: M
States:
  - Type: Map
    Name: M
    ItemsPath: $Input.n
    Processor:
      StartAt: P
      States:
        - Type: Pass
          Name: P
          End: true
    End: true
`);
    const r = simulate(m, { input: { n: [1, 'a', null] } });
    expect(r.output).toEqual({ Items: [1, 'a', null] });
  });
});

describe('runaway runs end with a clear error', () => {
  const loop = machine(`StartAt: Again
States:
  - Type: Choice
    Name: Again
    Branches:
      - Condition: $Input.stop == true
        Next: Out
    Default: Again
  - Type: Pass
    Name: Out
    End: true
`);

  it('an endless loop stops at 5,000 events', () => {
    const r = simulate(loop);
    expect(r.status).toBe('Failed');
    expect(r.error?.code).toBe('FnF.EventLimitExceeded');
    expect(r.events.length).toBeLessThanOrEqual(5000);
    expect(r.events.at(-1)?.type).toBe('ExecutionFailed');
    expect(r.states['Again']?.status).toBe('failed');
  });

  it('the step budget stops a run too', () => {
    const r = simulate(loop, { maxSteps: 100, maxEvents: 1_000_000 });
    expect(r.error?.code).toBe('FnF.StepLimitExceeded');
  });

  it('Express: a run past 5 virtual minutes is TimedOut', () => {
    const m = machine(`StartAt: W
States:
  - Type: Wait
    Name: W
    Seconds: 20
    Next: W
`);
    const r = simulate(m, { mode: 'Express' });
    expect(r.status).toBe('TimedOut');
    expect(r.error?.code).toBe('FnF.Timeout');
    expect(r.virtualSeconds).toBe(300);
    expect(r.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });

  it('Express: Wait accepts 1–20 seconds only', () => {
    const m = machine(
      `StartAt: W\nStates:\n  - Type: Wait\n    Name: W\n    Seconds: 30\n    End: true\n`,
    );
    expect(simulate(m, { mode: 'Standard' }).status).toBe('Succeeded');
    const r = simulate(m, { mode: 'Express' });
    expect(r.error?.code).toBe('FnF.InvalidValue');
    expect(r.error?.detail).toMatch(/1 to 20/);
  });

  it('a Next to a missing state fails with FnF.InvalidDefinition', () => {
    const m = machine(`StartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: Nowhere\n`);
    const r = simulate(m);
    expect(r.error).toEqual({
      code: 'FnF.InvalidDefinition',
      detail: "no state named 'Nowhere' in the top level",
    });
  });
});

describe('Map scheduling and errors', () => {
  const waits = (conc: string) =>
    machine(`StartAt: M
States:
  - Type: Map
    Name: M
    ItemsPath: $Input.items
${conc}    Processor:
      StartAt: W
      States:
        - Type: Wait
          Name: W
          Seconds.$: $Input.s
          End: true
    End: true
`);
  const input = { items: [{ s: 10 }, { s: 10 }, { s: 5 }, { s: 10 }] };

  it('without MaxConcurrency every item starts at once', () => {
    expect(simulate(waits(''), { input }).virtualSeconds).toBe(10);
  });

  it('MaxConcurrency 2 queues items on the free slots: 10 | 10, then 5 → 15, 10 → 20', () => {
    const r = simulate(waits('    MaxConcurrency: 2\n'), { input });
    expect(r.virtualSeconds).toBe(20);
    expect(r.events.filter((e) => e.type === 'IterationEntered').map((e) => e.time)).toEqual([
      0, 0, 10, 10,
    ]);
  });

  it('an Express child execution past 5 minutes fails its item only (distributed, tolerated)', () => {
    const m = machine(`StartAt: M
States:
  - Type: Map
    Name: M
    ItemsPath: $Input.items
    ProcessorConfig:
      ExecutionMode: Express
    ToleratedFailureCount: 1
    Processor:
      StartAt: W
      States:
        - Type: Wait
          Name: W
          Seconds: 20
          Next: Check
        - Type: Choice
          Name: Check
          Branches:
            - Condition: $Input.loop == true
              Next: W
          Default: Done
        - Type: Succeed
          Name: Done
    End: true
`);
    const r = simulate(m, { input: { items: [{ loop: true }, { loop: false }] } });
    expect(r.status).toBe('Succeeded');
    const items = (r.output as { Items: unknown[] }).Items;
    expect(items[0]).toMatchObject({ Error: 'FnF.Timeout' });
    expect(items[1]).toEqual({ loop: false });
    expect(r.states['M']?.iterations?.[0]?.events?.at(-1)?.type).toBe('ExecutionTimedOut');
    expect(r.virtualSeconds).toBe(300);
  });

  it('an inline iteration failure fails the Map; its Catch takes over; later items are abandoned', () => {
    const m = machine(`StartAt: M
States:
  - Type: Map
    Name: M
    ItemsPath: $Input.items
    Processor:
      StartAt: T
      States:
        - Type: Task
          Name: T
          Action: Demo:Work
          End: true
    Catch:
      - Errors: [Bad]
        Next: Recover
        OutputConstructor:
          detail.$: $Context.Current.Error.Detail
    End: true
  - Type: Pass
    Name: Recover
    End: true
`);
    const r = simulate(m, {
      input: { items: [1, 2, 3] },
      mocks: { T: [{ output: 1 }, { error: 'Bad', cause: 'item 2' }] },
    });
    expect(r.output).toEqual({ detail: 'item 2' });
    expect(r.states['M']?.iterations?.map((i) => i.status)).toEqual([
      'succeeded',
      'failed',
      'notRun',
    ]);
    expect(r.states['M/T']?.status).toBe('failed');
    expect(r.states['M']?.status).toBe('caught');
  });

  it('ItemsPath that is not an array is a state error the Map can catch', () => {
    const m = machine(`StartAt: M
States:
  - Type: Map
    Name: M
    ItemsPath: $Input.items
    Processor:
      StartAt: P
      States:
        - Type: Pass
          Name: P
          End: true
    Catch:
      - Errors: [FnF.InvalidValue]
        Next: Bad
    End: true
  - Type: Pass
    Name: Bad
    End: true
`);
    const r = simulate(m, { input: { items: 'nope' } });
    expect(r.status).toBe('Succeeded');
    expect(r.states['M']?.error?.detail).toMatch(/ItemsPath gave string/);
  });
});

describe('mocks', () => {
  it('a mock template echoes the evaluated Parameters', () => {
    const m = oneTask('    Parameters:\n      body:\n        id.$: $Input.id\n');
    const r = simulate(m, {
      input: { id: 'x1' },
      mocks: { T: { output: { 'echo.$': '$Input.body', fixed: 1 } } },
    });
    expect(r.output).toEqual({ echo: { id: 'x1' }, fixed: 1 });
  });

  it('names used in several scopes need a path; the log says which mocks were ignored', () => {
    const m = machine(`StartAt: P
States:
  - Type: Parallel
    Name: P
    Branches:
      - StartAt: Same
        States:
          - Type: Task
            Name: Same
            Action: Demo:A
            End: true
      - StartAt: Same
        States:
          - Type: Task
            Name: Same
            Action: Demo:B
            End: true
    End: true
`);
    const r = simulate(m, {
      mocks: {
        Same: { output: { v: 0 } },
        'P/1/Same': { output: { v: 1 } },
        Ghost: { output: {} },
      },
    });
    expect(r.output).toEqual({ Branch0: {}, Branch1: { v: 1 } });
    expect(r.log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/mock 'Same' is ignored: 2 Tasks have that name/),
        expect.stringMatching(/mock 'Ghost' is ignored: no Task/),
        expect.stringMatching(/'P\/0\/Same' has no mock/),
      ]),
    );
  });

  it.each([
    [{ T: { output: 1, error: 'E' } }, /either output or error/],
    [{ T: { outputs: 1 } }, /unknown key 'outputs'/],
    [{ T: [] }, /the list is empty/],
    [{ T: { latencySeconds: -1 } }, /latencySeconds must be/],
    [{ T: { error: 5 } }, /error must be a non-empty error name/],
    [[1], /mocks must be a map/],
  ])('parseMocks(%j) reports %s', (value, message) => {
    const { problems } = parseMocks(value);
    expect(problems.join('\n')).toMatch(message);
  });

  it('parseMocks accepts a valid file', () => {
    const { mocks, problems } = parseMocks({
      A: { output: { x: 1 } },
      B: [{ error: 'E', cause: 'c' }, { latencySeconds: 3 }],
    });
    expect(problems).toEqual([]);
    expect(mocks).toEqual({
      A: { output: { x: 1 } },
      B: [{ error: 'E', cause: 'c' }, { latencySeconds: 3 }],
    });
  });
});
