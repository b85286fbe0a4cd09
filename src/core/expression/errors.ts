/**
 * A problem found while parsing or checking an expression. `start`/`end` are offsets into the
 * expression string (callers add the offset of the YAML scalar). Parse errors are values: the
 * parser never throws on user text.
 */
export interface ExpressionError {
  message: string;
  /** What kind of problem; always set by `parseExpression` (optional for hand-made errors). */
  kind?: ExpressionErrorKind;
  start: number;
  end: number;
  /** A replacement for `[start, end)` that fixes the problem, when there is an obvious one. */
  fix?: string;
}

/**
 * `syntax`: the text is not an expression; `limit`: too long, nested or complex;
 * `unknown-variable` (e.g. `$input`), `unknown-function`, `arity` (wrong number of arguments),
 * `nesting` (calls nested deeper than 10), `jsonpath` (an invalid `$.` query).
 */
export type ExpressionErrorKind =
  'syntax' | 'limit' | 'unknown-variable' | 'unknown-function' | 'arity' | 'nesting' | 'jsonpath';

/**
 * The error name an expression failure raises in a simulated execution. The reference documents
 * no name for it (§5.5), so FDL Studio uses this one; `FnF.ALL` catches it like any other error.
 */
export const EXPRESSION_ERROR_CODE = 'FnF.ExpressionError';

/**
 * What went wrong while evaluating: `syntax` (the text does not parse, from `evaluate`), `type`
 * (an operand or argument of the wrong JSON type), `value` (right type, bad value: division by
 * zero, invalid JSON, a rejected regular expression, an unavailable variable), `limit` (a size
 * or depth cap).
 */
export type ExpressionFailure = 'syntax' | 'type' | 'value' | 'limit';

/**
 * Thrown by the evaluator, and only this: any other exception escaping `evaluateExpression` is a
 * bug. `message` names the failing part (`"length: expected an array, object or string, got
 * number"`); `start`/`end` locate it in the expression string.
 */
export class ExpressionEvalError extends Error {
  readonly code = EXPRESSION_ERROR_CODE;

  constructor(
    message: string,
    readonly failure: ExpressionFailure,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
    this.name = 'ExpressionEvalError';
  }
}
