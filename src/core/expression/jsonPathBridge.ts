import type { JsonValue } from '../model/types';
import {
  evaluateJsonPath,
  JsonPathLimitError,
  parseJsonPathPrefix,
  type JsonPathQuery,
  type ParseJsonPathPrefixResult,
} from '../jsonpath';

/**
 * Parses the JSONPath operand starting at `text[start]` (a `$` not followed by a letter) with
 * the RFC 9535 engine, which also decides where the operand ends: the longest query there, so
 * `$.a.b == 1`, `length($.items[?@.n > 1])` and `$.a&&true` split where RFC 9535 says. Offsets
 * in the result are indices into `text`.
 */
export function parseJsonPathOperandAt(text: string, start: number): ParseJsonPathPrefixResult {
  return parseJsonPathPrefix(text, start);
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
