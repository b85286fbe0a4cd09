import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import { ORDER_FLOW, NESTED_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { roundTrip } from '../testing/harness';

describe('container.moveState', () => {
  it('given a state, when moved to the top of its scope, then only the order changes and references stay', () => {
    const r = expectRun(ORDER_FLOW, 'container.moveState', { path: 'Hold', scope: '', index: 0 });
    expect(r.model?.States.map((s) => s.Name)).toEqual([
      'Hold',
      'Validate',
      'Charge',
      'Check',
      'Refund',
      'Done',
      'Failed',
    ]);
    expect(r.model?.StartAt).toBe('Validate');
    expect(r.after.split('\n').sort()).toEqual(ORDER_FLOW.split('\n').sort());
  });

  it('given a branch state, when moved into a Map processor, then it is re-indented, disconnected and repaired', () => {
    const r = expectRun(NESTED_FLOW, 'container.moveState', {
      path: 'Fanout/0/B',
      scope: 'EachItem',
    });
    expect(findState(r.model!, 'Fanout/0/A')?.state).toMatchObject({ End: true });
    expect(findState(r.model!, 'EachItem/B')?.state).toEqual({
      Type: 'Pass',
      Name: 'B',
      End: true,
    });
    expect(r.after).toContain(
      '              - Type: Pass\n                Name: B\n                End: true\n',
    );
    expect(r.selection).toEqual(['EachItem/B']);
  });

  it('given a top-level state with a Next, when moved into a branch, then its Next becomes End and predecessors skip it', () => {
    const r = expectRun(ORDER_FLOW, 'container.moveState', { path: 'Hold', scope: '', index: 6 });
    expect(r.model?.States.at(-1)?.Name).toBe('Hold');
    const r2 = expectRun(NESTED_FLOW, 'container.moveState', {
      path: 'EachItem',
      scope: 'Fanout/1',
      index: 1,
    });
    expect(findState(r2.model!, 'Fanout')?.state).toMatchObject({ End: true });
    expect(findState(r2.model!, 'Fanout/1/EachItem/Resize')).toBeDefined();
  });

  it('given impossible drops, when moving, then each is refused with a reason', () => {
    expect(
      roundTrip(NESTED_FLOW, 'container.moveState', { path: 'Fanout', scope: 'Fanout/0' }).reason,
    ).toMatch(/its own nested flow/);
    expect(
      roundTrip(NESTED_FLOW, 'container.moveState', { path: 'Fanout/1/C', scope: '' }).reason,
    ).toMatch(/only state/);
    expect(
      roundTrip(ORDER_FLOW, 'container.moveState', { path: 'Hold', scope: 'Refund' }).reason,
    ).toMatch(/not a container/);
    expect(
      roundTrip(NESTED_FLOW, 'container.moveState', { path: 'EachItem', scope: 'Fanout' }).reason,
    ).toMatch(/one of the branches/);
  });
});

describe('parallel branches', () => {
  it('given a Parallel, when a branch is added, then it holds one Pass and is selected', () => {
    const r = expectRun(NESTED_FLOW, 'parallel.addBranch', { path: 'Fanout' });
    expect(findState(r.model!, 'Fanout/2/Step')?.state).toEqual({
      Type: 'Pass',
      Name: 'Step',
      End: true,
    });
    expect(r.selection).toEqual(['Fanout/2/Step']);
    expect(r.after).toContain(
      '          - StartAt: Step\n            States:\n                - Type: Pass\n',
    );
  });

  it('given two branches, when the first is removed, then its comment-led block goes', () => {
    const r = expectRun(NESTED_FLOW, 'parallel.removeBranch', { path: 'Fanout', index: 1 });
    expect(findState(r.model!, 'Fanout/1/C')).toBeUndefined();
    expect(r.after).toContain('# first branch');
    const one = expectRun(NESTED_FLOW, 'parallel.removeBranch', { path: 'Fanout', index: 0 });
    expect(
      roundTrip(one.after, 'parallel.removeBranch', { path: 'Fanout', index: 0 }).reason,
    ).toMatch(/at least one branch/);
  });
});

describe('empty nested flows', () => {
  const EMPTY_BRANCH = [
    'Type: StateMachine',
    'StartAt: P',
    'States:',
    '  - Type: Parallel',
    '    Name: P',
    '    Branches:',
    '      - States: []',
    '      - StartAt: X',
    '        States:',
    '          - Type: Pass',
    '            Name: X',
    '            End: true',
    '    Next: Q',
    '  - Type: Pass',
    '    Name: Q',
    '    End: true',
    '',
  ].join('\n');

  it('given an empty branch, when a state is added, then the list turns block and the state starts the branch', () => {
    const r = expectRun(EMPTY_BRANCH, 'state.add', { type: 'Wait', scope: 'P/0' });
    expect(r.after).toContain(
      '      - StartAt: Wait\n        States:\n          - Type: Wait\n            Name: Wait\n            Seconds: 10\n            End: true\n      - StartAt: X\n',
    );
  });

  it('given an empty branch, when a top-level state is moved in, then it starts the branch and the Parallel ends', () => {
    const r = expectRun(EMPTY_BRANCH, 'container.moveState', { path: 'Q', scope: 'P/0' });
    expect(findState(r.model!, 'P/0/Q')?.state).toEqual({ Type: 'Pass', Name: 'Q', End: true });
    expect(findState(r.model!, 'P')?.state).toMatchObject({ End: true });
    expect(r.model?.States.map((s) => s.Name)).toEqual(['P']);
  });
});
