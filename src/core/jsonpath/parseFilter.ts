/**
 * Filter expressions (RFC 9535 §2.3.5) and function expressions (§2.4) with the type rules of
 * §2.4.3: ill-typed expressions are syntax errors. Expressions are parsed into an untyped
 * operand first (a literal, a query, a call or a logical expression) and converted to the type
 * the context demands, because a function argument may be any of them.
 */
import type {
  ComparisonOp,
  FunctionArgument,
  FunctionCall,
  FunctionType,
  LogicalExpr,
  NodesExpr,
  ValueExpr,
} from './ast';
import type { JsonValue } from '../model/types';
import type { Cursor } from './cursor';
import { JSONPATH_FUNCTIONS } from './functionRegistry';
import { parseQueryAt } from './parseQuery';
import type { JsonPathQuery } from './ast';

/** Nesting bound for parentheses, nested filters and function arguments (hostile input). */
export const MAX_FILTER_DEPTH = 64;

type Operand =
  | { kind: 'literal'; value: JsonValue; at: number }
  | { kind: 'query'; query: JsonPathQuery; at: number }
  | { kind: 'call'; call: FunctionCall; result: FunctionType; at: number }
  | { kind: 'logical'; expr: LogicalExpr; at: number };

const OPS: ComparisonOp[] = ['==', '!=', '<=', '>=', '<', '>'];

/** Parses the logical expression after `?` in a filter selector. */
export function parseFilterBody(c: Cursor): LogicalExpr {
  return toLogical(c, parseOr(c));
}

function parseOr(c: Cursor): Operand {
  const at = c.pos;
  if (++c.depth > MAX_FILTER_DEPTH) {
    c.fail(`filter expression nested too deeply (more than ${MAX_FILTER_DEPTH} levels)`);
  }
  const first = parseAnd(c);
  const operands = [first];
  for (;;) {
    const save = c.pos;
    c.skipS();
    if (!c.eat('||')) {
      c.pos = save;
      break;
    }
    c.skipS();
    operands.push(parseAnd(c));
  }
  c.depth--;
  if (operands.length === 1) return first;
  return {
    kind: 'logical',
    expr: { kind: 'or', operands: operands.map((o) => toLogical(c, o)) },
    at,
  };
}

function parseAnd(c: Cursor): Operand {
  const at = c.pos;
  const first = parseBasic(c);
  const operands = [first];
  for (;;) {
    const save = c.pos;
    c.skipS();
    if (!c.eat('&&')) {
      c.pos = save;
      break;
    }
    c.skipS();
    operands.push(parseBasic(c));
  }
  if (operands.length === 1) return first;
  const expr: LogicalExpr = { kind: 'and', operands: operands.map((o) => toLogical(c, o)) };
  return { kind: 'logical', expr, at };
}

/** paren-expr / comparison-expr / test-expr, or a bare operand (a function argument). */
function parseBasic(c: Cursor): Operand {
  const at = c.pos;
  if (c.eat('!')) {
    c.skipS();
    const operand = c.peek() === '(' ? parseParen(c) : parsePrimary(c);
    if (operand.kind === 'literal') c.fail("'!' cannot apply to a literal", operand.at);
    const expr: LogicalExpr = { kind: 'not', operand: toLogical(c, operand) };
    if (peekOperator(c) !== null) {
      c.fail("'!' applies to a test, not to a comparison: write !(a == b)", at);
    }
    return { kind: 'logical', expr, at };
  }
  if (c.peek() === '(') {
    const paren = parseParen(c);
    if (peekOperator(c) !== null) c.fail('a parenthesized expression cannot be compared', at);
    return paren;
  }
  const left = parsePrimary(c);
  const op = peekOperator(c);
  if (op === null) return left;
  c.skipS();
  c.pos += op.length;
  c.skipS();
  const right = parsePrimary(c);
  const expr: LogicalExpr = {
    kind: 'compare',
    op,
    left: toComparable(c, left),
    right: toComparable(c, right),
  };
  if (peekOperator(c) !== null) {
    c.skipS();
    c.fail('comparisons cannot be chained: use && between them');
  }
  return { kind: 'logical', expr, at };
}

function parseParen(c: Cursor): Operand {
  const at = c.pos;
  c.pos++;
  c.skipS();
  const inner = toLogical(c, parseOr(c));
  c.skipS();
  if (!c.eat(')')) c.fail(`expected ')' to close '('${c.describeHere()}`, c.pos);
  return { kind: 'logical', expr: inner, at };
}

/** The comparison operator after optional blank space, without consuming anything. */
function peekOperator(c: Cursor): ComparisonOp | null {
  const save = c.pos;
  c.skipS();
  const op = OPS.find((o) => c.startsWith(o)) ?? null;
  if (op === null && c.peek() === '=') c.fail("use '==' to compare, not '='");
  c.pos = save;
  return op;
}

