import { describe, expect, it } from 'vitest';
import { expectRun } from '../testing/expectRun';

describe('adding states to a flow-style States list', () => {
  it('given `States: []` with a comment, when a state is added, then a block list is written and the comment stays on the key line', () => {
    const text = 'Type: StateMachine\nSpecVersion: v1\nStates: []   # none yet\nName: x\n';
    const r = expectRun(text, 'state.add', { type: 'Pass', scope: '' });
    expect(r.after).toBe(
      'Type: StateMachine\nSpecVersion: v1\nStartAt: Pass\nStates:   # none yet\n' +
        '  - Type: Pass\n    Name: Pass\n    End: true\nName: x\n',
    );
  });

  it('given a non-empty flow States list, when a state is added, then the list becomes a readable block list', () => {
    const text =
      'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates: [{Type: Pass, Name: A, End: true}]\n';
    const r = expectRun(text, 'state.add', { type: 'Wait', scope: '', index: 0 });
    expect(r.after).toBe(
      'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n' +
        '  - Type: Wait\n    Name: Wait\n    Seconds: 10\n    End: true\n' +
        '  - Type: Pass\n    Name: A\n    End: true\n',
    );
  });

  it('given an empty flow list in a Parallel branch, when a state is added there, then it is indented under the branch', () => {
    const text =
      'Type: StateMachine\nSpecVersion: v1\nStartAt: P\nStates:\n  - Type: Parallel\n    Name: P\n' +
      '    Branches:\n      - StartAt: A\n        States: []\n    End: true\n';
    const r = expectRun(text, 'state.add', { type: 'Pass', scope: 'P/0' });
    expect(r.after).toContain(
      '      - StartAt: Pass\n        States:\n          - Type: Pass\n            Name: Pass\n            End: true\n    End: true\n',
    );
  });
});
