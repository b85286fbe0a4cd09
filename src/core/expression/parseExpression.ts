import type { BinaryOperator, Expr, ObjectEntry } from './ast';
import type { ExpressionError } from './errors';
import { tokenize, type Token } from './lexer';
import { bareWordMessage, callError, unknownVariableError } from './nameDiagnostics';
import { checkHeight, describe, SyntaxFailure, TokenCursor } from './tokenCursor';

/** Longest expression accepted (characters); longer text is refused before any work. */
export const MAX_EXPRESSION_LENGTH = 65_536;
/** Deepest nesting of function calls (fdl.md §3.2 rule 5, §2.9 item 18). */
export const MAX_FUNCTION_NESTING = 10;

export interface ParseExpressionResult {
  /**
   * The AST; `null` when the text is not syntactically an expression. An AST can come with
   * errors (unknown function, wrong arity, call nesting, unknown variable, bad JSONPath): the
   * editor can still use it, but only an AST with no errors should be evaluated.
   */
  ast: Expr | null;
  /** Sorted by position; empty when the expression is valid. */
  errors: ExpressionError[];
}

/**
 * Parses an expression of fdl.md §2.4/§4.2 (plus `$.` JSONPath, decisions.md) by hand,
 * recursive descent. Never throws on user text: problems come back as located errors, e.g.
 * "expected ')' to close the call of format", "unknown variable $input — did you mean $Input?".
 * Precedence, loosest first: `||`, `&&`, comparisons and `in` (not chainable), `+ -`,
 * `* / %`, prefix `! -`, postfix `.field` `[index]`.
 */
export function parseExpression(source: string): ParseExpressionResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const message = `expression is too long (${source.length} characters; the limit is ${MAX_EXPRESSION_LENGTH})`;
    return { ast: null, errors: [{ message, kind: 'limit', start: 0, end: source.length }] };
  }
  if (source.trim() === '') {
    const message =
      'empty expression: write a value, a variable such as $Input.name, or a function call';
    return { ast: null, errors: [{ message, kind: 'syntax', start: 0, end: source.length }] };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return { ast: null, errors: [lexed.error] };
  const parser = new Parser(lexed.tokens);
  try {
    const ast = parser.parseRoot();
    checkHeight(ast);
    return { ast, errors: sortErrors(parser.errors) };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { ast: null, errors: sortErrors([...parser.errors, e.error]) };
  }
}

function sortErrors(errors: ExpressionError[]): ExpressionError[] {
  return errors.sort((a, b) => a.start - b.start || a.end - b.end);
}

const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);
const OR = new Set(['||']);
const AND = new Set(['&&']);
const ADDITIVE = new Set(['+', '-']);
const MULTIPLICATIVE = new Set(['*', '/', '%']);
const LEVELS = [OR, AND, undefined, ADDITIVE, MULTIPLICATIVE];

class Parser extends TokenCursor {
  private callDepth = 0;
  private callDepthReported = false;

