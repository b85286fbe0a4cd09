import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImport } from './checkImport';
import { diffLines, diffVersions } from './diffVersions';
import { exportFileName } from './fileName';
import { listWorkflows, uniqueName } from './listView';
import type { WorkflowRecord } from './records';

const fixture = (f: string) => readFileSync(`fixtures/valid/${f}`, 'utf8');

describe('checkImport', () => {
  it('accepts a workflow as given, byte-identical', () => {
    const text = fixture('comments-everywhere.yaml');
    const r = checkImport(text);
    expect(r.ok && r.text).toBe(text);
  });
  it('accepts a JSON workflow', () => {
    expect(checkImport(fixture('json-order-router.json')).ok).toBe(true);
  });
  it('refuses a JSON that is not a workflow', () => {
    const r = checkImport('{"name": "package", "version": "1.0.0"}');
    expect(r.ok ? null : r.code).toBe('not-a-workflow');
  });
  it('refuses a list and broken YAML with the line', () => {
    expect(checkImport('[1, 2]').ok).toBe(false);
    const r = checkImport('Type: StateMachine\nStates: [\n');
    expect(r.ok ? null : r.code).toBe('syntax');
    expect(r.ok ? '' : r.message).toMatch(/^Line \d+/);
  });
  it('explains legacy syntax', () => {
    const r = checkImport('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n');
    expect(r.ok ? null : r.code).toBe('legacy-syntax');
    expect(r.ok ? '' : r.message).toMatch(/legacy/i);
  });
  it('refuses empty text', () => {
    expect(checkImport('  \n').ok).toBe(false);
  });
});

describe('diffVersions', () => {
  const base =
    'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n  - Name: A\n    Type: Pass\n    Next: B\n  - Name: B\n    Type: Succeed\n';
  it('finds added, removed and changed states by path', () => {
    const after = base
      .replace('    Type: Pass\n', '    Type: Pass\n    Result: 1\n')
      .replace('  - Name: B\n    Type: Succeed\n', '  - Name: C\n    Type: Succeed\n');
    const d = diffVersions(base, after);
    expect(d).toMatchObject({ added: ['C'], removed: ['B'], changed: ['A'], parsed: true });
  });
  it('a comment changes no state but shows in the text diff', () => {
    const d = diffVersions(base, base + '# note\n');
    expect(d.changed).toEqual([]);
    expect(d.lines.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual(['# note']);
  });
  it('marks the inner state of a branch, not the Parallel', () => {
    const par = (v: string) =>
      'Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Name: P\n    Type: Parallel\n    End: true\n    Branches:\n      - StartAt: X\n        States:\n          - Name: X\n            Type: Pass\n            Comment: ' +
      v +
      '\n            End: true\n';
    const d = diffVersions(par('one'), par('two'));
    expect(d.parsed).toBe(true);
    expect(d.changed).toEqual(['P/0/X']);
  });
  it('line diff keeps order and counts', () => {
    const lines = diffLines('a\nb\nc', 'a\nx\nc');
    expect(lines).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'added', text: 'x' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
    ]);
  });
  it('unparseable text gives a text diff only', () => {
    expect(diffVersions(base, 'States: [').parsed).toBe(false);
  });
});

describe('exportFileName', () => {
  it('derives safe names', () => {
    expect(exportFileName('Order router', 'yaml')).toBe('Order-router.yaml');
    expect(exportFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(exportFileName('<img src=x>', 'svg')).toBe('img-src-x.svg');
    expect(exportFileName('', 'mmd')).toBe('workflow.mmd');
    expect(exportFileName('Überweisung', 'png')).toBe('Überweisung.png');
  });
});

describe('listWorkflows', () => {
  const wf = (
    name: string,
    updatedAt: number,
    deletedAt: number | null = null,
  ): WorkflowRecord => ({
    id: name,
    name,
    description: '',
    mode: 'Standard',
    settings: { roleArn: '', regionId: '', accountId: '' },
    createdAt: 1,
    updatedAt,
    deletedAt,
    validation: null,
  });
  const all = [wf('beta', 2), wf('Alpha', 1), wf('gamma', 3, 9)];
  it('filters trash, searches and sorts', () => {
    expect(
      listWorkflows(all, { query: '', sort: 'updated', trash: false }).map((w) => w.name),
    ).toEqual(['beta', 'Alpha']);
    expect(
      listWorkflows(all, { query: '', sort: 'name', trash: false }).map((w) => w.name),
    ).toEqual(['Alpha', 'beta']);
    expect(
      listWorkflows(all, { query: 'ALP', sort: 'name', trash: false }).map((w) => w.name),
    ).toEqual(['Alpha']);
    expect(listWorkflows(all, { query: '', sort: 'name', trash: true }).map((w) => w.name)).toEqual(
      ['gamma'],
    );
  });
  it('finds unique names', () => {
    expect(uniqueName('A', ['A', 'A (copy)'])).toBe('A (copy 2)');
    expect(uniqueName('B', ['A'])).toBe('B');
  });
});
