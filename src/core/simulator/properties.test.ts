import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, State, StateMachine } from '../model/types';
import { createRun, simulate } from './run';
import type { Mocks, RunSnapshot } from './types';

const NAMES = ['A', 'B', 'C', 'D', 'E'];
const EXPRESSIONS = [
  '$Input',
  '$Input.x',
  '$Input.list[0]',
  'uuid()',
  'randomInt(1, 10)',
  'length($Input.list)',
  '$Global.g',
  '$Output',
  '$.x',
  'format("{}-{}", $Input.x, $Context.Current.RetryCount)',
  '$Input.x > 1',
  'true',
  '(((',
  'nope(',
  '$Context.Execution.Input',
];
const ERRORS = ['E1', 'E2', 'FnF.ALL', 'FnF.Timeout'];

const ctorArb: fc.Arbitrary<Record<string, JsonValue>> = fc.dictionary(
  fc.constantFrom('a', 'b.$', 'c', '__proto__', 'd.$', 'constructor'),
  fc.oneof(fc.constantFrom(...EXPRESSIONS), fc.integer(), fc.constant({ 'n.$': '$Input.x' })),
  { maxKeys: 3 },
);

const nextArb = fc.record({ Next: fc.constantFrom(...NAMES, 'Missing') }, { requiredKeys: [] });
const rulesArb = fc.array(
  fc.record({
    Errors: fc.subarray(ERRORS),
    MaxAttempts: fc.integer({ min: -1, max: 3 }),
    IntervalSeconds: fc.integer({ min: 0, max: 50 }),
    BackoffRate: fc.double({ min: 0, max: 4, noNaN: true }),
  }),
  { maxLength: 2 },
);

function stateArb(name: string, depth: number): fc.Arbitrary<State> {
  const common = {
    InputConstructor: fc.option(ctorArb, { nil: undefined }),
    OutputConstructor: fc.option(ctorArb, { nil: undefined }),
  };
  const leaf: fc.Arbitrary<State>[] = [
    fc
      .record({ Type: fc.constant('Pass'), Name: fc.constant(name), End: fc.boolean(), ...common })
      .chain((s) => nextArb.map((n) => ({ ...s, ...n }) as State)),
    fc
      .record({
        Type: fc.constant('Task'),
        Name: fc.constant(name),
        Action: fc.constantFrom('FC:InvokeFunction', 'HTTP:Request', 'FNF:StartExecution', 'X:Y'),
        TaskMode: fc.constantFrom(
          'RequestComplete',
          'WaitForSystemCallback',
          'WaitForCustomCallback',
          'Bogus',
        ),
        Timeout: fc.option(fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constant('30')), {
          nil: undefined,
        }),
        Parameters: fc.option(ctorArb, { nil: undefined }),
        Retry: rulesArb,
        Catch: fc.array(
          fc.record({ Errors: fc.subarray(ERRORS), Next: fc.constantFrom(...NAMES) }),
          { maxLength: 2 },
        ),
        End: fc.boolean(),
        GlobalConstructor: fc.option(ctorArb, { nil: undefined }),
        ...common,
      })
      .chain((s) => nextArb.map((n) => ({ ...s, ...n }) as State)),
    fc
      .record({
        Type: fc.constant('Wait'),
        Name: fc.constant(name),
        Seconds: fc.integer({ min: -1, max: 400 }),
        End: fc.boolean(),
      })
      .chain((s) => nextArb.map((n) => ({ ...s, ...n }) as State)),
    fc.record({
      Type: fc.constant('Choice'),
      Name: fc.constant(name),
      Branches: fc.array(
        fc.record({ Condition: fc.constantFrom(...EXPRESSIONS), Next: fc.constantFrom(...NAMES) }),
        { maxLength: 2 },
      ),
      Default: fc.constantFrom(...NAMES),
    }) as fc.Arbitrary<State>,
    fc.record({ Type: fc.constant('Succeed'), Name: fc.constant(name) }) as fc.Arbitrary<State>,
    fc.record({
      Type: fc.constant('Fail'),
      Name: fc.constant(name),
      Code: fc.constantFrom('X', ''),
      Detail: fc.string(),
    }) as fc.Arbitrary<State>,
  ];
  if (depth > 1) return fc.oneof(...leaf);
  const scope = scopeArb(depth + 1);
  return fc.oneof(
    ...leaf,
    fc.record({
      Type: fc.constant('Parallel'),
      Name: fc.constant(name),
      Branches: fc.array(scope, { maxLength: 2 }),
      End: fc.constant(true),
      Retry: rulesArb,
    }) as fc.Arbitrary<State>,
    fc.record({
      Type: fc.constant('Map'),
      Name: fc.constant(name),
      ItemsPath: fc.constantFrom('$Input.list', '$Input', '$Input.x'),
      MaxConcurrency: fc.integer({ min: 0, max: 3 }),
      Processor: scope,
      ProcessorConfig: fc.option(fc.constant({ ExecutionMode: 'Express' }), { nil: undefined }),
      ToleratedFailureCount: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      End: fc.constant(true),
    }) as fc.Arbitrary<State>,
  );
}

