import { describe, expect, it } from 'vitest';
import { parseSource, type StateMachine } from '../../core';
import { SAMPLE_WORKFLOW } from '../studio/sampleWorkflow';
import { mockRowsFor, mocksToRows, mocksToYaml, rowsToMocks, yamlToMocks } from './mockTable';

const model = parseSource(SAMPLE_WORKFLOW).model as StateMachine;

describe('mock table', () => {
  it('given the sample, when rows are generated, then there is one row per Task with a default success', () => {
    const rows = mockRowsFor(model);
    expect(rows.map((r) => [r.path, r.action])).toEqual([['InvokeFunction', 'FC:InvokeFunction']]);
    expect(rowsToMocks(rows)).toEqual({ ok: true, mocks: { InvokeFunction: { output: {} } } });
  });

  it('given an error then a success, when built, then the mock is a sequence per attempt', () => {
    const rows = mockRowsFor(model);
    rows[0]!.attempts = [
      { kind: 'error', output: '', error: 'FC.AccessDenied', cause: 'denied', latency: '' },
      { kind: 'output', output: '{"a":1}', error: '', cause: '', latency: '2' },
    ];
    const built = rowsToMocks(rows);
    expect(built).toEqual({
      ok: true,
      mocks: {
        InvokeFunction: [
          { error: 'FC.AccessDenied', cause: 'denied' },
          { output: { a: 1 }, latencySeconds: 2 },
        ],
      },
    });
    // and the YAML view round-trips to the same mocks
    const yaml = mocksToYaml(built.ok ? built.mocks : {});
    const back = yamlToMocks(yaml);
    expect(back.ok && rowsToMocks(mocksToRows(back.mocks, rows))).toEqual(built);
  });

  it('given a result that is not JSON, when built, then the problem is located', () => {
    const rows = mockRowsFor(model);
    rows[0]!.attempts[0]!.output = '{"a": }';
    const r = rowsToMocks(rows);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(
      /InvokeFunction: the result is not valid JSON at line 1 column 7/,
    );
  });

  it('given previous rows, when regenerated, then edits of tasks still present are kept', () => {
    const rows = mockRowsFor(model);
    rows[0]!.attempts[0]!.output = '{"kept":true}';
    expect(mockRowsFor(model, rows)[0]!.attempts[0]!.output).toBe('{"kept":true}');
  });

  it('given YAML with an unknown mock key, when read, then parseMocks reports it', () => {
    expect(yamlToMocks('InvokeFunction: {bogus: 1}').ok).toBe(false);
    expect(yamlToMocks('a: [').ok).toBe(false);
  });
});

describe('mock table: WaitForCustomCallback', () => {
  const approval = parseSource(
    [
      'Type: StateMachine',
      'SpecVersion: v1',
      'StartAt: Ask',
      'States:',
      '  - Type: Task',
      '    Name: Ask',
      '    Action: HTTP:Request',
      '    TaskMode: WaitForCustomCallback',
      '    End: true',
    ].join('\n'),
  ).model as StateMachine;

  it('given a callback task, when rows are generated, then it waits for the report (no mock, so the run pauses)', () => {
    const rows = mockRowsFor(approval);
    expect(rows[0]?.attempts[0]?.kind).toBe('wait');
    expect(rowsToMocks(rows)).toEqual({ ok: true, mocks: {} });
    // and the YAML view without a mock for it comes back as waiting
    expect(mocksToRows({}, rows)[0]?.attempts[0]?.kind).toBe('wait');
  });

  it('given a wait mixed with other attempts, when built, then it is refused', () => {
    const rows = mockRowsFor(approval);
    rows[0]!.attempts.push({ kind: 'output', output: '{}', error: '', cause: '', latency: '' });
    const r = rowsToMocks(rows);
    expect(r.ok).toBe(false);
  });

  it('given a plain task, when rows are generated, then waiting is not its default', () => {
    expect(mockRowsFor(model)[0]?.attempts[0]?.kind).toBe('output');
  });
});
