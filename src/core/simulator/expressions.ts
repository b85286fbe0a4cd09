import {
  evaluateExpression,
  parseExpression,
  ExpressionEvalError,
  type EvalEnv,
  type Expr,
} from '../expression';
import type { JsonValue } from '../model/types';
import { ERR, SimError } from './errors';

export type { EvalEnv };

/**
 * Evaluates expression strings for one run. Each distinct source text is parsed once (a Map
 * over 10,000 items evaluates the same few expressions 10,000 times). Every failure becomes a
 * state error `FnF.ExpressionError` whose detail names the field: Retry and Catch see it like
 * any other error.
 */
export class ExpressionCache {
  private readonly asts = new Map<string, Expr | string>();

  /** Evaluates `source` in `env`; `where` names the field for messages (`InputConstructor.a.$`). */
  evaluate(source: string, env: EvalEnv, where: string): JsonValue {
    let ast = this.asts.get(source);
    if (ast === undefined) {
      const parsed = parseExpression(source);
      ast =
        parsed.ast && parsed.errors.length === 0
          ? parsed.ast
          : (parsed.errors[0]?.message ?? 'not an expression');
      this.asts.set(source, ast);
    }
    if (typeof ast === 'string') {
      throw new SimError(ERR.expression, `${where}: cannot parse ${quote(source)}: ${ast}`);
    }
    try {
      return evaluateExpression(ast, env);
    } catch (e) {
      const message =
        e instanceof ExpressionEvalError || e instanceof Error ? e.message : String(e);
      throw new SimError(ERR.expression, `${where}: ${quote(source)}: ${message}`);
    }
  }
}

function quote(source: string): string {
  return source.length > 80 ? `'${source.slice(0, 77)}...'` : `'${source}'`;
}
