import { describe, expect, it } from 'vitest';
import { FLAT_SEQ_FLOW, NESTED_FLOW, ORDER_FLOW, SEED_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { addedLines, removedLines, roundTrip } from '../testing/harness';

describe('document.setField', () => {
  it('given a workflow Name, when it is set, then only that scalar changes', () => {
    const r = expectRun(ORDER_FLOW, 'document.setField', { field: 'Name', value: 'billing' });
    expect(r.after).toBe(ORDER_FLOW.replace('Name: order-flow\n', 'Name: billing\n'));
    expect(r.model?.Name).toBe('billing');
  });

  it('given a quoted Name with a comment, when it is set, then quoting and comment stay', () => {
    const text = SEED_FLOW.replace('Name: MyWorkFlow\n', "Name: 'MyWorkFlow'   # keep\n");
    const r = expectRun(text, 'document.setField', { field: 'Name', value: "it's" });
    expect(r.after).toBe(text.replace("'MyWorkFlow'", "'it''s'"));
  });

  it('given no Description, when one is set, then it is added on its own line after Name', () => {
    const r = expectRun(ORDER_FLOW, 'document.setField', {
      field: 'Description',
      value: 'Charges: then ships',
    });
    expect(r.after).toBe(
      ORDER_FLOW.replace(
        'Name: order-flow\n',
        'Name: order-flow\nDescription: "Charges: then ships"\n',
      ),
    );
    expect(r.model?.Description).toBe('Charges: then ships');
  });

  it('given a number, when set, then it is written as a YAML number', () => {
    const r = expectRun(NESTED_FLOW, 'document.setField', { field: 'Description', value: 42 });
    expect(addedLines(NESTED_FLOW, r.after)).toEqual(['Description: 42']);
    expect(r.after.indexOf('Description: 42')).toBeGreaterThan(r.after.indexOf('Name: nested'));
  });

  it('given no Name, when set, then it goes after Type (or first when there is no Type)', () => {
    const text = '# head\nType: StateMachine\nSpecVersion: v1\nStartAt: A\nStates: []\n';
    const r = expectRun(text, 'document.setField', { field: 'Name', value: 'flow1' });
    expect(r.after).toBe(
      '# head\nType: StateMachine\nName: flow1\nSpecVersion: v1\nStartAt: A\nStates: []\n',
    );
    const bare = '# head\nSpecVersion: v1\nStartAt: A\nStates: []';
    const r2 = expectRun(bare, 'document.setField', { field: 'Name', value: 'flow1' });
    expect(r2.after).toBe('# head\nName: flow1\nSpecVersion: v1\nStartAt: A\nStates: []');
  });

  it('given a Description, when set to undefined, then its line goes and undo restores it', () => {
    const text = ORDER_FLOW.replace(
      'SpecVersion: v1\n',
      'SpecVersion: v1\nDescription: |\n  two\n  lines\n',
    );
    const r = expectRun(text, 'document.setField', { field: 'Description', value: undefined });
    expect(r.after).toBe(ORDER_FLOW);
    expect(removedLines(text, r.after)).toEqual(['Description: |', '  two', '  lines']);
  });

  it('given the last line without a newline, when a Description is added after it, then lines stay separate', () => {
    const text = FLAT_SEQ_FLOW.replace('Name: flat\n', '').concat('');
    const moved = `${text}\nName: last`;
    const r = expectRun(moved, 'document.setField', { field: 'Description', value: 'd' });
    expect(r.after.endsWith('Name: last\nDescription: d\n')).toBe(true);
  });

  it('given forbidden or pointless requests, when asked, then each is refused with a reason', () => {
    const reason = (
      args: Parameters<typeof roundTrip<'document.setField'>>[2],
      text = ORDER_FLOW,
    ) => roundTrip(text, 'document.setField', args).reason;
    expect(reason({ field: 'StartAt' as 'Name', value: 'X' })).toMatch(/not a workflow field/);
    expect(reason({ field: 'Description', value: undefined })).toMatch(/has no Description/);
    expect(reason({ field: 'Name', value: 'order-flow' })).toMatch(/already/);
    expect(reason({ field: 'Name', value: Number.NaN })).toMatch(/finite/);
    expect(
      reason({ field: 'Description', value: 'x' }, '{Type: StateMachine, States: []}'),
    ).toMatch(/flow style/);
  });

  it('given a JSON-style document, when an existing Name is set, then the scalar is replaced in place', () => {
    const text = '{"Type": "StateMachine", "Name": "a", "States": []}\n';
    const r = expectRun(text, 'document.setField', { field: 'Name', value: 'b c' });
    expect(r.after).toBe('{"Type": "StateMachine", "Name": "b c", "States": []}\n');
  });
});
