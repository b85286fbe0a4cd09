import { childrenOf, type Expr } from './ast';
import type { ExpressionError, ExpressionErrorKind } from './errors';
import type { Token } from './lexer';

/** Deepest nesting of parentheses, brackets, braces, prefix operators and calls. */
export const MAX_EXPRESSION_NESTING = 64;
/** Tallest AST (long chains such as `a || b || …` or `$Input.a.a.a…`), so evaluation stays shallow. */
export const MAX_EXPRESSION_HEIGHT = 1_000;

/** Thrown inside the parser to abandon a syntactically broken text; never escapes it. */
export class SyntaxFailure {
  constructor(readonly error: ExpressionError) {}
}

/** How a token is named in messages. */
export function describe(t: Token): string {
  return t.kind === 'eof' ? 'the end of the expression' : `'${t.text}'`;
}

/**
 * Token navigation and error bookkeeping for the recursive-descent parser: syntax errors throw
 * a {@link SyntaxFailure} (one per text), checks that leave the tree usable (unknown names,
 * arity) are collected in `errors` and parsing goes on.
 */
export class TokenCursor {
  readonly errors: ExpressionError[] = [];
  protected pos = 0;
  protected depth = 0;

  constructor(protected readonly tokens: Token[]) {}

  protected peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  protected next(): Token {
    const t = this.tokens[this.pos] as Token;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  protected is(t: Token, kind: Token['kind'], text: string): boolean {
    return t.kind === kind && t.text === text;
  }

  /** Consumes the punctuation `text` or fails with "`message`, found <the token>". */
  protected expect(text: string, message: string): Token {
    const t = this.next();
    if (!this.is(t, 'punct', text)) this.fail(`${message}, found ${describe(t)}`, t);
    return t;
  }

  protected fail(
    message: string,
    at: { start: number; end: number },
    kind: ExpressionErrorKind = 'syntax',
  ): never {
    throw new SyntaxFailure({ message, kind, start: at.start, end: at.end });
  }

  protected report(error: ExpressionError | undefined): void {
    if (error) this.errors.push(error);
  }

  /** Enters one nesting level; bounded so 10,000 `(` end with an error, not a stack overflow. */
  protected enter(at: Token): void {
    if (++this.depth > MAX_EXPRESSION_NESTING) {
      this.fail(
        `expression is nested too deeply (more than ${MAX_EXPRESSION_NESTING} levels)`,
        at,
        'limit',
      );
    }
  }

  protected leave(): void {
    this.depth--;
  }
}

/** Rejects ASTs taller than MAX_EXPRESSION_HEIGHT (iteratively, so the check itself cannot overflow). */
export function checkHeight(ast: Expr): void {
  const stack: { node: Expr; height: number }[] = [{ node: ast, height: 1 }];
  while (stack.length > 0) {
    const { node, height } = stack.pop() as { node: Expr; height: number };
    if (height > MAX_EXPRESSION_HEIGHT) {
      const message = `expression is too complex (more than ${MAX_EXPRESSION_HEIGHT} nested operations)`;
      throw new SyntaxFailure({ message, kind: 'limit', start: node.start, end: node.end });
    }
    for (const child of childrenOf(node)) stack.push({ node: child, height: height + 1 });
  }
}
