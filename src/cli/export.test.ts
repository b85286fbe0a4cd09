import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliIo } from './io';
import { main } from './main';

const root = join(__dirname, '../..');
const fixture = (p: string) => readFileSync(join(root, 'fixtures', p), 'utf8');

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return text;
    },
    writeText: (p, t) => void (written[p] = t),
    cwd: '/repo',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const sample = fixture('valid/sample-02-order-router.yaml');
const jsonDef = fixture('valid/json-order-router.json');

describe('fdl export', () => {
  it('given a YAML definition, when exported to JSON, then stdout is the definition as 2-space JSON in document order', async () => {
    const m = memoryIo({ 'a.yaml': sample });
    expect(await main(['export', 'a.yaml', '--to', 'json'], m.io)).toBe(0);
    const text = m.out();
    expect(text.startsWith('{\n  "Type": "StateMachine",\n  "Name": "order-router",')).toBe(true);
    expect(JSON.parse(text)).toEqual(parse(sample));
    expect(m.err()).toBe('');
  });

  it('given a JSON definition, when exported to YAML, then the YAML parses back to the same data', async () => {
    const m = memoryIo({ 'a.json': jsonDef });
    expect(await main(['export', 'a.json', '--to=yaml'], m.io)).toBe(0);
    expect(m.out()).toContain('Type: StateMachine\n');
    expect(parse(m.out())).toEqual(JSON.parse(jsonDef));
  });

  it('given a YAML definition, when exported to YAML, then the text comes back byte for byte, comments included', async () => {
    const text = fixture('valid/comments-everywhere.yaml');
    const m = memoryIo({ 'c.yaml': text });
    expect(await main(['export', 'c.yaml', '--to', 'yaml'], m.io)).toBe(0);
    expect(m.out()).toBe(text);
  });

  it('given -o, when exported, then the output goes to that file and warnings to stderr', async () => {
    const m = memoryIo({ 'g.yaml': fixture('valid/guide-invoke-function.yaml') });
    expect(await main(['export', 'g.yaml', '--to', 'json', '-o', 'out.json'], m.io)).toBe(0);
    expect(m.out()).toBe('');
    expect(JSON.parse(m.written['out.json'] as string).States[0].Name).toBe('InvokeFunction');
    expect(m.err()).toContain('g.yaml:16:17 warning errors-empty');
  });

  it('given an invalid definition, when exported, then nothing is written, diagnostics go to stderr, exit 1', async () => {
    const m = memoryIo({ 'b.yaml': fixture('invalid/target-not-found.yaml') });
    expect(await main(['export', 'b.yaml', '--to', 'json', '-o', 'x.json'], m.io)).toBe(1);
    expect(m.written).toEqual({});
    expect(m.out()).toBe('');
    expect(m.err()).toContain('b.yaml:8:11 error target-not-found');
    expect(m.err()).toContain('nothing was exported');
  });

  it('given a definition valid only in standard mode, when exported with --mode express, then it is refused', async () => {
    const m = memoryIo({ 'm.yaml': fixture('valid/sample-08-manual-approval.yaml') });
    expect(await main(['export', 'm.yaml', '--to', 'json', '--mode', 'express'], m.io)).toBe(1);
  });

  it('given a valid definition, when exported to mermaid and svg, then the chart names its states', async () => {
    const m = memoryIo({ 'a.yaml': sample });
    expect(await main(['export', 'a.yaml', '--to', 'mermaid'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^flowchart TD/);
    expect(m.out()).toContain('VipApproved');
    const s = memoryIo({ 'a.yaml': sample });
    expect(await main(['export', 'a.yaml', '--to', 'svg', '-o', 'a.svg'], s.io)).toBe(0);
    expect(s.written['a.svg']).toMatch(/^<svg[\s\S]*Normalize[\s\S]*<\/svg>\s*$/);
  });

  it('given bad usage or a missing file, when run, then it exits 2 with a clear message', async () => {
    const cases: [string[], string][] = [
      [['a.yaml'], '--to is required'],
      [['a.yaml', '--to', 'xml'], '--to takes json, yaml, svg, mermaid, not xml'],
      [['--to', 'json'], 'no file given'],
      [['a.yaml', 'b.yaml', '--to', 'json'], 'one file at a time'],
      [['a.yaml', '--to', 'json', '--pretty'], 'unknown option --pretty'],
      [['missing.yaml', '--to', 'json'], 'cannot read missing.yaml'],
    ];
    for (const [args, message] of cases) {
      const m = memoryIo({ 'a.yaml': sample, 'b.yaml': sample });
      expect(await main(['export', ...args], m.io), args.join(' ')).toBe(2);
      expect(m.err()).toContain(message);
    }
  });
});
