import type { JsonValue } from '../model/types';
import type { JsonPathQuery, Segment, Selector } from './ast';
import { evaluateLogical, type EvalContext } from './evaluateFilter';
import { JsonPathLimitError } from './jsonPathSyntaxError';

export interface EvaluateOptions {
  /**
   * Upper bound on the work of one evaluation: nodes visited by descendant segments plus nodes
   * selected, including inside filters. Exceeding it throws `JsonPathLimitError`. Default
   * 10,000,000 (far above what a 64 KiB FDL payload can need).
   */
  maxSteps?: number;
}

export interface JsonPathResult {
  /** True for a singular query (names and indices only): the caller may take values[0] ?? null. */
  singular: boolean;
  /** The selected values in RFC 9535 order (document order; parents before descendants). */
  values: JsonValue[];
}

const DEFAULT_MAX_STEPS = 10_000_000;

/**
 * Evaluates a parsed query against a JSON document with RFC 9535 semantics. Pure: the document
 * is not modified and the returned values are the document's own sub-values (not copies).
 * Iterative over the document, so deeply nested documents do not overflow the stack.
 *
 * @throws JsonPathLimitError when the work exceeds `options.maxSteps`.
 */
export function evaluateJsonPath(
  query: JsonPathQuery,
  doc: JsonValue,
  options: EvaluateOptions = {},
): JsonPathResult {
  const ctx: EvalContext = {
    root: doc,
    steps: 0,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    runQuery,
  };
  return { singular: query.singular, values: runQuery(ctx, query, doc) };
}

const isObject = (v: JsonValue): v is { [key: string]: JsonValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function step(ctx: EvalContext, n = 1): void {
  ctx.steps += n;
  if (ctx.steps > ctx.maxSteps) {
    throw new JsonPathLimitError(`JSONPath evaluation exceeded ${ctx.maxSteps} steps`);
  }
}

/** Runs a query from the root (`$`) or from `current` (`@`). */
function runQuery(ctx: EvalContext, query: JsonPathQuery, current: JsonValue): JsonValue[] {
  let nodes: JsonValue[] = [query.root === '$' ? ctx.root : current];
  for (const segment of query.segments) {
    const out: JsonValue[] = [];
    for (const node of nodes) {
      if (segment.descendant) visitDescendants(ctx, segment, node, out);
      else applySelectors(ctx, segment.selectors, node, out);
    }
    nodes = out;
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** Pre-order, depth-first: a node before its descendants, array elements in order. */
function visitDescendants(ctx: EvalContext, segment: Segment, start: JsonValue, out: JsonValue[]) {
  const stack: JsonValue[] = [start];
  while (stack.length > 0) {
    const node = stack.pop() as JsonValue;
    step(ctx);
    applySelectors(ctx, segment.selectors, node, out);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i] as JsonValue);
    } else if (isObject(node)) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(node[keys[i] as string] as JsonValue);
    }
  }
}

function applySelectors(
  ctx: EvalContext,
  selectors: readonly Selector[],
  node: JsonValue,
  out: JsonValue[],
): void {
  const before = out.length;
  for (const selector of selectors) applySelector(ctx, selector, node, out);
  step(ctx, out.length - before);
}

function applySelector(ctx: EvalContext, sel: Selector, node: JsonValue, out: JsonValue[]): void {
  switch (sel.kind) {
    case 'name':
      if (isObject(node) && Object.prototype.hasOwnProperty.call(node, sel.name)) {
        out.push(node[sel.name] as JsonValue);
      }
      return;
    case 'wildcard':
      // A loop, not push(...node): spreading a huge array overflows the argument limit.
      if (Array.isArray(node)) for (const v of node) out.push(v);
      else if (isObject(node)) for (const k of Object.keys(node)) out.push(node[k] as JsonValue);
      return;
    case 'index':
      if (Array.isArray(node)) {
        const i = sel.index < 0 ? node.length + sel.index : sel.index;
        if (i >= 0 && i < node.length) out.push(node[i] as JsonValue);
      }
      return;
    case 'slice':
      if (Array.isArray(node)) {
        for (const i of sliceIndices(node.length, sel.start, sel.end, sel.step)) {
          out.push(node[i] as JsonValue);
        }
      }
      return;
    case 'filter': {
      const children = Array.isArray(node)
        ? node
        : isObject(node)
          ? Object.keys(node).map((k) => node[k] as JsonValue)
          : [];
      for (const child of children) {
        step(ctx);
        if (evaluateLogical(ctx, sel.expr, child)) out.push(child);
      }
      return;
    }
  }
}

/** The indices a slice selects, in order (RFC 9535 §2.3.4.2.2, including negative steps). */
export function sliceIndices(
  len: number,
  start: number | null,
  end: number | null,
  stepValue: number | null,
): number[] {
  const stepBy = stepValue ?? 1;
  if (stepBy === 0) return [];
  const normalize = (i: number) => (i >= 0 ? i : len + i);
  const indices: number[] = [];
  if (stepBy > 0) {
    const lower = Math.min(Math.max(normalize(start ?? 0), 0), len);
    const upper = Math.min(Math.max(normalize(end ?? len), 0), len);
    for (let i = lower; i < upper; i += stepBy) indices.push(i);
  } else {
    const upper = Math.min(Math.max(normalize(start ?? len - 1), -1), len - 1);
    const lower = Math.min(Math.max(normalize(end ?? -len - 1), -1), len - 1);
    for (let i = upper; lower < i; i += stepBy) indices.push(i);
  }
  return indices;
}
