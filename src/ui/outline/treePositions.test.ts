import { describe, expect, it } from 'vitest';
import { treePositions } from './treePositions';

describe('treePositions', () => {
  it('given no rows, then empty', () => {
    expect(treePositions([])).toEqual({ setSize: [], posInSet: [] });
  });

  it('given a flat list, then one set of all rows', () => {
    expect(treePositions([0, 0, 0])).toEqual({ setSize: [3, 3, 3], posInSet: [1, 2, 3] });
  });

  it('given nested states, then siblings share their parent, and a set resumes after a child', () => {
    // A, P(container) with children x, y (and z under y), then B at the top again
    const depths = [0, 0, 1, 1, 2, 0];
    expect(treePositions(depths)).toEqual({
      setSize: [3, 3, 2, 2, 1, 3],
      posInSet: [1, 2, 1, 2, 1, 3],
    });
  });

  it('given two containers, then their children form separate sets', () => {
    const depths = [0, 1, 1, 1, 0, 1];
    expect(treePositions(depths)).toEqual({
      setSize: [2, 3, 3, 3, 2, 1],
      posInSet: [1, 1, 2, 3, 2, 1],
    });
  });
});
