/** The FDL expression language: parser (AST with ranges), evaluator, built-ins, editor metadata. */
export type {
  Expr,
  LiteralExpr,
  ArrayExpr,
  ObjectExpr,
  ObjectEntry,
  VariableExpr,
  JsonPathExpr,
  MemberExpr,
  IndexExpr,
  CallExpr,
  UnaryExpr,
  UnaryOperator,
  BinaryExpr,
  BinaryOperator,
  DocumentedBinaryOperator,
  ArithmeticOperator,
  VariableName,
} from './ast';
export { VARIABLE_NAMES, isVariableName, walkExpr } from './ast';
export {
  EXPRESSION_ERROR_CODE,
  ExpressionEvalError,
  type ExpressionError,
  type ExpressionErrorKind,
  type ExpressionFailure,
} from './errors';
export {
  parseExpression,
  MAX_EXPRESSION_LENGTH,
  MAX_FUNCTION_NESTING,
  type ParseExpressionResult,
} from './parseExpression';
export { MAX_EXPRESSION_NESTING, MAX_EXPRESSION_HEIGHT } from './tokenCursor';
export { evaluateExpression, type EvalEnv } from './evaluateExpression';
export { evaluate, evaluateCondition } from './evaluate';
export { createSeededRandom } from './random';
export { FUNCTIONS, findFunction, type FunctionInfo } from './functionCatalog';
export { VARIABLES, type VariableInfo, type VariableFieldInfo } from './variables';
export {
  collectVariables,
  collectVariableUses,
  findUndocumentedOperators,
  usesUndocumentedOperators,
  looksLikeExpression,
  type VariableUse,
  type UndocumentedOperatorUse,
} from './analyzeExpression';
export { MAX_REGEX_INPUT_LENGTH, MAX_REGEX_PATTERN_LENGTH } from './safeRegex';
