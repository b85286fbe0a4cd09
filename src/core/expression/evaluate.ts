import type { JsonValue } from '../model/types';
import type { Expr } from './ast';
import { ExpressionEvalError } from './errors';
import { evaluateExpression, type EvalEnv } from './evaluateExpression';
import { parseExpression } from './parseExpression';

const CACHE_LIMIT = 500;
const cache = new Map<string, Expr | ExpressionEvalError>();

/**
 * Parses (with a small cache of the last 500 distinct texts) and evaluates an expression. Throws
 * {@link ExpressionEvalError}: failure `syntax` when the text has any parse or check error (the
 * first one is reported, with its range), otherwise whatever evaluation throws.
 */
export function evaluate(source: string, env: EvalEnv): JsonValue {
  let entry = cache.get(source);
  if (entry === undefined) {
    const { ast, errors } = parseExpression(source);
    const first = errors[0];
    entry =
      ast && !first
        ? ast
        : new ExpressionEvalError(
            first?.message ?? 'not an expression',
            'syntax',
            first?.start ?? 0,
            first?.end ?? source.length,
          );
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(source, entry);
  }
  if (entry instanceof ExpressionEvalError) {
    throw new ExpressionEvalError(entry.message, entry.failure, entry.start, entry.end);
  }
  return evaluateExpression(entry, env);
}

/**
 * Evaluates a Choice `Condition`: the result must be a boolean (fdl.md §2.4), otherwise an
 * {@link ExpressionEvalError} of failure `type` is thrown.
 */
export function evaluateCondition(ast: Expr, env: EvalEnv): boolean {
  const value = evaluateExpression(ast, env);
  if (typeof value === 'boolean') return value;
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ExpressionEvalError(
    `a condition must be true or false, got ${got}`,
    'type',
    ast.start,
    ast.end,
  );
}