/** A literal, a query (`@…`, `$…`) or a function call. */
function parsePrimary(c: Cursor): Operand {
  const at = c.pos;
  const ch = c.peek();
  if (ch === '@' || ch === '$') return { kind: 'query', query: parseQueryAt(c), at };
  if (ch === '"' || ch === "'") return { kind: 'literal', value: c.parseString(), at };
  if (ch === '-' || (ch >= '0' && ch <= '9'))
    return { kind: 'literal', value: c.parseNumber(), at };
  if (ch >= 'a' && ch <= 'z') {
    const name = /^[a-z][a-z0-9_]*/.exec(c.src.slice(c.pos, c.pos + 256))?.[0] ?? '';
    c.pos += name.length;
    if (c.peek() === '(') return parseCall(c, name, at);
    if (name === 'true') return { kind: 'literal', value: true, at };
    if (name === 'false') return { kind: 'literal', value: false, at };
    if (name === 'null') return { kind: 'literal', value: null, at };
    const hint = JSONPATH_FUNCTIONS.has(name) ? ` (a function call needs '(' right after)` : '';
    return c.fail(`unexpected '${name}' in a filter${hint}`, at);
  }
  return c.fail(`expected a query, a literal or a function call${c.describeHere()}`);
}

function parseCall(c: Cursor, name: string, at: number): Operand {
  const def = JSONPATH_FUNCTIONS.get(name);
  if (def === undefined) {
    c.fail(`unknown function '${name}' (known: ${[...JSONPATH_FUNCTIONS.keys()].join(', ')})`, at);
  }
  c.pos++; // '('
  c.skipS();
  const raw: Operand[] = [];
  if (!c.eat(')')) {
    for (;;) {
      raw.push(parseOr(c));
      c.skipS();
      if (c.eat(')')) break;
      if (!c.eat(','))
        c.fail(`expected ',' or ')' in the arguments of ${name}()${c.describeHere()}`);
      c.skipS();
    }
  }
  if (raw.length !== def.params.length) {
    const n = def.params.length;
    c.fail(`${name}() takes ${n} argument${n === 1 ? '' : 's'}, not ${raw.length}`, at);
  }
  const args = raw.map((operand, i) => toArgument(c, name, operand, def.params[i] ?? 'value'));
  return { kind: 'call', call: { name, args }, result: def.result, at };
}

function toArgument(c: Cursor, fn: string, o: Operand, type: FunctionType): FunctionArgument {
  switch (type) {
    case 'value':
      return { type, expr: toValue(c, o, `an argument of ${fn}()`) };
    case 'logical':
      if (o.kind === 'literal') c.fail(`a literal cannot be a logical argument of ${fn}()`, o.at);
      return { type, expr: toLogical(c, o) };
    case 'nodes':
      return { type, expr: toNodes(c, o, fn) };
  }
}

/** The operand as a test (existence or LogicalType), or a syntax error. */
function toLogical(c: Cursor, o: Operand): LogicalExpr {
  switch (o.kind) {
    case 'logical':
      return o.expr;
    case 'query':
      return { kind: 'exists', nodes: { kind: 'query', query: o.query } };
    case 'literal':
      return c.fail('a literal is not a test: compare it, e.g. @.x == 1', o.at);
    case 'call':
      if (o.result === 'logical') return { kind: 'call', call: o.call };
      if (o.result === 'nodes') return { kind: 'exists', nodes: { kind: 'call', call: o.call } };
      return c.fail(`${o.call.name}() returns a value, not a test: compare it`, o.at);
  }
}

function toComparable(c: Cursor, o: Operand): ValueExpr {
  return toValue(c, o, 'a comparison operand');
}

function toValue(c: Cursor, o: Operand, role: string): ValueExpr {
  switch (o.kind) {
    case 'literal':
      return { kind: 'literal', value: o.value };
    case 'query':
      if (!o.query.singular) {
        c.fail(`${role} must be a singular query (names and indices only)`, o.at);
      }
      return { kind: 'singular-query', query: o.query };
    case 'call':
      if (o.result !== 'value') c.fail(`${o.call.name}() does not return a value`, o.at);
      return { kind: 'call', call: o.call };
    case 'logical':
      return c.fail(`a logical expression cannot be ${role}`, o.at);
  }
}

function toNodes(c: Cursor, o: Operand, fn: string): NodesExpr {
  if (o.kind === 'query') return { kind: 'query', query: o.query };
  if (o.kind === 'call' && o.result === 'nodes') return { kind: 'call', call: o.call };
  return c.fail(`the argument of ${fn}() must be a query`, o.at);
}
