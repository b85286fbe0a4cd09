import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../core';
import { createLayoutStore, type StorageLike } from './layoutStore';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const result = (key: string, x = 1): LayoutResult => ({
  key,
  direction: 'DOWN',
  width: 100,
  height: 50,
  nodes: new Map([['A', { x, y: 2, absX: x, absY: 2, width: 10, height: 5 }]]),
  edges: new Map([['e', { points: [{ x: 0, y: 0 }] }]]),
});

describe('createLayoutStore', () => {
  it('given a stored layout, when read back by its key, then it equals what was stored (Maps restored)', () => {
    const store = createLayoutStore(memoryStorage());
    store.put(result('DOWN|a'));
    const back = store.get('DOWN|a');
    expect(back).toEqual(result('DOWN|a'));
    expect(back?.nodes).toBeInstanceOf(Map);
    expect(store.get('DOWN|b')).toBeUndefined();
  });

  it('given more layouts than entries, when stored, then the oldest is forgotten and its slot removed', () => {
    const storage = memoryStorage();
    const store = createLayoutStore(storage, { entries: 2 });
    store.put(result('k1'));
    store.put(result('k2'));
    store.put(result('k3'));
    expect(store.get('k1')).toBeUndefined();
    expect(store.get('k2')).toBeDefined();
    expect(store.get('k3')).toBeDefined();
    expect(storage.data.size).toBe(3); // two slots and the index
  });

  it('given a layout longer than maxChars, when stored, then it is not kept', () => {
    const store = createLayoutStore(memoryStorage(), { maxChars: 50 });
    store.put(result('big'));
    expect(store.get('big')).toBeUndefined();
  });

  it('given corrupt, failing or missing storage, when used, then it misses without throwing', () => {
    const storage = memoryStorage();
    const store = createLayoutStore(storage);
    store.put(result('k'));
    for (const k of storage.data.keys())
      if (k.endsWith('index') === false) storage.data.set(k, '{');
    expect(store.get('k')).toBeUndefined();
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => createLayoutStore(full).put(result('k'))).not.toThrow();
    expect(createLayoutStore(null).get('k')).toBeUndefined();
  });
});
