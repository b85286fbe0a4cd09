import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource } from '../../core';
import { navigate, type NavKey, type NavMemo } from './canvasNavigation';

const FLOW = `Type: StateMachine
SpecVersion: v1
StartAt: Start
States:
  - Type: Pass
    Name: Start
    Next: Route
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.a == 1
        Next: One
      - Condition: $Input.a == 2
        Next: Two
    Default: Other
  - Type: Pass
    Name: One
    Next: Fan
  - Type: Pass
    Name: Two
    Next: Fan
  - Type: Pass
    Name: Other
    Next: Fan
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: A1
        States:
          - Type: Pass
            Name: A1
            Next: A2
          - Type: Pass
            Name: A2
            End: true
      - StartAt: B1
        States:
          - Type: Map
            Name: B1
            ItemsPath: $Input.items
            Processor:
              StartAt: Item
              States:
                - Type: Pass
                  Name: Item
                  End: true
            End: true
    Next: Call
  - Type: Task
    Name: Call
    Action: HTTP:Request
    Parameters:
      url: https://example.com
      method: GET
    Catch:
      - Errors: [FnF.ALL]
        Next: Recover
    End: true
  - Type: Pass
    Name: Recover
    End: true
`;

const graph = (() => {
  const model = parseSource(FLOW).model;
  if (!model) throw new Error('FLOW does not parse');
  return deriveGraph(model);
})();

/** Presses keys from a state; returns each focused state. */
function walk(from: string, keys: NavKey[]): (string | null)[] {
  let at = from;
  let memo: NavMemo | null = null;
  return keys.map((k) => {
    const step = navigate(graph, at, k, memo);
    if (!step) return null;
    at = step.to;
    memo = step.memo;
    return at;
  });
}

describe('canvas keyboard navigation', () => {
  it('Down follows Next', () => {
    expect(walk('Start', ['down'])).toEqual(['Route']);
    expect(walk('One', ['down', 'down'])).toEqual(['Fan', 'Call']);
  });

  it('on a Choice, Left/Right cycle its branch targets and Default', () => {
    // given the focus on the Choice; when Down then Right presses
    expect(walk('Route', ['down', 'right', 'right', 'right', 'left'])).toEqual([
      'One',
      'Two',
      'Other',
      'One',
      'Other',
    ]);
    // repeated Right presses from the Choice itself
    expect(walk('Route', ['right', 'right', 'right'])).toEqual(['One', 'Two', 'Other']);
  });

  it('Up goes back to where the focus came from, else the first predecessor', () => {
    expect(walk('Route', ['down', 'right', 'up'])).toEqual(['One', 'Two', 'Route']);
    // Fan has three predecessors: without history Up takes the first in document order
    expect(walk('Fan', ['up'])).toEqual(['One']);
    expect(walk('Start', ['up'])).toEqual([null]);
  });

  it('Enter descends into a Parallel; Left/Right cycle its branches; Up and Escape ascend', () => {
    expect(walk('Fan', ['enter', 'right', 'left'])).toEqual(['Fan/0/A1', 'Fan/1/B1', 'Fan/0/A1']);
    expect(walk('Fan', ['enter', 'up'])).toEqual(['Fan/0/A1', 'Fan']);
    expect(walk('Fan', ['enter', 'down', 'escape'])).toEqual(['Fan/0/A1', 'Fan/0/A2', 'Fan']);
    // the first state of a branch, reached otherwise: Up ascends to the container
    expect(walk('Fan/0/A1', ['up'])).toEqual(['Fan']);
  });

  it('Enter descends into a Map processor, nested in a Parallel branch', () => {
    expect(walk('Fan/1/B1', ['enter', 'escape', 'escape'])).toEqual([
      'Fan/1/B1/Item',
      'Fan/1/B1',
      'Fan',
    ]);
  });

  it('Down on a Task with a Catch takes Next or, when it ends, the Catch target', () => {
    expect(walk('Call', ['down', 'up'])).toEqual(['Recover', 'Call']);
  });

  it('Enter on a plain state and Escape at the top level go nowhere', () => {
    expect(walk('Start', ['enter'])).toEqual([null]);
    expect(walk('Start', ['escape'])).toEqual([null]);
  });
});
