import { describe, expect, it } from 'vitest';
import { findState } from '../../model/walkStates';
import type { CommandArgsMap, CommandName } from '../registry';
import { ORDER_FLOW, NESTED_FLOW, FLAT_SEQ_FLOW, SEED_FLOW } from '../testing/fixtures';
import { addedLines, removedLines, roundTrip } from '../testing/harness';

/** Runs a command and checks the universal contract: ok, parses, undo/redo byte-identical. */
function run<K extends CommandName>(text: string, name: K, args: CommandArgsMap[K]) {
  const r = roundTrip(text, name, args);
  expect(r.reason).toBeUndefined();
  expect(r.ok).toBe(true);
  expect(r.parses).toBe(true);
  expect(r.after).not.toBe(text);
  expect(r.undone).toBe(text);
  expect(r.redone).toBe(r.after);
  return r;
}

describe('state.rename', () => {
  it('given a referenced state, when renamed, then the name and every reference in scope change and nothing else', () => {
    const r = run(ORDER_FLOW, 'state.rename', { path: 'Check', newName: 'Verify' });
    expect(removedLines(ORDER_FLOW, r.after)).toEqual([
      '    Next: Check   # go check',
      '    Name: Check',
      '    Next: Check',
    ]);
    expect(addedLines(ORDER_FLOW, r.after)).toEqual([
      '    Next: Verify   # go check',
      '    Name: Verify',
      '    Next: Verify',
    ]);
    expect(findState(r.model!, 'Verify')?.state.Type).toBe('Choice');
    expect(r.selection).toEqual(['Verify']);
  });

  it('given a new name that YAML would read as a boolean, when renamed, then it is quoted', () => {
    const r = run(ORDER_FLOW, 'state.rename', { path: 'Hold', newName: 'yes' });
    expect(r.after).toContain('    Name: "yes"\n');
    expect(r.after).toContain('        Next: "yes"\n');
    expect(findState(r.model!, 'yes')).toBeDefined();
  });

  it('given StartAt and a Catch naming the state, when renamed, then both follow', () => {
    const r = run(SEED_FLOW, 'state.rename', { path: 'Hello World', newName: 'Greet: now' });
    expect(r.after.match(/"Greet: now"/g)).toHaveLength(3);
    const r2 = run(ORDER_FLOW, 'state.rename', { path: 'Validate', newName: 'Start' });
    expect(r2.after).toContain('StartAt: Start   # first step\n');
  });

  it('given a duplicate name in the scope, when renaming, then it is refused with a reason', () => {
    const r = roundTrip(ORDER_FLOW, 'state.rename', { path: 'Hold', newName: 'Done' });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/already exists in the top level/);
    expect(r.after).toBe(ORDER_FLOW);
  });

  it('given a state in a branch, when renamed, then only references in that branch change', () => {
    const r = run(NESTED_FLOW, 'state.rename', { path: 'Fanout/0/B', newName: 'Bee' });
    expect(r.after).toContain('Next: Bee   # to B');
    expect(findState(r.model!, 'Fanout/0/Bee')).toBeDefined();
  });
});

