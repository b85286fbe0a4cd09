/**
 * Parse + validate: `parseSource` (safe parse, model, source map, shape diagnostics) followed by
 * `validate` (every rule), against the bare `yaml.parseDocument` of the same text — the floor
 * our parser sits on — measured in the same run, interleaved so that machine noise hits both
 * alike. Definitions come from generateDefinition (Choice, Parallel and Map nesting, Retry and
 * Catch, expressions). Target: at most 1.5× the bare parse at every size, growing linearly.
 */
import { loadavg } from 'node:os';
import { parseDocument } from 'yaml';
import { parseSource, validate } from '../../src/core';
import { generateDefinition } from './generateDefinition';
import { fmt, table } from './measure';

export const title = 'Parse + validate vs bare yaml.parseDocument';

/** Sizes and rounds: enough rounds that the medians hold on a shared, oversubscribed machine. */
const SIZES: [states: number, rounds: number][] = [
  [100, 41],
  [1_000, 21],
  [5_000, 9],
];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * CPU time of `fn` in milliseconds (user + system). The machines running this are shared and
 * often oversubscribed: wall time then measures the queue, CPU time still measures the work.
 */
function time(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export async function run(): Promise<string> {
  const rows: (string | number)[][] = [];
  const load = loadavg()[0] ?? 0;
  for (const [states, rounds] of SIZES) {
    const text = generateDefinition(states);
    const lines = text.split('\n').length;
    const found = validate(parseSource(text));
    const errors = found.filter((d) => d.severity === 'error').length;
    const bare: number[] = [];
    const parse: number[] = [];
    const full: number[] = [];
    const tasks: (() => void)[] = [
      () => bare.push(time(() => parseDocument(text))),
      () => parse.push(time(() => parseSource(text))),
      () => full.push(time(() => validate(parseSource(text)))),
    ];
    // Warm-up, then interleave the three measurements round by round, rotating which goes first
    // so that none always pays for the garbage the previous one left behind.
    for (let i = 0; i < 2; i++) {
      parseDocument(text);
      validate(parseSource(text));
    }
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < tasks.length; k++) (tasks[(r + k) % tasks.length] as () => void)();
    }
    const b = median(bare);
    const p = median(parse);
    const f = median(full);
    const paired = median(full.map((x, i) => x / (bare[i] as number)));
    const best = Math.min(...full) / Math.min(...bare);
    rows.push([
      states,
      lines,
      rounds,
      fmt(b),
      fmt(p),
      fmt(f),
      `**${(f / b).toFixed(2)}×**`,
      `${paired.toFixed(2)}×`,
      `${best.toFixed(2)}×`,
      `${(Math.max(0, f - p) / b).toFixed(2)}×`,
      `${found.length} (${errors} errors)`,
    ]);
  }
  return [
    table(
      [
        'states',
        'lines',
        'rounds',
        'bare parseDocument ms',
        'parseSource ms',
        'parseSource + validate ms',
        'ratio (total / bare)',
        'median of per-round ratios',
        'best / best',
        'validate alone / bare',
        'diagnostics',
      ],
      rows,
    ),
    '',
    'Times are CPU milliseconds, medians over the rounds; each round measures the three in turn',
    '(rotating which goes first). Bare parseDocument uses the library defaults. "ratio" is of the',
    'medians; "median of per-round ratios" pairs each total with the bare parse of the same round,',
    'which cancels slow drifts in machine load; "best / best" compares the fastest round of each,',
    'the closest this machine comes to a quiet one. Target: ≤ 1.5× at every size, growing linearly.',
    `Load average when the run started: ${load.toFixed(1)}.`,
  ].join('\n');
}
