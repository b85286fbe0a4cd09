import { describe, expect, it } from 'vitest';
import { checkNumber, maxConcurrencyAdvice, NUMBER_BOUNDS, waitSecondsBounds } from './fieldChecks';
import {
  allowedTaskModes,
  checkActionText,
  findIntegration,
  parametersOnSwitch,
} from './integrations';
import { moveListItem, shadowedRules } from './errorTypes';
import { checkExpressionText, completeExpression } from './expressionHelp';

describe('checkNumber', () => {
  it('given 90000 seconds of retry interval, when checked, then it is written with the validator wording', () => {
    expect(checkNumber('90000', NUMBER_BOUNDS.IntervalSeconds)).toEqual({
      kind: 'value',
      value: 90000,
      warning:
        'IntervalSeconds is 90000; it must be between 0 and 86400 seconds (one day at most).',
    });
  });

  it('given text, when checked, then it is invalid and nothing is written', () => {
    expect(checkNumber('3s', NUMBER_BOUNDS.IntervalSeconds).kind).toBe('invalid');
    expect(checkNumber('1.5', NUMBER_BOUNDS.MaxAttempts).kind).toBe('invalid');
  });

  it('given an empty field, when checked, then it is empty', () => {
    expect(checkNumber('  ', NUMBER_BOUNDS.Timeout)).toEqual({ kind: 'empty' });
  });

  it('given 30 seconds of wait, when checked per mode, then only Express flags it', () => {
    expect(checkNumber('30', waitSecondsBounds('Standard'))).toEqual({ kind: 'value', value: 30 });
    expect(checkNumber('30', waitSecondsBounds('Express'))).toMatchObject({
      warning: expect.stringMatching(/1 and 20/),
    });
  });

  it('given concurrency values, when advised, then inline and quota limits apply', () => {
    expect(maxConcurrencyAdvice(41, false)).toMatch(/40/);
    expect(maxConcurrencyAdvice(41, true)).toBeNull();
    expect(maxConcurrencyAdvice(101, true)).toMatch(/100/);
  });
});

describe('integration catalogue', () => {
  it('given an HTTP task in Standard, when modes are asked, then custom callback but no system callback', () => {
    expect(allowedTaskModes('HTTP:Request', 'Standard')).toEqual([
      'RequestComplete',
      'WaitForCustomCallback',
    ]);
  });

  it('given any action in Express, when modes are asked, then RequestComplete only', () => {
    expect(allowedTaskModes('FC:InvokeFunction', 'Express')).toEqual(['RequestComplete']);
  });

  it('given an unknown product action, when looked up, then the generic OpenAPI entry', () => {
    expect(findIntegration('ECS:DescribeInstances').action).toBe('*');
    expect(allowedTaskModes('ECS:DescribeInstances', 'Standard')).toEqual(['RequestComplete']);
  });

  it('given malformed actions, when checked, then each has a reason', () => {
    expect(checkActionText('FC::InvokeFunction')).toMatch(/one colon/);
    expect(checkActionText('ECS')).toMatch(/<Product>:<Operation>/);
    expect(checkActionText('ECS:DescribeInstances')).toBeNull();
  });
});

describe('rules lists', () => {
  it('given FnF.ALL in the first of three rules, when checked, then the two later rules are shadowed', () => {
    expect(shadowedRules([{ Errors: ['FnF.ALL'] }, { Errors: ['A'] }, { Errors: ['B'] }])).toEqual([
      1, 2,
    ]);
    expect(shadowedRules([{ Errors: ['A'] }, { Errors: ['FnF.ALL'] }])).toEqual([]);
  });

  it('given a list, when an item is moved, then the order changes and the input is untouched', () => {
    const list = ['a', 'b', 'c'];
    expect(moveListItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveListItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('expression help', () => {
  it('given a valid and a broken condition, when checked, then only the broken one has problems', () => {
    expect(checkExpressionText('$Input.status == "ready"')).toEqual([]);
    expect(checkExpressionText('$Input.status == ').length).toBeGreaterThan(0);
  });

  it('given "$Co" typed, when completed, then $Context and its fields are offered', () => {
    const r = completeExpression('x == $Co', 8);
    expect(r.from).toBe(5);
    expect(r.items.map((i) => i.insert)).toContain('$Context');
  });

  it('given "$Context.Cur", when completed, then Current fields are offered', () => {
    const r = completeExpression('$Context.Cur', 12);
    expect(r.items.map((i) => i.insert)).toContain('$Context.Current.Input');
  });

  it('given "form", when completed, then the format function is offered', () => {
    expect(completeExpression('form', 4).items[0]?.insert).toBe('format(');
  });
});

describe('switching actions', () => {
  it('given FC parameters from the form, when switching to HTTP, then the HTTP defaults replace them', () => {
    const fc = {
      invocationType: 'Sync',
      resourceArn: 'acs:fc:r:a:functions/f/LATEST',
      body: { a: 1 },
    };
    expect(parametersOnSwitch('FC:InvokeFunction', 'HTTP:Request', fc)).toEqual({
      url: 'https://example.com',
      method: 'GET',
    });
  });

  it('given hand-written parameters, when switching, then they are kept', () => {
    expect(parametersOnSwitch('FC:InvokeFunction', 'HTTP:Request', { custom: 1 })).toBeUndefined();
    expect(
      parametersOnSwitch('ECS:DescribeInstances', 'HTTP:Request', { RegionId: 'x' }),
    ).toBeUndefined();
  });

  it('given no parameters, when switching to FC, then the guide defaults are written', () => {
    expect(parametersOnSwitch(undefined, 'FC:InvokeFunction', undefined)).toMatchObject({
      invocationType: 'Sync',
    });
  });
});
