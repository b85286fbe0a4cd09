import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import type { StateMachine } from '../../model/types';
import { canMove } from './canMove';
import { createCommandContext, isCommandContext } from '../context';
import { FLAT_SEQ_FLOW, MOVE_FLOW, ORDER_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { removedLines, roundTrip } from '../testing/harness';

const names = (m: StateMachine | null | undefined) => m?.States.map((s) => s.Name);
const stateAt = (m: StateMachine | null, p: string) => (m ? findState(m, p)?.state : undefined);
/** Every comment line of the text (trimmed), sorted: comments must all survive a move. */
const comments = (t: string) =>
  t
    .split('\n')
    .map((l) => l.slice(l.indexOf('#')))
    .filter((l) => l.startsWith('#'))
    .sort();

describe('state.move within a scope', () => {
  it('given a chain, when a state moves between two others, then its old neighbours are joined and it is spliced in', () => {
    const r = expectRun(ORDER_FLOW, 'state.move', {
      path: 'Hold',
      to: { kind: 'between', scope: '', after: 'Validate', before: 'Charge' },
    });
    expect(names(r.model)).toEqual([
      'Validate',
      'Hold',
      'Charge',
      'Check',
      'Refund',
      'Done',
      'Failed',
    ]);
    expect(stateAt(r.model, 'Validate')).toMatchObject({ Next: 'Hold' });
    expect(stateAt(r.model, 'Hold')).toMatchObject({ Next: 'Charge' });
    // Check's branch went to Hold, whose Next was Check: it now goes where Hold went.
    expect(stateAt(r.model, 'Check')).toMatchObject({
      Branches: [{ Next: 'Done' }, { Next: 'Check' }],
    });
    expect(comments(r.after)).toEqual(comments(ORDER_FLOW));
    expect(r.selection).toEqual(['Hold']);
  });

  it('given a state, when it moves first, then it becomes StartAt, goes to the old first state, and its text moves verbatim', () => {
    const r = expectRun(ORDER_FLOW, 'state.move', {
      path: 'Charge',
      to: { kind: 'first', scope: '' },
    });
    expect(r.model?.StartAt).toBe('Charge');
    expect(names(r.model)?.slice(0, 2)).toEqual(['Charge', 'Validate']);
    expect(stateAt(r.model, 'Charge')).toMatchObject({ Next: 'Validate' });
    expect(stateAt(r.model, 'Validate')).toMatchObject({ Next: 'Check' });
    expect(r.after).toContain('StartAt: Charge   # first step\n');
    expect(r.after).toContain('        IntervalSeconds: 2   # seconds\n');
    expect(r.after).toContain('    Next: Validate   # go check\n');
    expect(comments(r.after)).toEqual(comments(ORDER_FLOW));
  });

  it('given the first state of a flat list without a final newline, when it moves after the end, then the text is exact', () => {
    const r = expectRun(FLAT_SEQ_FLOW, 'state.move', {
      path: 'One',
      to: { kind: 'after', scope: '', after: 'Two' },
    });
    expect(r.after).toBe(
      'Name: flat\nType: StateMachine\nSpecVersion: v1\nStartAt: Two\nStates:\n' +
        '- Name: Two\n  Type: Pass\n  Next: One\n- Name: One\n  Type: Pass\n  End: true\n',
    );
  });

  it('given a target next to its current text, when it moves, then it is edited in place (no text moves)', () => {
    const r = expectRun(ORDER_FLOW, 'state.move', {
      path: 'Refund',
      to: { kind: 'between', scope: '', after: 'Hold', before: 'Check' },
    });
    expect(names(r.model)).toEqual(names(createModel(ORDER_FLOW)));
    expect(stateAt(r.model, 'Hold')).toMatchObject({ Next: 'Refund' });
    expect(stateAt(r.model, 'Refund')).toMatchObject({ Next: 'Check' });
    // Refund ended the flow: the Catch rule that went to it has no successor and goes.
    expect(stateAt(r.model, 'Charge')).toMatchObject({ Catch: [{ Next: 'Failed' }] });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Errors: [FC.AccessDenied]',
      '        Next: Refund',
      '    End: true',
    ]);
  });

  it('given a Choice, when it moves first, then its Default takes the old first state and its branches stay', () => {
    const r = expectRun(ORDER_FLOW, 'state.move', {
      path: 'Check',
      to: { kind: 'first', scope: '' },
    });
    expect(r.model?.StartAt).toBe('Check');
    expect(stateAt(r.model, 'Check')).toMatchObject({
      Default: 'Validate',
      Branches: [{ Next: 'Done' }, { Next: 'Hold' }],
    });
    // Charge went to Check; Check's successor (its Default) was Failed.
    expect(stateAt(r.model, 'Charge')).toMatchObject({ Next: 'Failed' });
  });
});

