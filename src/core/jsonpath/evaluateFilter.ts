/**
 * Evaluation of filter expressions (RFC 9535 §2.3.5.2) and function calls (§2.4). The tree is
 * already well-typed, so each expression kind maps to exactly one runtime type: values
 * (`undefined` is Nothing), booleans, or nodelists.
 */
import type { JsonValue } from '../model/types';
import type { FunctionCall, JsonPathQuery, LogicalExpr, NodesExpr, ValueExpr } from './ast';
import { compareValues } from './compareValues';
import { JSONPATH_FUNCTIONS, type FunctionArgValue } from './functionRegistry';

/** State shared by one evaluation; `runQuery` is injected to avoid a module cycle. */
export interface EvalContext {
  root: JsonValue;
  steps: number;
  maxSteps: number;
  runQuery(ctx: EvalContext, query: JsonPathQuery, current: JsonValue): JsonValue[];
}

/** Whether `current` (the `@` node) satisfies the filter expression. */
export function evaluateLogical(ctx: EvalContext, expr: LogicalExpr, current: JsonValue): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.operands.some((e) => evaluateLogical(ctx, e, current));
    case 'and':
      return expr.operands.every((e) => evaluateLogical(ctx, e, current));
    case 'not':
      return !evaluateLogical(ctx, expr.operand, current);
    case 'compare':
      return compareValues(
        expr.op,
        evaluateValue(ctx, expr.left, current),
        evaluateValue(ctx, expr.right, current),
      );
    case 'exists':
      // A singular query needs no nodelist: walking it is enough (the common `?@.field`).
      if (expr.nodes.kind === 'query' && expr.nodes.query.singular) {
        return resolveSingular(expr.nodes.query, ctx.root, current) !== undefined;
      }
      return evaluateNodes(ctx, expr.nodes, current).length > 0;
    case 'call':
      return callFunction(ctx, expr.call, current) === true;
  }
}

function evaluateValue(
  ctx: EvalContext,
  expr: ValueExpr,
  current: JsonValue,
): JsonValue | undefined {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'singular-query':
      return resolveSingular(expr.query, ctx.root, current);
    case 'call':
      return callFunction(ctx, expr.call, current) as JsonValue | undefined;
  }
}

function evaluateNodes(ctx: EvalContext, expr: NodesExpr, current: JsonValue): JsonValue[] {
  if (expr.kind === 'query') return ctx.runQuery(ctx, expr.query, current);
  return callFunction(ctx, expr.call, current) as JsonValue[];
}

function callFunction(ctx: EvalContext, call: FunctionCall, current: JsonValue) {
  const def = JSONPATH_FUNCTIONS.get(call.name);
  // The parser only builds calls to registered functions.
  if (def === undefined) throw new Error(`unregistered JSONPath function ${call.name}`);
  const args: FunctionArgValue[] = [];
  for (const arg of call.args) {
    if (arg.type === 'value') args.push(evaluateValue(ctx, arg.expr, current));
    else if (arg.type === 'logical') args.push(evaluateLogical(ctx, arg.expr, current));
    else args.push(evaluateNodes(ctx, arg.expr, current));
  }
  return def.apply(args);
}

/**
 * The value a singular query selects, or Nothing: a direct walk, no intermediate nodelists.
 * Only own members count, so `$.constructor` never reaches Object.prototype.
 */
export function resolveSingular(
  query: JsonPathQuery,
  root: JsonValue,
  current: JsonValue,
): JsonValue | undefined {
  let node: JsonValue = query.root === '$' ? root : current;
  for (const segment of query.segments) {
    const sel = segment.selectors[0];
    if (sel?.kind === 'name') {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(node, sel.name)) return undefined;
      node = node[sel.name] as JsonValue;
    } else if (sel?.kind === 'index') {
      if (!Array.isArray(node)) return undefined;
      const i = sel.index < 0 ? node.length + sel.index : sel.index;
      if (i < 0 || i >= node.length) return undefined;
      node = node[i] as JsonValue;
    } else {
      return undefined; // not singular: the parser never passes such a query here
    }
  }
  return node;
}
