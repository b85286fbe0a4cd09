import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StateMachine } from '../model/types';
import { deriveGraph } from './deriveGraph';
import { structureKey } from './structureKey';

const base = `
Type: StateMachine
SpecVersion: v1
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.n > 1
        Next: Big
    Default: Small
  - Type: Task
    Name: Big
    Action: FC:InvokeFunction
    Parameters:
      invocationType: Sync
    Catch:
      - Errors: [FnF.ALL]
        Next: Small
    End: true
  - Type: Map
    Name: Small
    ItemsPath: $Input.items
    Processor:
      StartAt: Each
      States:
        - Type: Pass
          Name: Each
          End: true
    End: true
`;
const keyOf = (text: string, collapsed?: Set<string>) =>
  structureKey(deriveGraph(parse(text) as StateMachine, collapsed ? { collapsed } : {}));

describe('structureKey', () => {
  const before = keyOf(base);

  it.each([
    ['a Condition text', '$Input.n > 1', '$Input.n > 100000'],
    ['a Parameter value', 'invocationType: Sync', 'invocationType: Async'],
    ['an Action', 'Action: FC:InvokeFunction', 'Action: HTTP:Request'],
    ['the Catch error names', 'Errors: [FnF.ALL]', 'Errors: [FnF.Timeout, X]'],
    ['the ItemsPath', 'ItemsPath: $Input.items', 'ItemsPath: $Input.other'],
  ])('given a change of %s only, when keyed, then the key is unchanged', (_what, from, to) => {
    expect(base.includes(from)).toBe(true);
    expect(keyOf(base.replace(from, to))).toBe(before);
  });

  it.each([
    ['a Default target', 'Default: Small', 'Default: Big'],
    ['a state name', 'Name: Each\n', 'Name: Each2\n'],
    ['a type', 'Type: Pass', 'Type: Succeed'],
    ['the start state', 'StartAt: Route', 'StartAt: Big'],
    [
      'a new Choice branch',
      '    Default: Small',
      '      - Condition: x\n        Next: Small\n    Default: Small',
    ],
  ])('given a change of %s, when keyed, then the key changes', (_what, from, to) => {
    expect(base.includes(from)).toBe(true);
    expect(keyOf(base.replace(from, to))).not.toBe(before);
  });

  it('given a container collapsed, when keyed, then the key changes', () => {
    expect(keyOf(base, new Set(['Small']))).not.toBe(before);
    expect(keyOf(base, new Set(['Route']))).toBe(before);
  });
});
