import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import type { State, StateMachine } from '../../model/types';
import { ORDER_FLOW, NESTED_FLOW, SEED_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { addedLines, removedLines, roundTrip } from '../testing/harness';

const st = (m: StateMachine | null, p: string) =>
  findState(m!, p)?.state as State & Record<string, unknown>;

describe('state.setField', () => {
  it('given a Retry rule, when IntervalSeconds is set, then the number replaces the number and the comment stays', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Charge',
      field: 'Retry/0/IntervalSeconds',
      value: 30,
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['        IntervalSeconds: 30   # seconds']);
    expect(
      (st(r.model, 'Charge')['Retry'] as { IntervalSeconds: number }[])[0]?.IntervalSeconds,
    ).toBe(30);
  });

  it('given a flow list, when an error is appended, then the flow list is rewritten in place', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Charge',
      field: 'Catch/0/Errors/1',
      value: 'FnF.Timeout',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Errors: [FC.AccessDenied, FnF.Timeout]',
    ]);
  });

  it('given a block list, when a whole Errors list is set, then it is written as a flow list on the key line', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Charge',
      field: 'Catch/1/Errors',
      value: ['FnF.ALL', 'a, b'],
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['      - Errors: [FnF.ALL, "a, b"]']);
    expect(removedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Errors:',
      '          - FnF.Timeout',
    ]);
  });

  it('given a constructor, when a `.$` entry is added and one changed, then keys stay as written', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Validate',
      field: 'InputConstructor/total.$',
      value: 'sum($Input.items)',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['      total.$: sum($Input.items)']);
    const r2 = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Validate',
      field: 'InputConstructor/FieldC.$',
      value: '$Input.d',
    });
    expect(addedLines(ORDER_FLOW, r2.after)).toEqual([
      '      FieldC.$:    $Input.d      # odd spacing before the comment',
    ]);
  });

  it('given a flow map, when one entry changes, then only that scalar changes', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Validate',
      field: 'InputConstructor/meta/retries',
      value: 4,
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['      meta: {source: web,  retries: 4}']);
  });

  it('given a missing nested path, when set, then the mappings are created before Next', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Hold',
      field: 'OutputConstructor/out/count',
      value: 1,
    });
    expect(r.after).toContain(
      '    Seconds: 5\n    OutputConstructor:\n      out:\n        count: 1\n    Next: Check\n',
    );
  });

  it('given a missing list, when item 0 is set, then a list is created; item 2 of none is refused', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Hold',
      field: 'Retry/0',
      value: { Errors: ['FnF.ALL'], MaxAttempts: 2 },
    });
    expect(r.after).toContain(
      '    Retry:\n      - Errors: [FnF.ALL]\n        MaxAttempts: 2\n    Next: Check\n',
    );
    expect(
      roundTrip(ORDER_FLOW, 'state.setField', { path: 'Hold', field: 'Retry/2', value: 1 }).reason,
    ).toMatch(/item 2/);
  });

  it('given typed values, when set, then numbers stay numbers and look-alike strings are quoted', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Hold',
      field: 'Seconds',
      value: '30',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['    Seconds: "30"']);
    const r2 = expectRun(SEED_FLOW, 'state.setField', {
      path: 'InvokeFunction',
      field: 'Parameters/invocationType',
      value: 'Async',
    });
    expect(addedLines(SEED_FLOW, r2.after)).toEqual(['      invocationType: Async']);
  });

  it('given a 4-space document, when a nested map is added, then it uses 4 spaces', () => {
    const r = expectRun(NESTED_FLOW, 'state.setField', {
      path: 'EachItem',
      field: 'ItemConstructor',
      value: { 'id.$': '$Item.id' },
    });
    expect(r.after).toContain(
      '      ItemConstructor:\n          id.$: $Item.id\n      End: true\n',
    );
  });

  it('given a double-quoted scalar, when changed, then double quotes are kept', () => {
    const r = expectRun(ORDER_FLOW, 'state.setField', {
      path: 'Failed',
      field: 'Detail',
      value: 'declined',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['    Detail: "declined"']);
  });

  it('given Name or Type, when set as a field, then it is refused towards the right command', () => {
    expect(
      roundTrip(ORDER_FLOW, 'state.setField', { path: 'Hold', field: 'Name', value: 'x' }).reason,
    ).toMatch(/state.rename/);
    expect(
      roundTrip(ORDER_FLOW, 'state.setField', { path: 'Hold', field: 'Type', value: 'Pass' })
        .reason,
    ).toMatch(/changeType/);
  });
});

