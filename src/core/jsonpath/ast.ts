/**
 * The syntax tree of an RFC 9535 JSONPath query. Produced by `parseJsonPath`, consumed by
 * `evaluateJsonPath`. Function arguments and comparables are already type-checked (RFC 9535
 * §2.4.3), so the evaluator never has to reject anything: a tree that exists is well-typed.
 */
import type { JsonValue } from '../model/types';

/** A parsed query: `$` (root) or `@` (current node, only inside filters) followed by segments. */
export interface JsonPathQuery {
  root: '$' | '@';
  segments: Segment[];
  /** Only child segments with a single name or index selector (RFC 9535 §2.3.5.1). */
  singular: boolean;
}

/** `.name`, `.*` and `[...]` are child segments; `..name`, `..*` and `..[...]` are descendant. */
export interface Segment {
  descendant: boolean;
  selectors: Selector[];
}

export type Selector =
  | { kind: 'name'; name: string }
  | { kind: 'wildcard' }
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start: number | null; end: number | null; step: number | null }
  | { kind: 'filter'; expr: LogicalExpr };

/** The three types of the function extension type system (RFC 9535 §2.4.1). */
export type FunctionType = 'value' | 'logical' | 'nodes';

export type ComparisonOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Something of ValueType: a literal, a singular query or a function returning a value. */
export type ValueExpr =
  | { kind: 'literal'; value: JsonValue }
  | { kind: 'singular-query'; query: JsonPathQuery }
  | { kind: 'call'; call: FunctionCall };

/** Something of NodesType: a query (singular or not) or a function returning nodes. */
export type NodesExpr =
  { kind: 'query'; query: JsonPathQuery } | { kind: 'call'; call: FunctionCall };

/** Something of LogicalType: the body of a filter selector. */
export type LogicalExpr =
  | { kind: 'or'; operands: LogicalExpr[] }
  | { kind: 'and'; operands: LogicalExpr[] }
  | { kind: 'not'; operand: LogicalExpr }
  | { kind: 'compare'; op: ComparisonOp; left: ValueExpr; right: ValueExpr }
  /** An existence test: true when the nodelist is not empty. */
  | { kind: 'exists'; nodes: NodesExpr }
  /** A function whose declared result type is LogicalType. */
  | { kind: 'call'; call: FunctionCall };

/** An argument already converted to the declared type of its parameter. */
export type FunctionArgument =
  | { type: 'value'; expr: ValueExpr }
  | { type: 'logical'; expr: LogicalExpr }
  | { type: 'nodes'; expr: NodesExpr };

export interface FunctionCall {
  name: string;
  args: FunctionArgument[];
}
