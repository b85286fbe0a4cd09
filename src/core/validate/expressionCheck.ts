import type { CallExpr, Expr, ExpressionError } from '../expression';
import {
  collectVariableUses,
  findFunction,
  MAX_FUNCTION_NESTING,
  parseExpression,
  walkExpr,
} from '../expression';
import { childrenOf } from '../expression/ast';
import type { TextRange } from '../model/range';
import type { StatePath } from '../model/statePath';
import type { RuleCode } from './codes';
import type { RuleContext } from './ruleContext';
import { scalarOffsets } from './scalarOffsets';

/** Where an expression sits, which decides the variables it may read. */
export type ExpressionSite =
  | 'Condition'
  | 'ItemsPath'
  | 'Seconds.$'
  | 'Timeout.$'
  | 'InputConstructor'
  | 'OutputConstructor'
  | 'GlobalConstructor'
  | 'ItemConstructor'
  | 'Parameters'
  | 'CatchOutputConstructor';

/** `$Output` is the task result: it exists only once the state's work is done (fdl.md §3.3). */
const OUTPUT_SITES = new Set<ExpressionSite>([
  'OutputConstructor',
  'GlobalConstructor',
  'CatchOutputConstructor',
]);

/**
 * Parses one expression and reports its problems at their exact place in the YAML scalar:
 * syntax errors, unknown variables (with the `$input` → `$Input` hint), unknown functions,
 * wrong argument counts, calls nested deeper than 10, and `$Output`/`$Item` used where they do
 * not exist.
 */
export function checkExpression(
  ctx: RuleContext,
  source: string,
  path: StatePath,
  field: string,
  site: ExpressionSite,
): void {
  let parsed = ctx.expressionCache.get(source);
  if (!parsed) ctx.expressionCache.set(source, (parsed = parseExpression(source)));
  const { ast, errors } = parsed;
  // Most expressions are fine: the variable walk below is all they cost. Locating a finding
  // (decoding the scalar's text) is done only when there is something to report.
  let uses: readonly { name: string; start: number; end: number }[] = [];
  if (ast) {
    uses = collectVariableUses(ast).filter(
      (u) =>
        (u.name === '$Output' && !OUTPUT_SITES.has(site)) ||
        (u.name === '$Item' && site !== 'ItemConstructor'),
    );
  }
  if (errors.length === 0 && uses.length === 0) return;
  const loc = ctx.sourceMap.states.get(path)?.fields.get(field);
  const at = loc ? scalarOffsets(ctx.text, loc.range, source) : undefined;
  const where = (start: number, end: number) => {
    if (!at) return { path, field };
    // An error at the very end ("expected a value") points at the last character.
    if (start >= source.length && source.length > 0) {
      start = source.length - 1;
      end = source.length;
    }
    const s = at(start);
    const e = end > start ? at(end - 1) + 1 : s + 1;
    const range: TextRange = { start: s, end: Math.max(e, s + 1) };
    return { path, field, range };
  };
  const label = field.replace(/^Branches\/\d+\//, '');
  const classify = classifier(ast);
  for (const err of errors) {
    const code = classify(err);
    const what = code === 'expression-syntax' ? 'Invalid expression in' : 'In';
    const stop = /[.?!]$/.test(err.message) ? '' : '.';
    ctx.report(code, `${what} ${label}: ${err.message}${stop}`, where(err.start, err.end));
  }
  for (const use of uses) {
    if (use.name === '$Output') {
      ctx.report(
        'expression-output-unavailable',
        `$Output (the result of the state's work) does not exist yet in ${siteLabel(site)}: it is available only in OutputConstructor and GlobalConstructor. Read the state's input with $Input.`,
        where(use.start, use.end),
      );
    } else {
      ctx.report(
        'expression-item-unavailable',
        `$Item exists only in the ItemConstructor of a distributed Map; in ${siteLabel(site)} use $Input.`,
        where(use.start, use.end),
      );
    }
  }
}

function siteLabel(site: ExpressionSite): string {
  return site === 'CatchOutputConstructor' ? 'a Catch OutputConstructor' : site;
}

/**
 * The parser's errors carry no kind; they are told apart by the AST node they sit on: a
 * variable node (unknown variable), a call's name (too deep, unknown function, or arity, in
 * the order the parser reports them), anything else is syntax.
 */
function classifier(ast: Expr | null): (err: ExpressionError) => RuleCode {
  if (!ast) return () => 'expression-syntax';
  const variables = new Set<string>();
  const calls = new Map<string, CallExpr>();
  walkExpr(ast, (n) => {
    if (n.kind === 'variable') variables.add(`${n.start}:${n.end}`);
    if (n.kind === 'call') calls.set(`${n.nameStart}:${n.nameEnd}`, n);
  });
  let tooDeep = firstTooDeepCall(ast);
  return (err) => {
    const key = `${err.start}:${err.end}`;
    if (variables.has(key)) return 'expression-unknown-variable';
    const call = calls.get(key);
    if (!call) return 'expression-syntax';
    if (call === tooDeep) {
      tooDeep = undefined;
      return 'expression-nesting-too-deep';
    }
    return findFunction(call.name) ? 'expression-function-arity' : 'expression-unknown-function';
  };
}

/** The first call (in source order) nested deeper than the limit, as the parser reports it. */
function firstTooDeepCall(ast: Expr): CallExpr | undefined {
  const stack: { node: Expr; depth: number }[] = [{ node: ast, depth: 0 }];
  let found: CallExpr | undefined;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Expr; depth: number };
    const d = node.kind === 'call' ? depth + 1 : depth;
    if (node.kind === 'call' && d > MAX_FUNCTION_NESTING) {
      if (!found || node.start < found.start) found = node;
      continue;
    }
    for (const child of childrenOf(node)) stack.push({ node: child, depth: d });
  }
  return found;
}
