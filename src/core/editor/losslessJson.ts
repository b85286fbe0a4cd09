/**
 * JSON for plain data crossing threads. `postMessage`'s structured clone of a large object graph
 * (a 5,000-state model, its graph and diagnostics) costs the receiving thread several times what
 * `JSON.parse` of the same data does, and the receiver here is the main thread, where every
 * millisecond delays the next keystroke's echo. JSON is used only when it is lossless.
 */

/**
 * `value` as JSON, or null when JSON would change it: a number JSON cannot write (NaN, ±Infinity,
 * -0, which YAML's `.nan`, `.inf` and `-0` produce), `undefined` (JSON drops the key, or writes
 * null in an array), or an object that is not a plain object or array (a class instance, a
 * typed array, a Map, anything with its own `toJSON`).
 */
export function losslessJson(value: unknown): string | null {
  let lossy = false;
  const json = JSON.stringify(value, function check(this: unknown, key: string, v: unknown) {
    if (lossy) return undefined;
    // The replacer sees a value after its toJSON ran (a Date's, or any object's own).
    const own = (this as Record<string, unknown>)[key];
    if (own !== v && !(typeof v === 'number' && Number.isNaN(v))) lossy = true;
    switch (typeof v) {
      case 'number':
        if (!Number.isFinite(v) || Object.is(v, -0)) lossy = true;
        return v;
      case 'undefined':
      case 'function':
      case 'symbol':
      case 'bigint':
        lossy = true;
        return undefined;
      case 'object': {
        if (v === null) return v;
        const proto: unknown = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) lossy = true;
        return v;
      }
      default:
        return v;
    }
  });
  return lossy || json === undefined ? null : json;
}
