import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import { ORDER_FLOW, NESTED_FLOW, SEED_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { addedLines, removedLines, roundTrip } from '../testing/harness';

describe('transition.setNext', () => {
  it('given a state with End: true, when connected, then End is replaced by Next on the same line', () => {
    const r = expectRun(ORDER_FLOW, 'transition.setNext', { path: 'Refund', target: 'Done' });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual(['    End: true']);
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['    Next: Done']);
    expect(findState(r.model!, 'Refund')?.state).toMatchObject({ Next: 'Done' });
  });

  it('given End: true with a comment on its line, when connected, then Next takes its place and the comment stays (do, undo, redo byte-exact)', () => {
    const text = ORDER_FLOW.replace('    End: true\n', '    End: true  # for now\n');
    const r = expectRun(text, 'transition.setNext', { path: 'Refund', target: 'Done' });
    expect(r.after).toBe(text.replace('    End: true  # for now\n', '    Next: Done  # for now\n'));
    expect(r.undone).toBe(text);
    expect(r.redone).toBe(r.after);
  });

  it('given a state with Next and a comment, when reconnected, then only the value changes', () => {
    const r = expectRun(ORDER_FLOW, 'transition.setNext', { path: 'Charge', target: 'Hold' });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['    Next: Hold   # go check']);
  });

  it('given states in different scopes, when connecting, then it is refused with both scopes named', () => {
    const r = roundTrip(NESTED_FLOW, 'transition.setNext', {
      path: 'Fanout/0/A',
      target: 'EachItem',
    });
    expect(r.reason).toBe(
      'A transition cannot leave its scope: “A” is in branch 0 of “Fanout” and “EachItem” is in the top level.',
    );
  });

  it('given a Succeed or Fail, when connecting out of it, then it is refused', () => {
    expect(
      roundTrip(ORDER_FLOW, 'transition.setNext', { path: 'Done', target: 'Hold' }).reason,
    ).toMatch(/Succeed state ends its scope/);
    expect(
      roundTrip(ORDER_FLOW, 'transition.setNext', { path: 'Failed', target: 'Hold' }).reason,
    ).toMatch(/Fail state ends the execution/);
    expect(
      roundTrip(ORDER_FLOW, 'transition.setNext', { path: 'Check', target: 'Hold' }).reason,
    ).toMatch(/Choice state has no Next/);
  });
});

describe('transition.setEnd / clearNext', () => {
  it('given a state with Next, when set to End, then Next becomes End: true', () => {
    const r = expectRun(ORDER_FLOW, 'transition.setEnd', { path: 'Hold' });
    expect(findState(r.model!, 'Hold')?.state).toEqual({
      Type: 'Wait',
      Name: 'Hold',
      Seconds: 5,
      End: true,
    });
  });

  it('given Next with a comment on its line and one above, when set to End, then both comments stay (do, undo, redo byte-exact)', () => {
    const text = ORDER_FLOW.replace(
      '    Next: Check   # go check\n',
      '    # then the Choice\n    Next: Check   # go check\n',
    );
    const r = expectRun(text, 'transition.setEnd', { path: 'Charge' });
    expect(r.after).toBe(
      text.replace('    Next: Check   # go check\n', '    End: true   # go check\n'),
    );
    expect(r.after).toContain('    # then the Choice\n    End: true   # go check\n');
    expect(r.undone).toBe(text);
    expect(r.redone).toBe(r.after);
  });

  it('given End: true, when cleared, then the line goes', () => {
    const r = expectRun(ORDER_FLOW, 'transition.setEnd', { path: 'Refund', end: false });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual(['    End: true']);
  });

  it('given Next, when cleared, then only that line goes', () => {
    const r = expectRun(ORDER_FLOW, 'transition.clearNext', { path: 'Hold' });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual(['    Next: Check']);
    expect(roundTrip(ORDER_FLOW, 'transition.clearNext', { path: 'Refund' }).reason).toMatch(
      /no Next/,
    );
  });
});

describe('scope.setStartAt', () => {
  it('given a scope, when its start changes, then StartAt keeps its comment', () => {
    const r = expectRun(ORDER_FLOW, 'scope.setStartAt', { scope: '', target: 'Charge' });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['StartAt: Charge   # first step']);
  });

  it('given a branch, when starting at its second state, then only that StartAt changes', () => {
    const r = expectRun(NESTED_FLOW, 'scope.setStartAt', {
      scope: 'Fanout/0',
      target: 'Fanout/0/B',
    });
    expect(addedLines(NESTED_FLOW, r.after)).toEqual(['          - StartAt: B']);
    expect(
      roundTrip(NESTED_FLOW, 'scope.setStartAt', { scope: 'Fanout/0', target: 'EachItem' }).reason,
    ).toMatch(/not in branch 0/);
  });
});

describe('catch.setTarget', () => {
  it('given a Catch rule, when retargeted, then its Next changes', () => {
    const r = expectRun(ORDER_FLOW, 'catch.setTarget', {
      path: 'Charge',
      index: 1,
      target: 'Refund',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['        Next: Refund']);
    const rule = findState(r.model!, 'Charge')?.state;
    expect(rule && 'Catch' in rule ? rule.Catch?.[1]?.Next : '').toBe('Refund');
  });

  it('given the seed example, when a Catch targets its own state, then it is refused as a self-loop', () => {
    const r = roundTrip(SEED_FLOW, 'catch.setTarget', {
      path: 'InvokeFunction',
      index: 0,
      target: 'InvokeFunction',
    });
    expect(r.reason).toBe('A state cannot transition directly to itself.');
  });

  it('given a missing rule or a Pass, when retargeting, then it is refused', () => {
    expect(
      roundTrip(ORDER_FLOW, 'catch.setTarget', { path: 'Charge', index: 5, target: 'Refund' })
        .reason,
    ).toMatch(/2 Catch rules/);
  });
});
