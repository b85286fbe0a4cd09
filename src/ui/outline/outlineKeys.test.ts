import { describe, expect, it } from 'vitest';
import { nextActive } from './outlineKeys';

describe('nextActive', () => {
  it('given an active row, then arrows step and stop at the ends', () => {
    expect(nextActive('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextActive('ArrowUp', 3, 10, 5)).toBe(2);
    expect(nextActive('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextActive('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('given Home, End and pages, then the ends and a page, clamped', () => {
    expect(nextActive('Home', 7, 10, 5)).toBe(0);
    expect(nextActive('End', 2, 10, 5)).toBe(9);
    expect(nextActive('PageDown', 2, 10, 5)).toBe(7);
    expect(nextActive('PageDown', 7, 10, 5)).toBe(9);
    expect(nextActive('PageUp', 7, 10, 5)).toBe(2);
    expect(nextActive('PageUp', 2, 10, 5)).toBe(0);
    expect(nextActive('PageDown', 2, 10, 0)).toBe(3);
  });

  it('given no active row, then a move lands on the fallback, Home and End on the ends', () => {
    expect(nextActive('ArrowDown', -1, 10, 5, 4)).toBe(4);
    expect(nextActive('PageUp', -1, 10, 5)).toBe(0);
    expect(nextActive('Home', -1, 10, 5, 4)).toBe(0);
    expect(nextActive('End', -1, 10, 5, 4)).toBe(9);
    expect(nextActive('ArrowDown', 12, 10, 5, 40)).toBe(9);
  });

  it('given another key or an empty list, then no move', () => {
    expect(nextActive('a', 3, 10, 5)).toBeNull();
    expect(nextActive('Enter', 3, 10, 5)).toBeNull();
    expect(nextActive('Tab', -1, 10, 5)).toBeNull();
    expect(nextActive('ArrowDown', -1, 0, 5)).toBeNull();
  });
});
