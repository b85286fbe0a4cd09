import { isVariableName, walkExpr, type Expr, type VariableName } from './ast';
import { findFunction } from './functionCatalog';
import { parseExpression } from './parseExpression';

/** One use of a variable root, located in the expression string. */
export interface VariableUse {
  name: VariableName;
  start: number;
  end: number;
}

/**
 * Every use of a variable root, in source order. A `$.` JSONPath operand counts as a use of
 * `$Input`. Unknown roots (`$input`) are not listed: the parser reports them.
 */
export function collectVariableUses(ast: Expr): VariableUse[] {
  const uses: VariableUse[] = [];
  walkExpr(ast, (n) => {
    if (n.kind === 'variable' && isVariableName(n.name)) {
      uses.push({ name: n.name, start: n.start, end: n.end });
    } else if (n.kind === 'jsonpath') {
      uses.push({ name: '$Input', start: n.start, end: n.end });
    }
  });
  return uses;
}

/**
 * The distinct variable roots an expression reads, in order of first use, e.g. to check
 * `$Output` inside an InputConstructor or `$Item` outside an ItemConstructor.
 */
export function collectVariables(ast: Expr): VariableName[] {
  return [...new Set(collectVariableUses(ast).map((u) => u.name))];
}

/** An arithmetic operator (`+ - * /  %`, binary) used in an expression. */
export interface UndocumentedOperatorUse {
  op: string;
  start: number;
  end: number;
}

/**
 * The arithmetic operators used: the evaluator accepts them, but the reference does not
 * document them (fdl.md §4.2), so the service may reject them. For a lint warning, not an error.
 */
export function findUndocumentedOperators(ast: Expr): UndocumentedOperatorUse[] {
  const found: UndocumentedOperatorUse[] = [];
  walkExpr(ast, (n) => {
    if (n.kind === 'binary' && '+-*/%'.includes(n.op)) {
      found.push({ op: n.op, start: n.opStart, end: n.opEnd });
    }
  });
  return found;
}

/** Whether the expression uses an undocumented arithmetic operator (see findUndocumentedOperators). */
export function usesUndocumentedOperators(ast: Expr): boolean {
  return findUndocumentedOperators(ast).length > 0;
}

const VARIABLE_PREFIX = /^\s*(?:\$(?:Input|Output|Context|Global|Item)(?![\p{L}\p{N}_])|\$[.[])/u;
const CALL_PREFIX = /^\s*([A-Za-z_]\w*)\s*\(/;

/**
 * Whether a plain string value looks like an expression that lost its `.$` key suffix (a lint
 * warning: `a: $Input.x` is the literal text "$Input.x", fdl.md §3.2 rule 2). True when it
 * starts with a variable root (`$Input`, `$Output`, `$Context`, `$Global`, `$Item`) or `$.`/`$[`,
 * or when the whole string is a call of a built-in function, such as `uuid()`.
 */
export function looksLikeExpression(value: string): boolean {
  if (VARIABLE_PREFIX.test(value)) return true;
  const call = CALL_PREFIX.exec(value);
  if (!call || !findFunction(call[1] as string)) return false;
  const { ast } = parseExpression(value);
  return ast?.kind === 'call';
}
