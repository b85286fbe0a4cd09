/**
 * Parse + validate: `parseSource` (safe parse, model, source map, shape diagnostics) followed by
 * `validate` (every rule), against the bare `yaml.parseDocument` of the same text — the floor
 * our parser sits on — measured in the same run, interleaved so that machine noise hits both
 * alike. Definitions come from generateDefinition (Choice, Parallel and Map nesting, Retry and
 * Catch, expressions). Target: at most 1.5× the bare parse at every size, growing linearly.
 */
import { parseDocument } from 'yaml';
import { parseSource, validate } from '../../src/core';
import { generateDefinition } from './generateDefinition';
import { fmt, table } from './measure';

export const title = 'Parse + validate vs bare yaml.parseDocument';

const SIZES: [states: number, runs: number][] = [
  [100, 15],
  [1_000, 9],
  [5_000, 5],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
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
  for (const [states, runs] of SIZES) {
    const text = generateDefinition(states);
    const lines = text.split('\n').length;
    const found = validate(parseSource(text));
    const errors = found.filter((d) => d.severity === 'error').length;
    const bare: number[] = [];
    const parse: number[] = [];
    const full: number[] = [];
    // Warm-up, then interleave the three measurements run by run.
    for (let i = 0; i < 2; i++) {
      parseDocument(text);
      validate(parseSource(text));
    }
    for (let i = 0; i < runs; i++) {
      bare.push(time(() => parseDocument(text)));
      parse.push(time(() => parseSource(text)));
      full.push(time(() => validate(parseSource(text))));
    }
    const b = median(bare);
    const p = median(parse);
    const f = median(full);
    rows.push([
      states,
      lines,
      fmt(b),
      fmt(p),
      fmt(f),
      `${(f / b).toFixed(2)}×`,
      `${(Math.max(0, f - p) / b).toFixed(2)}×`,
      `${found.length} (${errors} errors)`,
    ]);
  }
  return [
    table(
      [
        'states',
        'lines',
        'bare parseDocument ms',
        'parseSource ms',
        'parseSource + validate ms',
        'ratio (total / bare)',
        'validate alone / bare',
        'diagnostics',
      ],
      rows,
    ),
    '',
    'Times are CPU milliseconds (medians, runs interleaved). Bare parseDocument uses the library',
    'defaults. Ratios are of medians from one run; the target is ≤ 1.5× at every size, growing',
    'linearly.',
  ].join('\n');
}