describe('state.move across scopes', () => {
  it('given a top-level Task, when it moves into a Parallel branch, then it is re-indented and its Catch to a missing state goes', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Work',
      to: { kind: 'between', scope: 'Fanout/0', after: 'Fanout/0/A', before: 'Fanout/0/B' },
    });
    expect(stateAt(r.model, 'Prepare')).toMatchObject({ Next: 'Fanout' });
    expect(stateAt(r.model, 'Fanout/0/A')).toMatchObject({ Next: 'Work' });
    expect(stateAt(r.model, 'Fanout/0/Work')).toEqual({
      Type: 'Task',
      Name: 'Work',
      Action: 'FC:InvokeFunction',
      Next: 'B',
    });
    expect(r.after).toContain(
      '          - Type: Task\n            Name: Work     # does the work\n            Action: FC:InvokeFunction\n            Next: B\n',
    );
    expect(r.after).toContain('            Next: Work   # to B\n');
    expect(r.selection).toEqual(['Fanout/0/Work']);
  });

  it('given a top-level Task, when it moves into a branch holding its Catch target, then the Catch rule stays', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Work',
      to: { kind: 'first', scope: 'Fanout/1' },
    });
    expect(stateAt(r.model, 'Fanout/1/Work')).toMatchObject({
      Catch: [{ Next: 'Recover' }],
      Next: 'C',
    });
    expect(names(r.model)).not.toContain('Work');
    expect(r.after).toContain('      - StartAt: Work\n');
  });

  it('given a branch state, when it moves to the end of the top level, then the branch StartAt moves on and it ends the flow', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Fanout/0/A',
      to: { kind: 'after', scope: '', after: 'Recover' },
    });
    expect(r.after).toContain('      - StartAt: B\n');
    expect(stateAt(r.model, 'Recover')).toMatchObject({ Next: 'A' });
    expect(stateAt(r.model, 'A')).toEqual({ Type: 'Pass', Name: 'A', End: true });
    expect(names(r.model)?.at(-1)).toBe('A');
    // A's `Next: B   # to B` became `End: true`: the comment stays on the line.
    expect(r.after).toContain(
      '  - Type: Pass\n    Name: A\n    End: true   # to B\n# end of file\n',
    );
    expect(r.after.match(/# to B/g)).toHaveLength(1);
    expect(r.undone).toBe(MOVE_FLOW);
    expect(r.redone).toBe(r.after);
  });

  it('given a Map processor state, when it moves to the start of a branch, then the processor is repaired', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'EachItem/Store',
      to: { kind: 'first', scope: 'Fanout/1' },
    });
    expect(stateAt(r.model, 'EachItem/Resize')).toMatchObject({ End: true });
    expect(stateAt(r.model, 'Fanout/1/Store')).toEqual({ Type: 'Pass', Name: 'Store', Next: 'C' });
    expect(r.after).toContain('      - StartAt: Store\n');
    expect(r.after).toContain('            Name: Store   # keep\n');
  });

  it('given a branch state, when it moves into a Map processor, then it lands there re-indented', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Fanout/0/B',
      to: {
        kind: 'between',
        scope: 'EachItem',
        after: 'EachItem/Resize',
        before: 'EachItem/Store',
      },
    });
    expect(stateAt(r.model, 'Fanout/0/A')).toMatchObject({ End: true });
    expect(stateAt(r.model, 'EachItem/Resize')).toMatchObject({ Next: 'B' });
    expect(stateAt(r.model, 'EachItem/B')).toEqual({ Type: 'Pass', Name: 'B', Next: 'Store' });
  });

  it('given a Map, when it moves into a Parallel branch, then its whole processor moves with it', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'EachItem',
      to: { kind: 'after', scope: 'Fanout/1', after: 'Fanout/1/Recover' },
    });
    expect(stateAt(r.model, 'Fanout')).toMatchObject({ Next: 'Done' });
    expect(stateAt(r.model, 'Fanout/1/EachItem')).toMatchObject({ End: true });
    expect(findState(r.model!, 'Fanout/1/EachItem/Store')).toBeDefined();
    expect(r.after).toContain('                  Name: Store   # keep\n');
    expect(comments(r.after)).toEqual(comments(MOVE_FLOW));
  });

  it('given a top-level state, when it moves to a new branch, then the branch holds only it with End: true', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Prepare',
      to: { kind: 'newBranch', parallel: 'Fanout' },
    });
    expect(r.model?.StartAt).toBe('Work');
    expect(r.after).toContain(
      '      - StartAt: Prepare\n        States:\n          - Type: Pass\n            Name: Prepare\n            End: true\n    Next: EachItem\n',
    );
    expect(r.selection).toEqual(['Fanout/2/Prepare']);
  });

  it('given a branch state, when it moves to a new branch of its own Parallel, then the old branch is repaired', () => {
    const r = expectRun(MOVE_FLOW, 'state.move', {
      path: 'Fanout/0/B',
      to: { kind: 'newBranch', parallel: 'Fanout' },
    });
    expect(stateAt(r.model, 'Fanout/0/A')).toMatchObject({ End: true });
    expect(findState(r.model!, 'Fanout/2/B')?.state).toEqual({
      Type: 'Pass',
      Name: 'B',
      End: true,
    });
  });
});