describe('state.add', () => {
  it('given a transition, when a Task is added between, then the predecessor points to it and it points on', () => {
    const r = run(ORDER_FLOW, 'state.add', {
      type: 'Task',
      between: { from: 'Validate', to: 'Charge' },
    });
    const task = findState(r.model!, 'Task')?.state;
    expect(task).toMatchObject({ Type: 'Task', Action: 'FC:InvokeFunction', Next: 'Charge' });
    expect(findState(r.model!, 'Validate')?.state).toMatchObject({ Next: 'Task' });
    expect(r.after).toContain(
      'resourceArn: acs:fc:{regionId}:{accountId}:functions/myFunction/LATEST',
    );
    // the document separates states with blank lines: the new one is too
    expect(r.after).toContain('    Next: Charge\n\n  - Type: Task\n    Name: Charge\n');
    expect(r.selection).toEqual(['Task']);
  });

  it.each(['Task', 'Pass', 'Wait', 'Choice', 'Parallel', 'Map', 'Succeed', 'Fail'] as const)(
    'given a 4-space nested document, when a %s is added to a branch, then it parses in that branch',
    (type) => {
      const r = run(NESTED_FLOW, 'state.add', { type, scope: 'Fanout/1', index: 0 });
      const entry = findState(r.model!, `Fanout/1/${type}`);
      expect(entry?.state.Type).toBe(type);
      expect(entry?.index).toBe(0);
      expect(r.after).toContain(
        `                - Type: ${type}\n                  Name: ${type}\n`,
      );
    },
  );

  it('given a Map processor, when a state is added, then it lands in the processor', () => {
    const r = run(NESTED_FLOW, 'state.add', { type: 'Wait', scope: 'EachItem' });
    expect(findState(r.model!, 'EachItem/Wait')?.state).toMatchObject({ Seconds: 10, End: true });
  });

  it('given unindented lists, Name-first keys and no final newline, when a Parallel is added, then it follows that style', () => {
    const r = run(FLAT_SEQ_FLOW, 'state.add', { type: 'Parallel' });
    expect(
      r.after.endsWith(
        '  End: true\n- Name: Parallel\n  Type: Parallel\n  Branches:\n  - StartAt: Step\n    States:\n    - Name: Step\n      Type: Pass\n      End: true\n  End: true\n',
      ),
    ).toBe(true);
  });

  it('given an empty States list, when a state is added, then it becomes StartAt', () => {
    const text = 'Type: StateMachine\nSpecVersion: v1\nStates: []  # none yet\n';
    const r = run(text, 'state.add', { type: 'Pass', name: 'First' });
    expect(r.model?.StartAt).toBe('First');
    expect(r.model?.States.map((s) => s.Name)).toEqual(['First']);
  });

  it('given a Choice branch edge, when a Pass is inserted on it, then only that branch is redirected', () => {
    const r = run(ORDER_FLOW, 'state.add', {
      type: 'Pass',
      between: { from: 'Check', to: 'Hold', field: 'Branches/1/Next' },
    });
    expect(addedLines(ORDER_FLOW, r.after).slice(0, 1)).toEqual(['        Next: Pass']);
    expect(findState(r.model!, 'Pass')?.state).toEqual({
      Type: 'Pass',
      Name: 'Pass',
      Next: 'Hold',
    });
    expect(findState(r.model!, 'Pass')?.index).toBe(3);
  });

  it('given a CRLF document, when a state is added, then inserted lines use CRLF too', () => {
    const crlf = ORDER_FLOW.replace(/\n/g, '\r\n');
    const r = run(crlf, 'state.add', { type: 'Wait', between: { from: 'Hold', to: 'Check' } });
    expect(r.after.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(findState(r.model!, 'Wait')?.state).toMatchObject({ Seconds: 10, Next: 'Check' });
  });

  it('given a definition without States, when a state is added, then StartAt and States are written in that order', () => {
    const r = run('Type: StateMachine\nSpecVersion: v1\n', 'state.add', {
      type: 'Pass',
      name: 'A',
    });
    expect(r.after).toBe(
      'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n',
    );
  });

  it('given a Succeed, when inserted between two states, then it is refused', () => {
    const r = roundTrip(ORDER_FLOW, 'state.add', {
      type: 'Succeed',
      between: { from: 'Validate', to: 'Charge' },
    });
    expect(r.reason).toMatch(/cannot be inserted between/);
  });

  it('given a non-container, when adding into it, then it is refused', () => {
    const r = roundTrip(ORDER_FLOW, 'state.add', { type: 'Pass', scope: 'Hold' });
    expect(r.reason).toMatch(/not a container/);
  });
});

describe('state.remove', () => {
  it('given a state in a chain, when removed, then its predecessor takes its Next and the comments elsewhere stay', () => {
    const r = run(ORDER_FLOW, 'state.remove', { path: 'Charge' });
    expect(findState(r.model!, 'Validate')?.state).toMatchObject({ Next: 'Check' });
    expect(findState(r.model!, 'Charge')).toBeUndefined();
    expect(r.after).toContain('    Next: Check\n\n  - Type: Choice\n');
    expect(r.after).toContain('# trailing comment at the end of the file\n');
  });

  it('given the StartAt state, when removed, then StartAt moves to its successor', () => {
    const r = run(ORDER_FLOW, 'state.remove', { path: 'Validate' });
    expect(r.after).toContain('StartAt: Charge   # first step\n');
  });

  it('given a state that ends the flow, when removed, then Next to it becomes End and branches/catches to it go', () => {
    const r = run(ORDER_FLOW, 'state.remove', { path: 'Refund' });
    const charge = findState(r.model!, 'Charge')?.state;
    expect(charge && 'Catch' in charge ? charge.Catch : undefined).toEqual([
      { Errors: ['FnF.Timeout'], Next: 'Failed' },
    ]);
    const r2 = run(ORDER_FLOW, 'state.remove', { path: 'Done' });
    const check = findState(r2.model!, 'Check')?.state;
    expect(check && check.Type === 'Choice' ? check.Branches : undefined).toHaveLength(1);
    const r3 = run(ORDER_FLOW, 'state.remove', { path: 'Failed' });
    const check3 = findState(r3.model!, 'Check')?.state;
    expect(check3 && check3.Type === 'Choice' ? check3.Default : 'x').toBeUndefined();
  });

  it('given the last state and a commented Next to it, when removed, then End: true keeps the comments (do, undo, redo byte-exact)', () => {
    const text = [
      'Type: StateMachine',
      'SpecVersion: v1',
      'StartAt: A',
      'States:',
      '  - Type: Pass',
      '    Name: A',
      '    # hand over to B',
      '    Next: B    # the last step',
      '  - Type: Pass',
      '    Name: B',
      '    End: true',
      '',
    ].join('\n');
    const r = run(text, 'state.remove', { path: 'B' });
    expect(r.after).toBe(
      text
        .replace('    Next: B    # the last step\n', '    End: true    # the last step\n')
        .replace('  - Type: Pass\n    Name: B\n    End: true\n', ''),
    );
    expect(r.undone).toBe(text);
    expect(r.redone).toBe(r.after);
    const crlf = text.replace(/\n/g, '\r\n');
    const r2 = run(crlf, 'state.remove', { path: 'B' });
    expect(r2.after).toBe(r.after.replace(/\n/g, '\r\n'));
    expect(r2.undone).toBe(crlf);
  });

  it('given the only state of a branch, when removing, then it is refused', () => {
    const r = roundTrip(NESTED_FLOW, 'state.remove', { path: 'Fanout/1/C' });
    expect(r.reason).toMatch(/only state of branch 1 of “Fanout”/);
  });
});

describe('state.duplicate', () => {
  it('given a container, when duplicated, then its exact text (comments included) follows it under a new name', () => {
    const r = run(NESTED_FLOW, 'state.duplicate', { path: 'Fanout' });
    expect(r.after.match(/# first branch/g)).toHaveLength(2);
    expect(findState(r.model!, 'FanoutCopy/0/A')).toBeDefined();
    expect(r.selection).toEqual(['FanoutCopy']);
  });
});

describe('state.changeType', () => {
  it('given a Choice, when changed to Pass, then branches go and Default becomes Next', () => {
    const r = run(ORDER_FLOW, 'state.changeType', { path: 'Check', type: 'Pass' });
    expect(findState(r.model!, 'Check')?.state).toEqual({
      Type: 'Pass',
      Name: 'Check',
      Next: 'Failed',
    });
  });

  it('given a Task with Retry/Catch, when changed to Map, then shared fields stay and Map fields are added before Next', () => {
    const r = run(ORDER_FLOW, 'state.changeType', { path: 'Charge', type: 'Map' });
    const s = findState(r.model!, 'Charge')?.state;
    expect(s).toMatchObject({ Type: 'Map', ItemsPath: '$Input.items', Next: 'Check' });
    expect(s && 'Retry' in s ? s.Retry : undefined).toHaveLength(1);
    expect(s && 'Action' in s).toBe(false);
    expect(r.after).toContain('    Next: Check   # go check\n');
  });

  it('given a Pass, when changed to Fail, then Next goes and Code/Detail are added', () => {
    const r = run(ORDER_FLOW, 'state.changeType', { path: 'Refund', type: 'Fail' });
    expect(findState(r.model!, 'Refund')?.state).toMatchObject({
      Type: 'Fail',
      Code: 'CustomError',
    });
    expect(r.after).toContain('    # refund keeps the original input\n');
    expect(findState(r.model!, 'Refund')?.state).not.toHaveProperty('End');
  });

  it('given the same type, when changing, then it is refused', () => {
    expect(
      roundTrip(ORDER_FLOW, 'state.changeType', { path: 'Hold', type: 'Wait' }).reason,
    ).toMatch(/already a Wait/);
  });
});

describe('state.paste', () => {
  it('given pasted states with clashing names, when pasted, then they are renamed and their references follow', () => {
    const yaml =
      '# copied\n- Type: Pass\n  Name: Check   # keep me\n  Next: Hold\n- Type: Wait\n  Name: Hold\n  Seconds: 1\n  End: true\n';
    const r = run(ORDER_FLOW, 'state.paste', { scope: '', yaml });
    expect(r.after).toContain(
      '  Name: Check1   # keep me\n    Next: Hold1\n'.replace('  Name', '    Name'),
    );
    expect(findState(r.model!, 'Hold1')?.state).toMatchObject({ Seconds: 1 });
    expect(r.selection).toEqual(['Check1', 'Hold1']);
  });

  it('given one state mapping, when pasted into a branch, then it is indented for that branch', () => {
    const r = run(NESTED_FLOW, 'state.paste', {
      scope: 'Fanout/1',
      yaml: 'Type: Pass\nName: Z\nEnd: true\n',
    });
    expect(r.after).toContain(
      '                - Type: Pass\n                  Name: Z\n                  End: true\n',
    );
  });

  it('given text that is not states, when pasting, then it is refused', () => {
    expect(roundTrip(ORDER_FLOW, 'state.paste', { scope: '', yaml: 'a: [' }).reason).toMatch(
      /not valid YAML/,
    );
    expect(roundTrip(ORDER_FLOW, 'state.paste', { scope: '', yaml: '- 1\n' }).reason).toMatch(
      /Name and a Type/,
    );
  });
});
