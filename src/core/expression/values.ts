import type { JsonObject, JsonValue } from '../model/types';

export type JsonTypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** The JSON type of a value, as named in error messages. */
export function typeName(v: JsonValue): JsonTypeName {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as 'boolean' | 'number' | 'string' | 'object';
}

/** Whether a value is a JSON object: not null, not an array. */
export function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An own property of a JSON object, or undefined. Never reads the prototype chain, so
 * `$Input.constructor` or `$Input["__proto__"]` find only data the user put there.
 */
export function getOwn(obj: JsonObject, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Sets `key` as an own, enumerable data property. Unlike `obj[key] = value`, a `__proto__` key
 * becomes ordinary data instead of replacing the prototype: the safe way to build objects from
 * user-controlled keys.
 */
export function setOwn(obj: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A plain object from entries, built with {@link setOwn} (later entries win). */
export function objectFromEntries(entries: Iterable<readonly [string, JsonValue]>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}

/** Deep equality of JSON values: same type, equal numbers/strings, equal items and keys. */
export function deepEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i] as JsonValue));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const other = getOwn(b, k);
    return other !== undefined && deepEqual(a[k] as JsonValue, other);
  });
}

/** A string equal for deep-equal values (object keys sorted): a hash key for `arrayUnique`. */
export function canonicalKey(v: JsonValue): string {
  if (Array.isArray(v)) return `[${v.map(canonicalKey).join(',')}]`;
  if (isJsonObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalKey(v[k] as JsonValue)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Orders strings by Unicode code point (as Go compares UTF-8 bytes), not by UTF-16 code unit,
 * so characters beyond U+FFFF sort after U+E000–U+FFFF as they do in the service.
 */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

/** A JSON value as compact JSON text (object keys in insertion order). */
export function toJsonText(v: JsonValue): string {
  return JSON.stringify(v);
}