describe('canMove', () => {
  const model = createModel(MOVE_FLOW);
  it.each([
    ['Fanout', { kind: 'first', scope: 'Fanout/0' }, /its own nested flow/],
    ['Fanout', { kind: 'newBranch', parallel: 'Fanout' }, /its own nested flow/],
    ['Recover', { kind: 'first', scope: 'Fanout/1' }, /already has a state named “Recover”/],
    [
      'Done',
      { kind: 'between', scope: '', after: 'Prepare', before: 'Work' },
      /Succeed state ends the flow/,
    ],
    ['Done', { kind: 'first', scope: '' }, /Succeed state ends the flow/],
    ['Fanout/1/Recover', { kind: 'first', scope: '' }, /already has a state named “Recover”/],
    ['EachItem/Store', { kind: 'after', scope: '', after: 'Done' }, /Nothing can follow a Succeed/],
    [
      'Work',
      { kind: 'between', scope: '', after: 'Prepare', before: 'Fanout' },
      /already there|does not go/,
    ],
    ['Prepare', { kind: 'first', scope: '' }, /already there/],
    ['Prepare', { kind: 'after', scope: '', after: 'Work' }, /does not end its flow/],
    ['Prepare', { kind: 'between', scope: '', after: 'Fanout', before: 'Work' }, /does not go to/],
    ['Prepare', { kind: 'newBranch', parallel: 'Work' }, /not a Parallel/],
    ['Nope', { kind: 'first', scope: '' }, /no state “Nope”/],
  ] as const)('refuses %s → %j', (path, to, reason) => {
    const r = canMove(model, path, to);
    expect(r).not.toBe(true);
    expect(r).toMatch(reason);
    expect(roundTrip(MOVE_FLOW, 'state.move', { path, to }).reason).toMatch(reason);
  });

  it('given a Choice whose branches all go to states of its own flow, when it would leave, then it is refused', () => {
    const m = createModel(ORDER_FLOW);
    expect(canMove(m, 'Check', { kind: 'newBranch', parallel: 'Check' })).toMatch(/not a Parallel/);
    const nested = createModel(
      MOVE_FLOW.replace(
        '  - Type: Pass\n    Name: Recover',
        '  - Type: Choice\n    Name: Pick\n    Branches:\n      - Condition: $Input.a == 1\n        Next: Done\n    Default: Done\n  - Type: Pass\n    Name: Recover',
      ),
    );
    expect(canMove(nested, 'Pick', { kind: 'first', scope: 'Fanout/0' })).toMatch(
      /a Choice needs a branch/,
    );
    expect(canMove(nested, 'Pick', { kind: 'newBranch', parallel: 'Fanout' })).toMatch(
      /alone in a branch/,
    );
    expect(canMove(nested, 'Pick', { kind: 'after', scope: '', after: 'Recover' })).toBe(true);
  });
});

function createModel(text: string): StateMachine {
  const ctx = createCommandContext(text);
  if (!isCommandContext(ctx)) throw new Error(ctx.reason);
  return ctx.model;
}