function scopeArb(depth: number): fc.Arbitrary<{ StartAt: string; States: State[] }> {
  return fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(...NAMES.slice(0, n).map((name) => stateArb(name, depth))))
    .map((states) => ({ StartAt: 'A', States: states }));
}

const machineArb: fc.Arbitrary<StateMachine> = scopeArb(0).map((s) => ({
  Type: 'StateMachine',
  SpecVersion: 'v1',
  ...s,
}));
const mockArb: fc.Arbitrary<Mocks> = fc.dictionary(
  fc.constantFrom(...NAMES, 'A/0/A', 'B/B'),
  fc.oneof(
    fc.record({ output: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue> }),
    fc.record({ error: fc.constantFrom(...ERRORS), cause: fc.string() }),
    fc.record({ latencySeconds: fc.integer({ min: 0, max: 100 }) }),
    fc.array(fc.record({ error: fc.constantFrom('E1', 'E2') }), { minLength: 1, maxLength: 3 }),
  ),
  { maxKeys: 3 },
);
const inputArb = fc.oneof(
  fc.record({ x: fc.integer(), list: fc.array(fc.integer(), { maxLength: 4 }) }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
);

const settled = ['Succeeded', 'Failed', 'TimedOut', 'Paused'];

function wellFormed(r: RunSnapshot): void {
  expect(settled).toContain(r.status);
  expect(r.error?.code).not.toBe('FnF.SimulatorError');
  r.events.forEach((e, i) => expect(e.id).toBe(i + 1));
  expect(r.events.length).toBeLessThanOrEqual(5000);
  if (r.status === 'Succeeded') expect(r.error).toBeNull();
  if (r.status === 'Failed' || r.status === 'TimedOut') expect(r.error).not.toBeNull();
}

describe('interpreter properties', () => {
  it('no definition, input or mock makes it throw; every run ends well-formed', () => {
    fc.assert(
      fc.property(
        machineArb,
        inputArb,
        mockArb,
        fc.constantFrom('Standard', 'Express'),
        (m, input, mocks, mode) => {
          const r = simulate(m, {
            input,
            mocks,
            mode: mode as 'Standard' | 'Express',
            maxSteps: 20_000,
          });
          wellFormed(r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same seed gives the same result; stepping gives the same events', () => {
    fc.assert(
      fc.property(machineArb, inputArb, mockArb, fc.integer(), (m, input, mocks, seed) => {
        const a = simulate(m, { input, mocks, seed, maxSteps: 20_000 });
        const b = simulate(m, { input, mocks, seed, maxSteps: 20_000 });
        expect(b).toEqual(a);
        const stepped = createRun(m, { input, mocks, seed, maxSteps: 1_000_000 });
        for (let i = 0; i < 50_000 && stepped.status === 'Running'; i++) stepped.step();
        if (a.error?.code !== 'FnF.StepLimitExceeded')
          expect(stepped.snapshot().events).toEqual(a.events);
      }),
      { numRuns: 150 },
    );
  });

  it('garbage in place of a model gives a failed run, not an exception', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (model, mocks) => {
        const r = simulate(model as StateMachine, {
          mocks: mocks as Mocks,
          input: model as JsonValue,
        });
        expect(settled).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });
});
