import type { JsonValue } from '../model/types';
import type { BinaryOperator } from './ast';
import type { ExpressionFailure } from './errors';
import { compareStrings, deepEqual, getOwn, isJsonObject, typeName } from './values';

export type OperationResult =
  { ok: true; value: JsonValue } | { ok: false; message: string; failure: ExpressionFailure };

const ok = (value: JsonValue): OperationResult => ({ ok: true, value });
const err = (message: string, failure: ExpressionFailure = 'type'): OperationResult => ({
  ok: false,
  message,
  failure,
});

/**
 * Every binary operator except the short-circuit `&&`/`||`, on evaluated operands. Comparisons
 * follow fdl.md §12 Q6 (mismatched types: unequal, and false for ordering); arithmetic is the
 * undocumented lenient extra: numbers only, except `+` which also joins two strings.
 */
export function binaryOperation(op: BinaryOperator, a: JsonValue, b: JsonValue): OperationResult {
  switch (op) {
    case '==':
      return ok(deepEqual(a, b));
    case '!=':
      return ok(!deepEqual(a, b));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ok(order(op, a, b));
    case 'in':
      return membership(a, b);
    default:
      return arithmetic(op, a, b);
  }
}

function order(op: '<' | '<=' | '>' | '>=', a: JsonValue, b: JsonValue): boolean {
  let c: number;
  if (typeof a === 'number' && typeof b === 'number') c = a - b;
  else if (typeof a === 'string' && typeof b === 'string') c = compareStrings(a, b);
  else return false;
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

function membership(a: JsonValue, b: JsonValue): OperationResult {
  if (Array.isArray(b)) return ok(b.some((v) => deepEqual(v, a)));
  if (isJsonObject(b)) return ok(typeof a === 'string' && getOwn(b, a) !== undefined);
  if (b === null) return ok(false);
  return err(`'in' needs an array or an object on the right, got ${typeName(b)}`);
}

function arithmetic(op: BinaryOperator, a: JsonValue, b: JsonValue): OperationResult {
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return ok(a + b);
  if (typeof a !== 'number' || typeof b !== 'number') {
    const needs = op === '+' ? 'two numbers or two strings' : 'two numbers';
    return err(`'${op}' needs ${needs}, got ${typeName(a)} and ${typeName(b)}`);
  }
  if ((op === '/' || op === '%') && b === 0) return err('division by zero', 'value');
  const value =
    op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
  if (!Number.isFinite(value)) return err(`the result of '${op}' is too large`, 'limit');
  return ok(value === 0 ? 0 : value);
}
