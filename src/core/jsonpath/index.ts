/**
 * RFC 9535 JSONPath: parser and evaluator, plus I-Regexp (RFC 9485): its parser, the
 * linear-time matcher that match/search use, and the JavaScript RegExp translation.
 */
export type {
  JsonPathQuery,
  Segment,
  Selector,
  LogicalExpr,
  ValueExpr,
  NodesExpr,
  FunctionCall,
  FunctionArgument,
  FunctionType,
  ComparisonOp,
} from './ast';
export {
  parseJsonPath,
  parseJsonPathPrefix,
  type ParseJsonPathResult,
  type ParseJsonPathPrefixResult,
} from './parseJsonPath';
export { evaluateJsonPath, type EvaluateOptions, type JsonPathResult } from './evaluateJsonPath';
export { queryJsonPath } from './queryJsonPath';
export { JsonPathSyntaxError, JsonPathLimitError } from './jsonPathSyntaxError';
export { compileIRegexp, type IRegexpResult } from './compileIRegexp';
export {
  compileIRegexpMatcher,
  MAX_AUTOMATON_STATES,
  type IRegexpMatcher,
  type IRegexpMatcherResult,
} from './compileIRegexpMatcher';
export { parseIRegexp, type ParseIRegexpResult } from './parseIRegexp';
export { MAX_FILTER_DEPTH } from './parseFilter';
