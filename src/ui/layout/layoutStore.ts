import type { EdgeLayout, LayoutResult, NodeLayout } from '../../core';

/** Layouts kept across page loads, so a workflow opened again is drawn without waiting for elk. */
export interface LayoutStore {
  get(key: string): LayoutResult | undefined;
  put(result: LayoutResult): void;
}

/** What the store needs of `localStorage` (a Map-backed stand-in in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LayoutStoreOptions {
  /** Layouts remembered (most recently stored first out). */
  entries?: number;
  /** A layout whose JSON is longer is not stored (localStorage holds a few MB per origin). */
  maxChars?: number;
  prefix?: string;
}

interface Stored {
  key: string;
  direction: LayoutResult['direction'];
  width: number;
  height: number;
  nodes: [string, NodeLayout][];
  edges: [string, EdgeLayout][];
}

/** FNV-1a (32 bits) and the length: a short slot name for a long structure key. */
function slotOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${key.length.toString(36)}`;
}

/**
 * A layout store over `localStorage`-like storage. Best effort: storage that is missing, full or
 * corrupt only means a miss (the worker lays out as usual). A slot holds the full key, so a hash
 * collision is a miss too, never a wrong layout.
 */
export function createLayoutStore(
  storage: StorageLike | null,
  options: LayoutStoreOptions = {},
): LayoutStore {
  const entries = options.entries ?? 4;
  const maxChars = options.maxChars ?? 1_500_000;
  const prefix = options.prefix ?? 'fdl-studio.layout.';
  const indexKey = `${prefix}index`;

  const readIndex = (): string[] => {
    try {
      const raw = storage?.getItem(indexKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
    } catch {
      return [];
    }
  };

  return {
    get(key) {
      if (!storage) return undefined;
      const slot = slotOf(key);
      if (!readIndex().includes(slot)) return undefined;
      try {
        const raw = storage.getItem(prefix + slot);
        if (!raw) return undefined;
        const s = JSON.parse(raw) as Stored;
        if (s.key !== key) return undefined;
        return { ...s, nodes: new Map(s.nodes), edges: new Map(s.edges) };
      } catch {
        return undefined;
      }
    },
    put(result) {
      if (!storage) return;
      const stored: Stored = {
        ...result,
        nodes: [...result.nodes],
        edges: [...result.edges],
      };
      const json = JSON.stringify(stored);
      if (json.length > maxChars) return;
      const slot = slotOf(result.key);
      const index = readIndex().filter((s) => s !== slot);
      index.push(slot);
      try {
        while (index.length > entries) storage.removeItem(prefix + (index.shift() as string));
        storage.setItem(prefix + slot, json);
        storage.setItem(indexKey, JSON.stringify(index));
      } catch {
        // Full or unavailable: this layout is simply not remembered.
      }
    },
  };
}

/**
 * The page's store over `localStorage` (or one that remembers nothing without it). Writes wait
 * for idle time: serialising a large layout must not delay the chart it was computed for.
 */
export function browserLayoutStore(): LayoutStore {
  let storage: StorageLike | null = null;
  try {
    storage = globalThis.localStorage ?? null;
  } catch {
    // Storage blocked (privacy settings): no persistence.
  }
  const store = createLayoutStore(storage);
  const later: (fn: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (fn) => requestIdleCallback(fn, { timeout: 5000 })
      : (fn) => setTimeout(fn, 500);
  return { get: (key) => store.get(key), put: (result) => later(() => store.put(result)) };
}
