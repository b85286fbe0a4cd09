/**
 * Comparison of filter operands (RFC 9535 §2.3.5.2.2). Operands are JSON values or Nothing
 * (`undefined`, from a singular query that selects nothing or a function that yields Nothing).
 */
import type { JsonValue } from '../model/types';
import type { ComparisonOp } from './ast';

type Operand = JsonValue | undefined;

const isObject = (v: JsonValue): v is { [key: string]: JsonValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Deep equality of JSON values: numbers by value, arrays element-wise, objects by member
 * names and values regardless of order. Iterative, so deep documents cannot overflow the stack.
 */
export function jsonEquals(a: JsonValue, b: JsonValue): boolean {
  const stack: [JsonValue, JsonValue][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [JsonValue, JsonValue];
    if (x === y) continue;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i] as JsonValue, y[i] as JsonValue]);
    } else if (isObject(x)) {
      if (!isObject(y)) return false;
      const keys = Object.keys(x);
      if (keys.length !== Object.keys(y).length) return false;
      for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
        stack.push([x[k] as JsonValue, y[k] as JsonValue]);
      }
    } else {
      return false; // distinct primitives (=== already failed)
    }
  }
  return true;
}

/** String order by Unicode scalar values, not UTF-16 code units. */
export function codePointLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      // At the first differing unit both strings share the same prefix, so reading the full
      // code point here orders surrogate pairs above U+E000–U+FFFF as Unicode does.
      return (a.codePointAt(i) ?? 0) < (b.codePointAt(i) ?? 0);
    }
  }
  return a.length < b.length;
}

function equals(a: Operand, b: Operand): boolean {
  if (a === undefined || b === undefined) return a === b;
  return jsonEquals(a, b);
}

function less(a: Operand, b: Operand): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return codePointLess(a, b);
  return false;
}

/** Applies a comparison operator with the RFC's rules (Nothing, mixed types, deep equality). */
export function compareValues(op: ComparisonOp, a: Operand, b: Operand): boolean {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '<':
      return less(a, b);
    case '<=':
      return less(a, b) || equals(a, b);
    case '>':
      return less(b, a);
    case '>=':
      return less(b, a) || equals(a, b);
  }
}
