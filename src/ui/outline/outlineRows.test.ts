import { describe, expect, it } from 'vitest';
import { parseSource } from '../../core';
import { TREE_FLOW } from '../../core/commands/testing/fixtures';
import { outlineRows } from './outlineRows';

const nested = TREE_FLOW;

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