  parseRoot(): Expr {
    const ast = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'eof') {
      this.fail(`unexpected ${describe(t)}: expected an operator or the end of the expression`, t);
    }
    return ast;
  }

  /**
   * One left-associative level of binary operators: 0 `||`, 1 `&&`, 3 `+ -`, 4 `* / %`; level
   * 2 is the comparison, 5 the prefix operators. A level number instead of callbacks keeps the
   * hot path free of closure allocations.
   */
  private parseLevel(level: number): Expr {
    if (level === 2) return this.parseComparison();
    if (level === 5) return this.parseUnary();
    const ops = LEVELS[level] as Set<string>;
    let left = this.parseLevel(level + 1);
    for (let t = this.peek(); t.kind === 'op' && ops.has(t.text); t = this.peek()) {
      this.next();
      left = this.binary(t, left, this.parseLevel(level + 1));
    }
    return left;
  }

  private binary(t: Token, left: Expr, right: Expr): Expr {
    const op = t.text as BinaryOperator;
    const at = { opStart: t.start, opEnd: t.end, start: left.start, end: right.end };
    return { kind: 'binary', op, left, right, ...at };
  }

  private parseOr(): Expr {
    return this.parseLevel(0);
  }

  private isComparison(t: Token): boolean {
    return (t.kind === 'op' || (t.kind === 'ident' && t.text === 'in')) && COMPARISON.has(t.text);
  }

  private parseComparison(): Expr {
    const left = this.parseLevel(3);
    if (!this.isComparison(this.peek())) return left;
    const t = this.next();
    const node = this.binary(t, left, this.parseLevel(3));
    const again = this.peek();
    if (this.isComparison(again)) {
      this.fail(
        `comparisons cannot be chained: combine them with && (as in a < b && b < c)`,
        again,
      );
    }
    return node;
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (!this.is(t, 'op', '!') && !this.is(t, 'op', '-')) return this.parsePostfix();
    this.next();
    this.enter(t);
    const operand = this.parseUnary();
    this.leave();
    return { kind: 'unary', op: t.text as '!' | '-', operand, start: t.start, end: operand.end };
  }

  private parsePostfix(): Expr {
    let node = this.parsePrimary();
    for (let t = this.peek(); t.kind === 'punct'; t = this.peek()) {
      if (t.text === '.') {
        this.next();
        const name = this.next();
        if (name.kind !== 'ident') {
          this.fail(`expected a field name after '.', found ${describe(name)}`, name);
        }
        const property = { property: name.text, propertyStart: name.start, propertyEnd: name.end };
        node = { kind: 'member', object: node, ...property, start: node.start, end: name.end };
      } else if (t.text === '[') {
        this.next();
        this.enter(t);
        const index = this.parseOr();
        const close = this.expect(']', "expected ']' to close the index");
        this.leave();
        node = { kind: 'index', object: node, index, start: node.start, end: close.end };
      } else {
        break;
      }
    }
    return node;
  }

  private parsePrimary(): Expr {
    const t = this.next();
    const at = { start: t.start, end: t.end };
    if (t.kind === 'number' || t.kind === 'string') {
      return { kind: 'literal', value: t.value as string | number, ...at };
    }
    if (t.kind === 'variable') {
      this.report(unknownVariableError(t));
      return { kind: 'variable', name: t.text, ...at };
    }
    if (t.kind === 'jsonpath') return this.jsonPath(t);
    if (t.kind === 'ident') return this.identifier(t);
    if (this.is(t, 'punct', '(')) {
      this.enter(t);
      const inner = this.parseOr();
      this.expect(')', "expected ')' to close '('");
      this.leave();
      return inner;
    }
    if (this.is(t, 'punct', '[')) return this.array(t);
    if (this.is(t, 'punct', '{')) return this.object(t);
    return this.fail(`expected a value, found ${describe(t)}`, t);
  }

  private jsonPath(t: Token): Expr {
    const at = { source: t.text, start: t.start, end: t.end };
    if (t.query) return { kind: 'jsonpath', query: t.query, ...at };
    const problem = t.problem ?? { message: 'not a JSONPath query', offset: t.start };
    const start = Math.max(t.start, Math.min(problem.offset, t.end));
    const end = Math.max(start + (start < t.end ? 1 : 0), t.end);
    this.report({ message: `invalid JSONPath: ${problem.message}`, kind: 'jsonpath', start, end });
    return { kind: 'jsonpath', query: null, ...at };
  }

  private identifier(t: Token): Expr {
    const at = { start: t.start, end: t.end };
    if (t.text === 'true' || t.text === 'false') {
      return { kind: 'literal', value: t.text === 'true', ...at };
    }
    if (t.text === 'null') return { kind: 'literal', value: null, ...at };
    if (this.is(this.peek(), 'punct', '(')) return this.call(t);
    return this.fail(this.dashedKeyMessage(t) ?? bareWordMessage(t.text), t);
  }

  /** `$Input.first-name` reads as `$Input.first - name`: say how to write such a key. */
  private dashedKeyMessage(t: Token): string | undefined {
    const minus = this.tokens[this.pos - 2];
    const field = this.tokens[this.pos - 3];
    const dot = this.tokens[this.pos - 4];
    if (!minus || !field || !dot || minus.text !== '-' || minus.start !== field.end)
      return undefined;
    if (field.kind !== 'ident' || dot.text !== '.' || t.start !== minus.end) return undefined;
    const key = `${field.text}-${t.text}`;
    return `unknown name '${t.text}': a key with '-' needs brackets, as in ["${key}"] instead of .${key}`;
  }

  private call(name: Token): Expr {
    const open = this.next();
    this.enter(open);
    if (++this.callDepth > MAX_FUNCTION_NESTING && !this.callDepthReported) {
      this.callDepthReported = true;
      const message = `function calls are nested more than ${MAX_FUNCTION_NESTING} levels deep`;
      this.report({ message, kind: 'nesting', start: name.start, end: name.end });
    }
    const args: Expr[] = [];
    if (!this.is(this.peek(), 'punct', ')')) {
      for (;;) {
        args.push(this.parseOr());
        const t = this.peek();
        if (this.is(t, 'punct', ')')) break;
        if (this.is(t, 'punct', ',')) this.next();
        else if (t.kind === 'eof') this.fail(`expected ')' to close the call of ${name.text}`, t);
        else this.fail(`expected ',' or ')' in the call of ${name.text}, found ${describe(t)}`, t);
      }
    }
    const close = this.next();
    this.callDepth--;
    this.leave();
    this.report(callError(name, args.length));
    const at = { nameStart: name.start, nameEnd: name.end, start: name.start, end: close.end };
    return { kind: 'call', name: name.text, args, ...at };
  }

  private array(open: Token): Expr {
    this.enter(open);
    const items: Expr[] = [];
    let t = this.peek();
    if (this.is(t, 'punct', ']')) this.next();
    else {
      for (;;) {
        items.push(this.parseOr());
        t = this.next();
        if (this.is(t, 'punct', ']')) break;
        if (!this.is(t, 'punct', ',')) {
          this.fail(`expected ',' or ']' in the array, found ${describe(t)}`, t);
        }
      }
    }
    this.leave();
    return { kind: 'array', items, start: open.start, end: t.end };
  }

  private object(open: Token): Expr {
    this.enter(open);
    const entries: ObjectEntry[] = [];
    let t = this.peek();
    if (this.is(t, 'punct', '}')) this.next();
    else {
      for (;;) {
        entries.push(this.entry());
        t = this.next();
        if (this.is(t, 'punct', '}')) break;
        if (!this.is(t, 'punct', ',')) {
          this.fail(`expected ',' or '}' in the object, found ${describe(t)}`, t);
        }
      }
    }
    this.leave();
    return { kind: 'object', entries, start: open.start, end: t.end };
  }

  private entry(): ObjectEntry {
    const key = this.next();
    if (key.kind !== 'string' && key.kind !== 'ident') {
      this.fail(`expected a key in quotes, found ${describe(key)}`, key);
    }
    this.expect(':', `expected ':' after the key ${key.text}`);
    const quote = key.kind === 'string' ? 1 : 0;
    const text = key.kind === 'string' ? (key.value as string) : key.text;
    const value = this.parseOr();
    return { key: text, keyStart: key.start + quote, keyEnd: key.end - quote, value };
  }
}