describe('state.setField on flow-style lists', () => {
  const FLOW_STATE = `Type: StateMachine
SpecVersion: v1
StartAt: T
States:
  - {Type: Task, Name: T, Action: FC:InvokeFunction, End: true}   # one line
`;

  it('given a state written as a flow map without Retry, when Retry/0 is set, then a list with one item is written (not a map)', () => {
    const r = expectRun(FLOW_STATE, 'state.setField', {
      path: 'T',
      field: 'Retry/0',
      value: { Errors: ['FnF.ALL'], MaxAttempts: 2 },
    });
    expect(st(r.model, 'T')['Retry']).toEqual([{ Errors: ['FnF.ALL'], MaxAttempts: 2 }]);
    expect(r.after).toContain('# one line\n');
  });

  it('given a flow map without Catch, when Catch/0/Next is set, then Catch is a list of one rule', () => {
    const r = expectRun(FLOW_STATE, 'state.setField', {
      path: 'T',
      field: 'Catch/0/Next',
      value: 'T',
    });
    expect(st(r.model, 'T')['Catch']).toEqual([{ Next: 'T' }]);
    expect(
      roundTrip(FLOW_STATE, 'state.setField', { path: 'T', field: 'Catch/1/Next', value: 'T' })
        .reason,
    ).toMatch(/no item 1/);
  });

  it('given a flow Retry list, when item 1 is appended and item 0 replaced, then they are list items', () => {
    const text = SEED_FLOW.replace(
      / {4}Retry:\n(.*\n)*? {4}Catch:/,
      '    Retry: [{Errors: [FnF.ALL], MaxAttempts: 1}]   # flow\n    Catch:',
    );
    const r = expectRun(text, 'state.setField', {
      path: 'InvokeFunction',
      field: 'Retry/1',
      value: { Errors: ['B'], MaxAttempts: 2 },
    });
    expect(st(r.model, 'InvokeFunction')['Retry']).toEqual([
      { Errors: ['FnF.ALL'], MaxAttempts: 1 },
      { Errors: ['B'], MaxAttempts: 2 },
    ]);
    expect(addedLines(text, r.after)).toEqual([
      '    Retry: [{ Errors: [FnF.ALL], MaxAttempts: 1 }, { Errors: [B], MaxAttempts: 2 }]   # flow',
    ]);
    const r0 = expectRun(text, 'state.setField', {
      path: 'InvokeFunction',
      field: 'Retry/0',
      value: { Errors: ['C'] },
    });
    expect(st(r0.model, 'InvokeFunction')['Retry']).toEqual([{ Errors: ['C'] }]);
  });

  it('given a flow map parameter, when a list item under a missing key is set, then a list is created', () => {
    const r = expectRun(NESTED_FLOW, 'state.setField', {
      path: 'EachItem/Resize',
      field: 'Parameters/tags/0',
      value: 'a',
    });
    expect(
      (st(r.model, 'EachItem/Resize')['Parameters'] as Record<string, unknown>)['tags'],
    ).toEqual(['a']);
  });
});

describe('state.unsetField', () => {
  it('given a Retry rule field, when unset, then its line goes', () => {
    const r = expectRun(ORDER_FLOW, 'state.unsetField', {
      path: 'Charge',
      field: 'Retry/0/BackoffRate',
    });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual(['        BackoffRate: 2']);
  });

  it('given a flow map entry, when unset, then the flow map is rewritten', () => {
    const r = expectRun(ORDER_FLOW, 'state.unsetField', {
      path: 'Validate',
      field: 'InputConstructor/meta/source',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['      meta: { retries: 3 }']);
  });

  it('given the only Catch rule list entry, when removed twice, then an empty list remains', () => {
    const once = expectRun(ORDER_FLOW, 'state.unsetField', { path: 'Charge', field: 'Catch/0' });
    const twice = expectRun(once.after, 'state.unsetField', { path: 'Charge', field: 'Catch/0' });
    expect(twice.after).toContain('    Catch: []\n');
  });

  it('given the first key of a list item, when unset, then the next key moves up onto the dash line', () => {
    const r = expectRun(ORDER_FLOW, 'state.unsetField', {
      path: 'Charge',
      field: 'Retry/0/Description',
    });
    expect(r.after).toContain('    Retry:\n      - Errors: [FnF.ALL]\n        MaxAttempts: 3\n');
  });

  it('given a state written as a flow map, when a field is set, then that flow map alone is rewritten', () => {
    const text =
      'Type: StateMachine\nStartAt: A\nStates:\n  - {Type: Pass, Name: A, End: true}   # one\n';
    const r = expectRun(text, 'state.setField', { path: 'A', field: 'Description', value: 'x' });
    expect(r.after).toBe(
      'Type: StateMachine\nStartAt: A\nStates:\n  - { Type: Pass, Name: A, End: true, Description: x }   # one\n',
    );
  });

  it('given a block literal, when replaced by multi-line strings, then it stays a block where it can and reads back the same', () => {
    const text =
      'Type: StateMachine\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Description: |\n      l1\n      l2\n    End: true\n';
    const set = (value: string) =>
      expectRun(text, 'state.setField', { path: 'A', field: 'Description', value });
    const r = set('one\ntwo');
    expect(st(r.model, 'A')['Description']).toBe('one\ntwo');
    expect(r.after).toContain('    Description: |-\n      one\n      two\n    End: true\n');
    const r2 = set('a\n\nb\n');
    expect(st(r2.model, 'A')['Description']).toBe('a\n\nb\n');
    expect(r2.after).toContain('    Description: |\n      a\n\n      b\n    End: true\n');
    const r3 = set('  padded\nx');
    expect(st(r3.model, 'A')['Description']).toBe('  padded\nx');
    expect(r3.after).toContain('    Description: "  padded\\nx"\n    End: true\n');
  });

  it('given a whole block field, when unset, then all its lines go', () => {
    const r = expectRun(ORDER_FLOW, 'state.unsetField', { path: 'Charge', field: 'Parameters' });
    expect(removedLines(ORDER_FLOW, r.after)).toHaveLength(5);
    expect(
      roundTrip(ORDER_FLOW, 'state.unsetField', { path: 'Charge', field: 'Nope' }).reason,
    ).toMatch(/has no Nope/);
  });
});
