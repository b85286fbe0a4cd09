import type { JsonValue } from '../model/types';
import {
  evaluateJsonPath,
  JsonPathLimitError,
  parseJsonPath,
  type JsonPathQuery,
  type ParseJsonPathResult,
} from '../jsonpath';

/**
 * Parses the `$.`/`$[` operand of an expression with the RFC 9535 engine. The lexer decides
 * where the operand ends (`scanJsonPath`: dot and bracket segments up to the first blank or
 * operator outside brackets), so `$.a.b == 1` and `length($.items[*])` work; this parser then
 * judges the span strictly.
 */
export function parseJsonPathOperand(source: string): ParseJsonPathResult {
  return parseJsonPath(source);
}

export type JsonPathValue = { ok: true; value: JsonValue } | { ok: false; message: string };

/**
 * The value of a JSONPath operand over `$Input` (decisions.md "Expressions"): a singular query
 * (names and indices only) yields the matched value or `null`; any other query yields the array
 * of matches, possibly empty. A query exceeding the engine's work bound gives `ok: false`.
 */
export function evaluateJsonPathOperand(query: JsonPathQuery, input: JsonValue): JsonPathValue {
  try {
    const result = evaluateJsonPath(query, input);
    return { ok: true, value: result.singular ? (result.values[0] ?? null) : result.values };
  } catch (e) {
    if (e instanceof JsonPathLimitError) return { ok: false, message: e.message };
    throw e;
  }
}
