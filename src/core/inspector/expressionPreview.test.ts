import { describe, expect, it } from 'vitest';
import { simulate } from '../simulator';
import { parseSource } from '../yaml';
import { describePreview, NO_RUN_MESSAGE, previewFieldOf, previewText } from './expressionPreview';

const model = parseSource(`Type: StateMachine
SpecVersion: v1
Name: t
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.amount > 10
        Next: Big
    Default: Small
  - Type: Pass
    Name: Big
    End: true
  - Type: Wait
    Name: Small
    Seconds: 1
    End: true
`).model;

describe('previewFieldOf', () => {
  it.each([
    ['Branches/0/Condition', 'Condition'],
    ['Branches/0/Next', null],
    ['Parameters/body', 'Parameters'],
    ['InputConstructor', 'InputConstructor'],
    ['Seconds.$', 'Seconds.$'],
    ['ItemsPath', 'ItemsPath'],
    ['ItemConstructor', null],
    ['Catch/0/OutputConstructor', null],
  ] as const)('given the field %s, then the preview field is %s', (field, expected) => {
    expect(previewFieldOf(field)).toBe(expected);
  });
});

describe('previewText', () => {
  it('given a long value, when shown, then it is shortened with an ellipsis', () => {
    const text = previewText({ s: 'x'.repeat(200) }, 20);
    expect(text).toHaveLength(20);
    expect(text.endsWith('…')).toBe(true);
    expect(previewText('ab')).toBe('"ab"');
  });
});

describe('describePreview', () => {
  if (!model) throw new Error('fixture does not parse');
  const run = simulate(model, { input: { amount: 42, tags: ['a', 'b'] } });

  it('given no run, then it says to run the workflow', () => {
    expect(describePreview(null, 'Route', '$Input.amount', 'Condition')).toEqual({
      kind: 'idle',
      message: NO_RUN_MESSAGE,
    });
  });

  it('given a run, when previewing a condition of a state that ran, then it gives its value', () => {
    expect(describePreview(run, 'Route', '$Input.amount > 10', 'Condition')).toEqual({
      kind: 'value',
      text: 'true',
      value: true,
    });
    expect(describePreview(run, 'Route', '$.tags', 'Condition')).toMatchObject({
      kind: 'value',
      text: '["a","b"]',
    });
  });

  it('given a run, when the state was not reached, then it says so', () => {
    expect(describePreview(run, 'Small', '$Input.amount', 'Seconds.$')).toEqual({
      kind: 'idle',
      message: 'Not reached in the last run',
    });
  });

  it('given a run, when the expression fails on that input, then it reports the error', () => {
    const r = describePreview(run, 'Route', 'length($Input.amount)', 'Condition');
    expect(r.kind).toBe('error');
  });
});
