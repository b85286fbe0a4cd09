import type { JsonPathQuery } from '../jsonpath';

/**
 * The expression AST. Every node carries `start`/`end`: UTF-16 offsets into the expression
 * string (`end` exclusive). Callers add the offset of the YAML scalar to get document ranges.
 * Parentheses produce no node: `(a)` is the node of `a` (with `a`'s own range).
 */
export type Expr =
  | LiteralExpr
  | ArrayExpr
  | ObjectExpr
  | VariableExpr
  | JsonPathExpr
  | MemberExpr
  | IndexExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr;

interface Node {
  start: number;
  end: number;
}

/** `"s"`, `'s'`, `` `s` ``, numbers, `true`, `false`, `null`. */
export interface LiteralExpr extends Node {
  kind: 'literal';
  value: string | number | boolean | null;
}

/** `[a, b]` */
export interface ArrayExpr extends Node {
  kind: 'array';
  items: Expr[];
}

/** One `key: value` entry of an object literal; the key's range excludes quotes. */
export interface ObjectEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: Expr;
}

/** `{"k": v}` */
export interface ObjectExpr extends Node {
  kind: 'object';
  entries: ObjectEntry[];
}

/**
 * `$Input`, `$Context`, ... A name that is not one of {@link VARIABLE_NAMES} (e.g. `$input`) is
 * kept in the AST so editors can offer a quick-fix, and reported as an error by the parser.
 */
export interface VariableExpr extends Node {
  kind: 'variable';
  name: string;
}

/** `$.a.b`, `$[0]`, `$..x`: an RFC 9535 query over `$Input`. */
export interface JsonPathExpr extends Node {
  kind: 'jsonpath';
  source: string;
  /** The parsed query; `null` only in ASTs returned together with a parse error. */
  query: JsonPathQuery | null;
}

/** `object.property` */
export interface MemberExpr extends Node {
  kind: 'member';
  object: Expr;
  property: string;
  propertyStart: number;
  propertyEnd: number;
}

/** `object[index]` (an integer index or a string key) */
export interface IndexExpr extends Node {
  kind: 'index';
  object: Expr;
  index: Expr;
}

/** `name(args)` */
export interface CallExpr extends Node {
  kind: 'call';
  name: string;
  nameStart: number;
  nameEnd: number;
  args: Expr[];
}

export type UnaryOperator = '!' | '-';

/** `!x`, `-x` */
export interface UnaryExpr extends Node {
  kind: 'unary';
  op: UnaryOperator;
  operand: Expr;
}

/** Operators of the reference (§2.4). */
export type DocumentedBinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '&&' | '||';
/** Lenient arithmetic: evaluated, but not documented (see `usesUndocumentedOperators`). */
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';
export type BinaryOperator = DocumentedBinaryOperator | ArithmeticOperator;

/** `left op right` */
export interface BinaryExpr extends Node {
  kind: 'binary';
  op: BinaryOperator;
  opStart: number;
  opEnd: number;
  left: Expr;
  right: Expr;
}

/** The variable roots of the language, in the spec's spelling. */
export const VARIABLE_NAMES = ['$Input', '$Output', '$Context', '$Global', '$Item'] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** Whether `name` is one of the five variable roots (case-sensitive: `$input` is not). */
export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/** Calls `visit` on `node` and every descendant, parents first, in source order. */
export function walkExpr(node: Expr, visit: (node: Expr) => void): void {
  const stack: Expr[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Expr;
    visit(n);
    const children = childrenOf(n);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Expr);
  }
}

/** The direct sub-expressions of a node, in source order. */
export function childrenOf(n: Expr): Expr[] {
  switch (n.kind) {
    case 'array':
      return n.items;
    case 'object':
      return n.entries.map((e) => e.value);
    case 'member':
      return [n.object];
    case 'index':
      return [n.object, n.index];
    case 'call':
      return n.args;
    case 'unary':
      return [n.operand];
    case 'binary':
      return [n.left, n.right];
    default:
      return [];
  }
}
