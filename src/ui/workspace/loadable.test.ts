import { describe, expect, it } from 'vitest';
import { loadable } from './loadable';

describe('loadable', () => {
  it('loads once and is readable synchronously after', async () => {
    // given a module that counts its loads
    let loads = 0;
    const m = loadable(async () => {
      loads++;
      return { value: 42 };
    });
    expect(m.peek()).toBeUndefined();
    // when loaded twice
    const [a, b] = await Promise.all([m.load(), m.load()]);
    // then one load, the same value, readable at once
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(m.peek()).toEqual({ value: 42 });
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const m = loadable(async () => {
      attempt++;
      if (attempt === 1) throw new Error('offline');
      return 'ok';
    });
    await expect(m.load()).rejects.toThrow('offline');
    expect(m.peek()).toBeUndefined();
    await expect(m.load()).resolves.toBe('ok');
    expect(attempt).toBe(2);
  });
});
