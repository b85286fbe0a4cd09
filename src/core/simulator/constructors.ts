import type { Constructor, JsonObject, JsonValue } from '../model/types';
import { ERR, SimError } from './errors';
import type { EvalEnv, ExpressionCache } from './expressions';
import { isJsonObject, setOwn } from './json';

const SUFFIX = '.$';

/**
 * Builds the object a constructor describes (reference §3.2): a key ending in `.$` takes the
 * value of its expression and loses the suffix; any other key keeps its value literally; nested
 * objects, and objects inside arrays, are processed the same way. The result is fresh plain
 * data: keys like `__proto__` or `constructor` become ordinary own properties, never a
 * prototype change. A `.$` key whose value is not a string is an error (rule 1).
 *
 * @param where the field name used in error messages, e.g. `InputConstructor`.
 * @example construct({ 'b.$': '$Input.x', a: '$Input.x' }, env) // → { b: 5, a: '$Input.x' }
 */
export function construct(
  ctor: Constructor,
  env: EvalEnv,
  exprs: ExpressionCache,
  where: string,
): JsonObject {
  return buildObject(ctor, env, exprs, where);
}

/** Like {@link construct} for any JSON value: objects at any depth are constructed. */
export function constructValue(
  value: JsonValue,
  env: EvalEnv,
  exprs: ExpressionCache,
  where: string,
): JsonValue {
  return buildValue(value, env, exprs, where);
}

function buildObject(
  source: JsonObject,
  env: EvalEnv,
  exprs: ExpressionCache,
  where: string,
): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(source)) {
    const value = source[key] as JsonValue;
    const field = `${where}.${key}`;
    if (key.endsWith(SUFFIX)) {
      if (typeof value !== 'string') {
        throw new SimError(
          ERR.expression,
          `${field}: the value of a key ending in '.$' must be an expression string, got ${describe(value)}`,
        );
      }
      setOwn(out, key.slice(0, -SUFFIX.length), exprs.evaluate(value, env, field));
    } else {
      setOwn(out, key, buildValue(value, env, exprs, field));
    }
  }
  return out;
}

function buildValue(
  value: JsonValue,
  env: EvalEnv,
  exprs: ExpressionCache,
  where: string,
): JsonValue {
  if (Array.isArray(value)) {
    return value.map((v, i) => buildValue(v, env, exprs, `${where}[${i}]`));
  }
  if (isJsonObject(value)) return buildObject(value, env, exprs, where);
  return value;
}

/** A short description of a JSON value's type for messages. */
export function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
