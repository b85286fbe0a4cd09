import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { State, StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { checkTransitionField, describeTransitionField } from './transitionField';

// The shared Choice fixture: branch 3 and Default of Route both go to Reject, and so do Big's
// Catch rule and Next.
const ROUTED = readFileSync(
  join(__dirname, '../../../fixtures/editing/choice-routed.yaml'),
  'utf8',
);
const model = parseSource(ROUTED).model as StateMachine;
const state = (name: string) => model.States.find((s) => s.Name === name) as State;

describe('describeTransitionField', () => {
  it('given transition field paths, when described, then they read as words', () => {
    expect(describeTransitionField('Branches/0/Next')).toBe('branch 1');
    expect(describeTransitionField('Catch/2/Next')).toBe('Catch rule 3');
    expect(describeTransitionField('Default')).toBe('Default');
    expect(describeTransitionField('Next')).toBe('Next');
    expect(describeTransitionField('Branches/0/Condition')).toBeUndefined();
  });
});

describe('checkTransitionField', () => {
  it('given a field that names the target, when checked, then it is accepted', () => {
    expect(checkTransitionField(state('Route'), 'Reject', 'Branches/2/Next')).toBe(true);
    expect(checkTransitionField(state('Route'), 'Reject', 'Default')).toBe(true);
    expect(checkTransitionField(state('Big'), 'Reject', 'Catch/0/Next')).toBe(true);
    expect(checkTransitionField(state('Big'), 'Reject', 'Next')).toBe(true);
  });

  it('given no field, when checked, then any transition to the target will do', () => {
    expect(checkTransitionField(state('Route'), 'Small', undefined)).toBe(true);
    expect(checkTransitionField(state('Small'), 'Reject', undefined)).toBe(
      '“Small” does not go to “Reject”.',
    );
  });

  it('given a field that goes elsewhere, when checked, then the reason names where it goes', () => {
    expect(checkTransitionField(state('Route'), 'Reject', 'Branches/1/Next')).toBe(
      'Branch 2 of “Route” goes to “Small”, not to “Reject”.',
    );
    expect(checkTransitionField(state('Big'), 'Small', 'Next')).toBe(
      'The Next of “Big” goes to “Reject”, not to “Small”.',
    );
  });

  it('given a field the state does not have, when checked, then it is refused', () => {
    expect(checkTransitionField(state('Route'), 'Reject', 'Branches/3/Next')).toBe(
      '“Route” has no branch 4.',
    );
    expect(checkTransitionField(state('Route'), 'Reject', 'Next')).toBe('“Route” has no Next.');
    expect(checkTransitionField(state('Big'), 'Reject', 'Catch/1/Next')).toBe(
      '“Big” has no Catch rule 2.',
    );
    expect(checkTransitionField(state('Big'), 'Reject', 'Branches/0/Condition')).toMatch(
      /^“Branches\/0\/Condition” is not a transition field/,
    );
  });
});
