import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { main } from './main';

const root = join(__dirname, '../..');
const fixture = (p: string) => readFileSync(join(root, 'fixtures', p), 'utf8');

/** An in-memory CliIo: files by name, `-` is standard input, output captured. */
function memoryIo(files: Record<string, string>, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: (p) => {
      if (p === '-' && stdin !== undefined) return stdin;
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return text;
    },
    writeText: (p, t) => void (written[p] = t),
    cwd: '/repo',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const guide = fixture('valid/guide-invoke-function.yaml');
const broken = fixture('invalid/target-not-found.yaml');
const express = fixture('valid/sample-08-manual-approval.yaml');

describe('fdl validate', () => {
  it('given a valid file with warnings, when validated, then it prints compiler-style lines, a summary, and exits 0', async () => {
    const m = memoryIo({ 'guide.yaml': guide });
    const code = await main(['validate', 'guide.yaml'], m.io);
    expect(code).toBe(0);
    expect(m.out()).toBe(
      'guide.yaml:14:16 warning placeholder-unreplaced "resourceArn" still contains the placeholders {regionId} and {accountId}: replace them with your region id (e.g. cn-hangzhou) and account id, or set them in the workflow\'s configuration.\n' +
        'guide.yaml:16:17 warning errors-empty Retry policy #1 has an empty Errors list, so it matches no error and never applies: list the error names it handles, e.g. [FnF.ALL].\n' +
        'Checked 1 file: 0 errors, 2 warnings.\n',
    );
  });

  it('given a file with errors among valid ones, when validated, then it exits 1 and counts the failing file', async () => {
    const m = memoryIo({ 'a.yaml': guide, 'b.yaml': broken });
    const code = await main(['validate', 'a.yaml', 'b.yaml'], m.io);
    expect(code).toBe(1);
    expect(m.out()).toContain('b.yaml:8:11 error target-not-found Next "Bee" names no state');
    expect(m.out()).toMatch(/Checked 2 files: 2 errors, 3 warnings \(1 file with errors\)\.\n$/);
  });

  it('given --json, when validated, then it prints exactly the documented shape with 1-based positions', async () => {
    const m = memoryIo({ 'b.yaml': broken });
    const code = await main(['validate', '--json', 'b.yaml'], m.io);
    expect(code).toBe(1);
    const report = JSON.parse(m.out()) as unknown[];
    expect(report).toHaveLength(1);
    const [file] = report as { file: string; valid: boolean; diagnostics: object[] }[];
    expect(Object.keys(file!)).toEqual(['file', 'valid', 'diagnostics']);
    expect(file!.file).toBe('b.yaml');
    expect(file!.valid).toBe(false);
    expect(file!.diagnostics[0]).toEqual({
      severity: 'error',
      code: 'target-not-found',
      message:
        'Next "Bee" names no state of the top level. Add a state named "Bee" or fix the name.',
      line: 8,
      column: 11,
      endLine: 8,
      endColumn: 14,
      path: 'A',
    });
  });

  it('given a callback task, when validated in express mode, then only express mode reports it', async () => {
    const m = memoryIo({ 'x.yaml': express });
    expect(await main(['validate', 'x.yaml'], m.io)).toBe(0);
    const e = memoryIo({ 'x.yaml': express });
    expect(await main(['validate', '--mode', 'express', 'x.yaml'], e.io)).toBe(1);
    expect(e.out()).toContain('x.yaml:10:15 error express-task-mode');
    const eq = memoryIo({ 'x.yaml': express });
    expect(await main(['validate', '--mode=Express', 'x.yaml'], eq.io)).toBe(1);
  });

  it('given "-", when validated, then standard input is read and shown as <stdin>', async () => {
    const m = memoryIo({}, broken);
    expect(await main(['validate', '-'], m.io)).toBe(1);
    expect(m.out()).toContain('<stdin>:8:11 error target-not-found');
  });

  it('given JSON text, when validated, then it is read like YAML', async () => {
    const m = memoryIo({ 'j.json': fixture('valid/json-order-router.json') });
    expect(await main(['validate', 'j.json'], m.io)).toBe(0);
    expect(m.out()).toBe('Checked 1 file: no problems.\n');
  });

  it('given a missing file, when validated, then it says so on stderr and exits 2', async () => {
    const m = memoryIo({ 'a.yaml': guide });
    expect(await main(['validate', 'a.yaml', 'nope.yaml'], m.io)).toBe(2);
    expect(m.err()).toContain('fdl: cannot read nope.yaml: ENOENT');
    expect(m.out()).toContain('1 file could not be read');
  });

  it('given bad usage, when run, then it prints the usage and exits 2', async () => {
    for (const args of [[], ['--mode', 'fast', 'a.yaml'], ['--mode'], ['--strict', 'a.yaml']]) {
      const m = memoryIo({ 'a.yaml': guide });
      expect(await main(['validate', ...args], m.io), args.join(' ')).toBe(2);
      expect(m.err()).toContain('usage: fdl validate');
    }
  });

  it('given --help, when run, then the usage goes to stdout with exit 0', async () => {
    const m = memoryIo({});
    expect(await main(['validate', '--help'], m.io)).toBe(0);
    expect(m.out()).toContain('exit status: 0 no errors');
  });
});
