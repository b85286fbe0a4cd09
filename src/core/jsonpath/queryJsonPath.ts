import type { JsonValue } from '../model/types';
import { evaluateJsonPath, type EvaluateOptions } from './evaluateJsonPath';
import { JsonPathSyntaxError } from './jsonPathSyntaxError';
import { parseJsonPath } from './parseJsonPath';

/**
 * Parses and evaluates in one call; returns the selected values (possibly empty).
 *
 * @throws JsonPathSyntaxError when RFC 9535 rejects the query (with its offset).
 * @throws JsonPathLimitError when evaluation exceeds `options.maxSteps`.
 * @example queryJsonPath('$..price', { a: { price: 1 }, b: [{ price: 2 }] }) // [1, 2]
 */
export function queryJsonPath(
  query: string,
  doc: JsonValue,
  options: EvaluateOptions = {},
): JsonValue[] {
  const parsed = parseJsonPath(query);
  if (!parsed.ok) throw new JsonPathSyntaxError(parsed.message, parsed.offset);
  return evaluateJsonPath(parsed.query, doc, options).values;
}
