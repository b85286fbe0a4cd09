/**
 * Differences between two plain-data values (JSON-safe: objects, arrays, strings, numbers,
 * booleans, null), and their application with structural sharing: what did not change keeps its
 * identity. The derive worker posts a patch against a derivation the main thread already holds
 * instead of the whole derivation: after a value typed at 5,000 states the whole one is ~2 MB of
 * JSON to read, and every chart node, diagnostic and model object in it would be new, so every
 * consumer compares them deeply; with a patch, only the changed state's objects are new.
 */

/**
 * A change: replace the value (`s`), or change some values of an object with the same keys in
 * the same order (`o`), or some items of an array of the same length (`a`).
 */
export type PlainPatch =
  { s: unknown } | { o: Record<string, PlainPatch> } | { a: Record<string, PlainPatch> };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The patch that turns `base` into `next`, or undefined when they are equal. Identical
 * references are not looked into (a derivation shares the objects of the previous one that did
 * not change). Arrays of different lengths, and objects with other keys, are replaced whole.
 */
export function diffPlain(base: unknown, next: unknown): PlainPatch | undefined {
  if (base === next) return undefined;
  if (Array.isArray(base) && Array.isArray(next)) {
    if (base.length !== next.length) return { s: next };
    let items: Record<string, PlainPatch> | undefined;
    for (let i = 0; i < next.length; i++) {
      const p = diffPlain(base[i], next[i]);
      if (p) (items ??= {})[i] = p;
    }
    return items && { a: items };
  }
  if (isRecord(base) && isRecord(next)) {
    // Other keys, or the same keys in another order: replaced whole, so that what is applied
    // is the new value exactly (key order shows in JSON and in iteration).
    const names = Object.keys(next);
    const before = Object.keys(base);
    if (names.length !== before.length || names.some((k, i) => k !== before[i])) return { s: next };
    let keys: Record<string, PlainPatch> | undefined;
    for (const k of names) {
      const p = diffPlain(base[k], next[k]);
      // defineProperty: a key such as "__proto__" stays a plain own key.
      if (p) Object.defineProperty((keys ??= {}), k, { value: p, enumerable: true });
    }
    return keys && { o: keys };
  }
  // Different primitives, or different kinds (NaN and -0 never reach here: bodies are JSON).
  return { s: next };
}

/**
 * `base` with `patch` applied, copying only the objects and arrays on the way to a change; the
 * rest is shared with `base`, which is not modified. Throws on a patch that does not fit.
 */
export function applyPlain(base: unknown, patch: PlainPatch | undefined): unknown {
  if (!patch) return base;
  if ('s' in patch) return patch.s;
  if ('a' in patch) {
    if (!Array.isArray(base)) throw new Error('applyPlain: an item patch for a non-array');
    const out = base.slice();
    for (const i in patch.a) {
      const at = Number(i);
      if (!Number.isInteger(at) || at < 0 || at >= out.length)
        throw new Error(`applyPlain: no item ${i}`);
      out[at] = applyPlain(out[at], patch.a[i]);
    }
    return out;
  }
  if (!isRecord(base)) throw new Error('applyPlain: a key patch for a non-object');
  const out: Record<string, unknown> = { ...base };
  for (const k of Object.keys(patch.o)) {
    if (!Object.prototype.hasOwnProperty.call(base, k)) throw new Error(`applyPlain: no key ${k}`);
    // defineProperty: a key such as "__proto__" stays a plain own key.
    Object.defineProperty(out, k, {
      value: applyPlain(out[k], patch.o[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
