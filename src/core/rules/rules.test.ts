import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StateMachine } from '../model/types';
import { NESTED_FLOW, ORDER_FLOW } from '../commands/testing/fixtures';
import { canChangeType, canConnect, canDelete, canDrop, canRename } from './index';

const order = parse(ORDER_FLOW) as StateMachine;
const nested = parse(NESTED_FLOW) as StateMachine;

describe('canConnect', () => {
  it('given siblings, then Next is allowed', () => {
    expect(canConnect(order, 'Validate', 'Hold')).toBe(true);
    expect(canConnect(nested, 'Fanout/0/B', 'Fanout/0/A')).toBe(true);
  });
  it('given what the UI must prevent, then each has a reason', () => {
    expect(canConnect(nested, 'Fanout/0/A', 'Fanout/1/C')).toMatch(
      /cannot leave its scope.*branch 0 of “Fanout”.*branch 1 of “Fanout”/,
    );
    expect(canConnect(order, 'Done', 'Hold')).toMatch(/Succeed/);
    expect(canConnect(order, 'Failed', 'Hold')).toMatch(/Fail/);
    expect(canConnect(order, 'Check', 'Hold', 'next')).toMatch(/Choice state has no Next/);
    expect(canConnect(order, 'Check', 'Hold', 'branch')).toBe(true);
    expect(canConnect(order, 'Hold', 'Check', 'default')).toMatch(/Only a Choice/);
    expect(canConnect(order, 'Hold', 'Check', 'catch')).toMatch(/cannot catch errors/);
    expect(canConnect(order, 'Hold', 'Hold')).toMatch(/itself/);
    expect(canConnect(order, 'Nope', 'Hold')).toMatch(/no state “Nope”/);
  });
});

describe('canDelete / canDrop / canChangeType / canRename', () => {
  it('given the only state of a branch, then it cannot be deleted or moved out', () => {
    expect(canDelete(nested, 'Fanout/1/C')).toMatch(/only state/);
    expect(canDelete(nested, 'Fanout/0/A')).toBe(true);
    expect(canDrop(nested, { path: 'Fanout/1/C' }, '')).toMatch(/only state/);
  });
  it('given drop targets, then containers accept and others explain', () => {
    expect(canDrop(nested, { type: 'Task' }, 'Fanout/1')).toBe(true);
    expect(canDrop(nested, { type: 'Task' }, 'EachItem')).toBe(true);
    expect(canDrop(order, { type: 'Task' }, 'Hold')).toMatch(/Wait, not a container/);
    expect(canDrop(nested, { type: 'Task' }, 'Fanout')).toMatch(/one of the branches/);
    expect(canDrop(nested, { type: 'Task' }, 'Fanout/7')).toMatch(/no place/);
    expect(canDrop(nested, { path: 'EachItem' }, '')).toBe(true);
    expect(canDrop(nested, { path: 'EachItem' }, 'EachItem')).toMatch(/own nested flow/);
    expect(canDrop(nested, { path: 'Fanout' }, 'Fanout/1')).toMatch(/own nested flow/);
  });
  it('given a name clash in the target scope, then the drop is refused', () => {
    const clash = parse(
      NESTED_FLOW.replace('Name: Resize', 'Name: A').replace('StartAt: Resize', 'StartAt: A'),
    ) as StateMachine;
    expect(canDrop(clash, { path: 'Fanout/0/A' }, 'EachItem')).toMatch(
      /already has a state named “A”/,
    );
  });
  it('given types, then unknown and same types are refused', () => {
    expect(canChangeType(order, 'Hold', 'Pass')).toBe(true);
    expect(canChangeType(order, 'Hold', 'Wait')).toMatch(/already a Wait/);
    expect(canChangeType(order, 'Hold', 'Sleep')).toMatch(/not a state type/);
  });
  it('given names, then empty, padded, multi-line and duplicate names are refused', () => {
    expect(canRename(order, 'Hold', 'Pause')).toBe(true);
    expect(canRename(order, 'Hold', ' ')).toMatch(/needs a name/);
    expect(canRename(order, 'Hold', ' P')).toMatch(/spaces/);
    expect(canRename(order, 'Hold', 'a\nb')).toMatch(/one line/);
    expect(canRename(order, 'Hold', 'Check')).toMatch(/already exists in the top level/);
  });
});
