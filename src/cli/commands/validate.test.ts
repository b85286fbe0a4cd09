import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { main } from '../main';
import { formatGithub } from './validate';

const root = join(__dirname, '../../..');
const definition = /\.(ya?ml|json)$/;
const dirs = { valid: join(root, 'fixtures/valid'), invalid: join(root, 'fixtures/invalid') };
const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => definition.test(f) && !f.endsWith('.expected.json'))
    .sort();

/** Files read from a fixtures folder; output captured. */
function fixtureIo(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: (p) => readFileSync(join(dir, p), 'utf8'),
    writeText: () => {
      throw new Error('validate writes no file');
    },
    cwd: dir,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

interface Expected {
  severity: string;
  code: string;
  line: number;
}

function readExpected(base: string): { mode: string; diagnostics: Expected[] } {
  const raw = JSON.parse(readFileSync(join(dirs.invalid, `${base}.expected.json`), 'utf8')) as
    Expected[] | { mode: string; diagnostics: Expected[] };
  return Array.isArray(raw) ? { mode: 'Standard', diagnostics: raw } : raw;
}

const key = (d: Expected) => `${d.line} ${d.severity} ${d.code}`;

describe('fdl validate on the fixtures (the command a CI runs)', () => {
  it('given every valid fixture at once, when validated, then no error line is printed and the exit status is 0', async () => {
    const files = list(dirs.valid);
    const m = fixtureIo(dirs.valid);
    const code = await main(['validate', ...files], m.io);
    expect(m.out()).not.toMatch(/^\S+:\d+:\d+ error /m);
    expect(m.out()).toMatch(
      new RegExp(`^Checked ${files.length} files: 0 errors, \\d+ warnings?\\.\\n$`, 'm'),
    );
    expect(m.err()).toBe('');
    expect(code).toBe(0);
  });

  it.each(list(dirs.invalid))(
    'given fixtures/invalid/%s, when validated with --json, then exactly the expected diagnostics (code, severity, line) come back, and the exit status says whether it has errors',
    async (f) => {
      const expected = readExpected(f.replace(definition, ''));
      const m = fixtureIo(dirs.invalid);
      const code = await main(['validate', '--json', '--mode', expected.mode, f], m.io);
      const [report] = JSON.parse(m.out()) as {
        file: string;
        valid: boolean;
        diagnostics: Expected[];
      }[];
      expect(report?.file).toBe(f);
      expect(report?.diagnostics.map(key).sort()).toEqual(expected.diagnostics.map(key).sort());
      const errors = expected.diagnostics.some((d) => d.severity === 'error');
      expect(report?.valid).toBe(!errors);
      expect(code).toBe(errors ? 1 : 0);
    },
  );

  it('given every Standard-mode invalid fixture in text form, when validated together, then each line is file:line:col severity code message and they are exactly the expected ones', async () => {
    const files = list(dirs.invalid).filter(
      (f) => readExpected(f.replace(definition, '')).mode === 'Standard',
    );
    const m = fixtureIo(dirs.invalid);
    const code = await main(['validate', ...files], m.io);
    const lines = m.out().trimEnd().split('\n');
    const summary = lines.pop();
    const got = lines.map((line) => {
      const match = /^(\S+):(\d+):(\d+) (error|warning|info) ([a-z0-9]+(?:-[a-z0-9]+)*) \S/.exec(
        line,
      );
      expect(match, line).not.toBeNull();
      const [, file, l, , severity, c] = match as unknown as string[];
      return `${file} ${l} ${severity} ${c}`;
    });
    const expected = files.flatMap((f) =>
      readExpected(f.replace(definition, '')).diagnostics.map((d) => `${f} ${key(d)}`),
    );
    expect(got.sort()).toEqual(expected.sort());
    expect(summary).toMatch(
      /^Checked \d+ files: \d+ errors, \d+ warnings \(\d+ files with errors\)\.$/,
    );
    expect(code).toBe(1);
  });

  it('given --format github, when validated, then each finding is a GitHub Actions annotation with its range and code, then the summary', async () => {
    const m = fixtureIo(dirs.invalid);
    const code = await main(['validate', '--format', 'github', 'target-not-found.yaml'], m.io);
    const lines = m.out().trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=target-not-found.yaml,line=8,col=11,endLine=8,endColumn=14,title=fdl target-not-found::Next "Bee" names no state of the top level. Add a state named "Bee" or fix the name.',
    );
    expect(lines.at(-1)).toBe('Checked 1 file: 2 errors, 1 warning (1 file with errors).');
    expect(code).toBe(1);
  });

  it('given a message or file name with newlines, commas and colons, when annotated, then they are escaped as GitHub requires', () => {
    const d = {
      severity: 'warning' as const,
      code: 'x-y',
      message: '100% sure:\nsecond line',
      range: { start: 0, end: 1 },
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 4,
    };
    expect(formatGithub('a,b:c.yaml', [d])).toBe(
      '::warning file=a%2Cb%3Ac.yaml,line=2,col=3,endLine=2,endColumn=4,title=fdl x-y::100%25 sure:%0Asecond line\n',
    );
  });

  it('given an unknown --format, when run, then it prints the usage and exits 2', async () => {
    const m = fixtureIo(dirs.valid);
    expect(await main(['validate', '--format', 'xml', 'tc-01-pass-input.yaml'], m.io)).toBe(2);
    expect(m.err()).toContain('--format takes text, json or github, not xml');
  });
});
