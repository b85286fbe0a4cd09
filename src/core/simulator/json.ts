import type { JsonObject, JsonValue } from '../model/types';

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an own property without ever touching the prototype: `__proto__` as a key would
 * otherwise call the setter and replace the object's prototype.
 */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * Deep-copies a value into plain JSON data. Values from outside the interpreter (the execution
 * input, mocks, callback reports) pass through here, so nothing the caller keeps can change a
 * run, and nothing that is not JSON (functions, undefined, cycles, non-finite numbers) gets in.
 * Throws a TypeError naming the offending path.
 */
export function cloneJson(value: unknown, path = '$', seen: Set<object> = new Set()): JsonValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
      return value;
    case 'object': {
      if (seen.has(value)) throw new TypeError(`${path} contains a cycle`);
      seen.add(value);
      let out: JsonValue;
      if (Array.isArray(value)) {
        out = value.map((v, i) => cloneJson(v, `${path}[${i}]`, seen));
      } else {
        const obj: JsonObject = {};
        for (const key of Object.keys(value)) {
          const v = (value as Record<string, unknown>)[key];
          if (v === undefined) continue;
          setOwn(obj, key, cloneJson(v, `${path}.${key}`, seen));
        }
        out = obj;
      }
      seen.delete(value);
      return out;
    }
    default:
      throw new TypeError(`${path} is not JSON (${typeof value})`);
  }
}

/** Size in bytes of the UTF-8 encoding of a string, without allocating it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The payload limit of state inputs and outputs (reference §6): 64 KiB. */
export const PAYLOAD_LIMIT_BYTES = 64 * 1024;

/** Serialised size of a JSON value in bytes. */
export function jsonSize(value: JsonValue): number {
  return utf8Length(JSON.stringify(value));
}
