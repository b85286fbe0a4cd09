import type { JsonObject, JsonValue } from '../model/types';
import type { ExpressionFailure } from './errors';
import { isJsonObject, typeName } from './values';

/** What a built-in function may use besides its arguments. */
export interface CallContext {
  readonly name: string;
  /** Uniform in [0, 1); seeded by the caller for deterministic runs. */
  random(): number;
  /** Throws the typed evaluation error, located at argument `arg` (or at the call). */
  fail(message: string, failure: ExpressionFailure, arg?: number): never;
}

/** A built-in function: arguments are evaluated left to right before the call. */
export type Builtin = (args: readonly JsonValue[], ctx: CallContext) => JsonValue;

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth'];

function wrongType(ctx: CallContext, i: number, expected: string, got: JsonValue): never {
  const which = ORDINAL[i] ?? `argument ${i + 1}`;
  return ctx.fail(
    `${ctx.name}: the ${which} argument must be ${expected}, got ${typeName(got)}`,
    'type',
    i,
  );
}

function arg(args: readonly JsonValue[], i: number): JsonValue {
  return args[i] ?? null;
}

/** Argument `i` as a string, or a located type failure naming the function and argument. */
export function stringArg(args: readonly JsonValue[], i: number, ctx: CallContext): string {
  const v = arg(args, i);
  return typeof v === 'string' ? v : wrongType(ctx, i, 'a string', v);
}

/** Argument `i` as a safe integer (a number with no fraction), or a located type failure. */
export function integerArg(args: readonly JsonValue[], i: number, ctx: CallContext): number {
  const v = arg(args, i);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  return wrongType(ctx, i, 'an integer', v);
}

/** Argument `i` as an array, or a located type failure. */
export function arrayArg(args: readonly JsonValue[], i: number, ctx: CallContext): JsonValue[] {
  const v = arg(args, i);
  return Array.isArray(v) ? v : wrongType(ctx, i, 'an array', v);
}

/** Argument `i` as a JSON object (not an array, not null), or a located type failure. */
export function objectArg(args: readonly JsonValue[], i: number, ctx: CallContext): JsonObject {
  const v = arg(args, i);
  return isJsonObject(v) ? v : wrongType(ctx, i, 'an object', v);
}

/** Fails with a type error naming the accepted types of argument `i`. */
export function rejectArg(
  args: readonly JsonValue[],
  i: number,
  ctx: CallContext,
  expected: string,
): never {
  return wrongType(ctx, i, expected, arg(args, i));
}

/** A safe integer result, or a located `limit` failure. */
export function integerResult(n: number, ctx: CallContext): number {
  if (Number.isSafeInteger(n)) return n;
  return ctx.fail(`${ctx.name}: the result ${n} is outside the safe integer range`, 'limit');
}
