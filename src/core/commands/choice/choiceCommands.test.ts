import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import type { ChoiceState, StateMachine } from '../../model/types';
import { ORDER_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { addedLines, removedLines, roundTrip } from '../testing/harness';

const choice = (m: StateMachine | null) => findState(m!, 'Check')?.state as ChoiceState;

describe('choice commands', () => {
  it('given a Choice, when a branch is added, then it is appended with a default condition', () => {
    const r = expectRun(ORDER_FLOW, 'choice.addBranch', { path: 'Check', next: 'Refund' });
    expect(choice(r.model).Branches?.[2]).toEqual({
      Condition: '$Input.value == true',
      Next: 'Refund',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Condition: $Input.value == true',
      '        Next: Refund',
    ]);
  });

  it('given a condition with YAML syntax in it, when added at index 0, then it is quoted and first', () => {
    const r = expectRun(ORDER_FLOW, 'choice.addBranch', {
      path: 'Check',
      condition: '$Input.a: b #x',
      next: 'Done',
      index: 0,
    });
    expect(choice(r.model).Branches?.[0]?.Condition).toBe('$Input.a: b #x');
  });

  it('given a branch, when removed, then its lines go and the comment of the other stays', () => {
    const r = expectRun(ORDER_FLOW, 'choice.removeBranch', { path: 'Check', index: 0 });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Condition: $Input.status == "paid"',
      '        Next: Done',
    ]);
  });

  it('given two branches, when reordered, then their texts swap verbatim', () => {
    const r = expectRun(ORDER_FLOW, 'choice.reorderBranches', { path: 'Check', from: 1, to: 0 });
    expect(choice(r.model).Branches?.map((b) => b.Next)).toEqual(['Hold', 'Done']);
    expect(r.after).toContain(
      '      - Condition: $Input.status == "pending"   # poll again\n        Next: Hold\n      - Condition',
    );
  });

  it('given a branch, when its condition is set, then only the scalar changes', () => {
    const r = expectRun(ORDER_FLOW, 'choice.setCondition', {
      path: 'Check',
      index: 1,
      condition: '$Input.n > 3',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual([
      '      - Condition: $Input.n > 3   # poll again',
    ]);
  });

  it('given a branch, when its target is set, then only the scalar changes', () => {
    const r = expectRun(ORDER_FLOW, 'choice.setBranchNext', {
      path: 'Check',
      index: 0,
      target: 'Refund',
    });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['        Next: Refund']);
  });

  it('given Default, when set and removed, then the Default line changes or goes', () => {
    const r = expectRun(ORDER_FLOW, 'choice.setDefault', { path: 'Check', target: 'Done' });
    expect(addedLines(ORDER_FLOW, r.after)).toEqual(['    Default: Done']);
    const r2 = expectRun(ORDER_FLOW, 'choice.setDefault', { path: 'Check', target: null });
    expect(removedLines(ORDER_FLOW, r2.after)).toEqual(['    Default: Failed']);
  });

  it('given a non-Choice or a missing branch, when editing branches, then it is refused', () => {
    expect(roundTrip(ORDER_FLOW, 'choice.addBranch', { path: 'Hold' }).reason).toMatch(
      /not a Choice/,
    );
    expect(
      roundTrip(ORDER_FLOW, 'choice.removeBranch', { path: 'Check', index: 4 }).reason,
    ).toMatch(/has 2 branches: there is no branch 4/);
    expect(
      roundTrip(ORDER_FLOW, 'choice.setDefault', { path: 'Check', target: 'Check' }).reason,
    ).toMatch(/itself/);
  });
});
