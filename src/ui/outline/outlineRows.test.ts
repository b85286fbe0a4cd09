import { describe, expect, it } from 'vitest';
import { parseSource } from '../../core';
import { outlineRows } from './outlineRows';

// A Parallel whose first branch holds a Map (with its processor), then a top-level state.
const nested = `Type: StateMachine
SpecVersion: v1
StartAt: P
States:
  - Type: Parallel
    Name: P
    Next: Z
    Branches:
      - StartAt: M
        States:
          - Type: Map
            Name: M
            Next: A
            ItemsPath: $Input.items
            Processor:
              StartAt: Item
              States:
                - Type: Pass
                  Name: Item
                  End: true
          - Type: Pass
            Name: A
            End: true
      - StartAt: B
        States:
          - Type: Succeed
            Name: B
  - Type: Succeed
    Name: Z
`;

describe('outlineRows', () => {
  it('given no model, then no rows', () => {
    expect(outlineRows(null)).toEqual([]);
  });

  it('given nested states, then each container is followed by its states, branch by branch', () => {
    const model = parseSource(nested).model;
    expect(model).toBeTruthy();
    const rows = outlineRows(model ?? null);
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.name} ${r.type}`)).toEqual([
      'P Parallel',
      '  M Map',
      '    Item Pass',
      '  A Pass',
      '  B Succeed',
      'Z Succeed',
    ]);
    // every state once, with the path selection uses
    expect(new Set(rows.map((r) => r.path)).size).toBe(6);
    expect(rows[0]?.path).toBe('P');
    expect(rows[5]?.path).toBe('Z');
  });
});
