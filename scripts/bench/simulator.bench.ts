/**
 * Simulator: a Map over 10,000 items with a 3-state processor (Pass → Choice → Task), and a
 * chain of 1,000 states, run to the end in Node. Target: under 1 s each. The floor beside each
 * figure is the expression work alone (the same expressions evaluated the same number of times
 * with the expression library, no interpreter), measured in the same run: the ratio is the
 * interpreter's own cost (frames, events, constructors, summaries, payload checks).
 *
 * The 10,000-item Map runs in distributed mode (child executions keep their own histories, as in
 * the service); inline, the same Map would pass the 5,000-event limit of one execution, so the
 * inline row raises `maxEvents` and says so.
 */
import {
  createSeededRandom,
  evaluate,
  parseSource,
  simulate,
  type EvalEnv,
  type StateMachine,
} from '../../src/core/index';
import { loadavg } from 'node:os';
import { fmt, table } from './measure';

/**
 * Median wall and CPU time (user + system) of `fn`, in ms. CPU time is shown because the bench
 * machines are shared: under load the wall time mostly measures waiting for a core.
 */
function timed(fn: () => unknown, runs: number, warmup: number): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: mid(wall), cpu: mid(cpu) };
}

export const title = 'Simulator: 10,000-item Map and 1,000-state chain';

function load(text: string): StateMachine {
  const parsed = parseSource(text);
  if (!parsed.model) throw new Error(parsed.diagnostics[0]?.message ?? 'does not parse');
  return parsed.model;
}

function mapDefinition(distributed: boolean): string {
  return `Type: StateMachine
SpecVersion: v1
Name: bench-map
StartAt: Each
States:
  - Type: Map
    Name: Each
    ItemsPath: $Input.items
    MaxConcurrency: 40
${distributed ? '    ProcessorConfig:\n      ExecutionMode: Express\n' : ''}    Processor:
      StartAt: Shape
      States:
        - Type: Pass
          Name: Shape
          InputConstructor:
            v.$: $Input
          Next: Route
        - Type: Choice
          Name: Route
          Branches:
            - Condition: $Input.v >= 0
              Next: Score
          Default: Score
        - Type: Task
          Name: Score
          Action: Demo:Score
          Parameters:
            value.$: $Input.v
          End: true
    End: true
`;
}

function chainDefinition(n: number): string {
  const states: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = i === n - 1 ? '    End: true' : `    Next: S${i + 1}`;
    states.push(
      `  - Type: Pass\n    Name: S${i}\n    InputConstructor:\n      n.$: intAdd($Input.n, 1)\n${next}`,
    );
  }
  return `Type: StateMachine\nSpecVersion: v1\nName: bench-chain\nStartAt: S0\nStates:\n${states.join('\n')}\n`;
}

const ITEMS = 10_000;
const items = Array.from({ length: ITEMS }, (_, i) => i);
// Scores are tiny scalars so that the Map's output stays under the 64 KiB payload limit.
const mocks = { Score: { output: 1 } };

/** The expression evaluations one Map run performs, without the interpreter. */
function mapFloor(): void {
  const random = createSeededRandom(1);
  const env: EvalEnv = { vars: { $Input: { items } }, random };
  evaluate('$Input.items', env);
  for (const item of items) {
    const shaped = { v: evaluate('$Input', { vars: { $Input: item }, random }) };
    const e: EvalEnv = { vars: { $Input: shaped }, random };
    evaluate('$Input.v >= 0', e);
    evaluate('$Input.v', e);
  }
}

function chainFloor(n: number): void {
  let input = { n: 0 };
  const random = createSeededRandom(1);
  for (let i = 0; i < n; i++)
    input = { n: evaluate('intAdd($Input.n, 1)', { vars: { $Input: input }, random }) as number };
}

export async function run(): Promise<string> {
  const distributed = load(mapDefinition(true));
  const inline = load(mapDefinition(false));
  const chain = load(chainDefinition(1_000));
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`bench run did not give the expected result: ${what}`);
  };
  const d = simulate(distributed, { input: { items }, mocks });
  check(
    d.status === 'Succeeded' && (d.output as { Items: unknown[] }).Items.length === ITEMS,
    'distributed Map',
  );
  const i = simulate(inline, { input: { items }, mocks, maxEvents: 1_000_000 });
  check(i.status === 'Succeeded', 'inline Map');
  const c = simulate(chain, { input: { n: 0 } });
  check(c.status === 'Succeeded' && (c.output as { n: number }).n === 1_000, 'chain');

  const cases: [string, () => unknown, () => unknown, number, number][] = [
    [
      `Map, ${ITEMS} items × 3 states, distributed (Express children)`,
      () => simulate(distributed, { input: { items }, mocks }),
      mapFloor,
      5,
      1,
    ],
    [
      `Map, ${ITEMS} items × 3 states, inline (maxEvents raised to 1,000,000: ${i.events.length} events)`,
      () => simulate(inline, { input: { items }, mocks, maxEvents: 1_000_000 }),
      mapFloor,
      5,
      1,
    ],
    [
      `Chain of 1,000 Pass states with an InputConstructor (${c.events.length} events)`,
      () => simulate(chain, { input: { n: 0 } }),
      () => chainFloor(1_000),
      9,
      2,
    ],
  ];
  const rows = cases.map(([name, fn, floor, runs, warmup]) => {
    const t = timed(fn, runs, warmup);
    const f = timed(floor, runs, warmup);
    return [name, fmt(t.wall), fmt(t.cpu), fmt(f.cpu)];
  });
  return [
    table(['run to the end', 'wall (ms)', 'CPU (ms)', 'expressions alone, CPU (ms)'], rows),
    '',
    `Target: under 1,000 ms per run. Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  ].join('\n');
}
