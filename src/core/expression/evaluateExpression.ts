import type { JsonValue } from '../model/types';
import type { BinaryExpr, CallExpr, Expr, VariableName } from './ast';
import type { Builtin, CallContext } from './builtinArgs';
import { DATA_BUILTINS } from './builtinsData';
import { TEXT_BUILTINS } from './builtinsText';
import { ExpressionEvalError, type ExpressionFailure } from './errors';
import { evaluateJsonPathOperand } from './jsonPathBridge';
import { binaryOperation } from './operators';
import { createSeededRandom } from './random';
import { getOwn, isJsonObject, objectFromEntries, typeName } from './values';

/** The variables an expression can read, and the random source of randomInt/uuid. */
export interface EvalEnv {
  vars: Partial<Record<VariableName, JsonValue>>;
  /**
   * Uniform numbers in [0, 1), seeded by the caller so runs repeat (see `createSeededRandom`).
   * Without it each evaluation uses a fresh generator with seed 0: deterministic, but every
   * evaluation then draws the same numbers.
   */
  random?: () => number;
  /**
   * Strict paths (fdl.md §3.2 rule 7 suggests it as an option): a missing key, an index out of
   * range, or a field of a non-object is an error instead of `null`.
   */
  strictPaths?: boolean;
}

const BUILTINS: Readonly<Record<string, Builtin>> = { ...DATA_BUILTINS, ...TEXT_BUILTINS };

/**
 * Evaluates a parsed expression (only ASTs that `parseExpression` returned with no errors).
 * Throws {@link ExpressionEvalError} and nothing else (anything else would be a bug).
 * Semantics (to be recorded in docs/semantics.md):
 * - A path through a missing key, an out-of-range index, or a value of another type (`.x` on a
 *   string) gives `null` (fdl.md §3.2 rule 7). Negative indices count from the end.
 * - A variable absent from `env.vars` (e.g. `$Output` in an InputConstructor) is an error: the
 *   caller decides which variables a field can see.
 * - `==`/`!=` compare deeply; values of different types are unequal. `< <= > >=` order two
 *   numbers or two strings (by code point); other pairs compare false (fdl.md §12 Q6).
 * - `in`: array membership (deep equality) or own key of an object; `null` on the right gives
 *   false; other right-hand types are an error.
 * - `!`, `&&`, `||` need booleans (an error otherwise, as in expr-lang); `&&`/`||` evaluate
 *   the right side only when needed.
 * - The result may share structure with `env.vars`: treat it as read-only or copy it.
 */
export function evaluateExpression(ast: Expr, env: EvalEnv): JsonValue {
  try {
    return new Evaluator(env).eval(ast);
  } catch (e) {
    // A value nested beyond the engine's stack (deep JSON compared or serialised) surfaces as a
    // RangeError. Anything else is a bug and is rethrown as is, so tests can see it.
    if (!(e instanceof RangeError)) throw e;
    const message = 'a value is nested too deeply to process';
    throw new ExpressionEvalError(message, 'limit', ast.start, ast.end);
  }
}

class Evaluator {
  private randomSource: (() => number) | undefined;

  constructor(private readonly env: EvalEnv) {
    this.randomSource = env.random;
  }

  eval(node: Expr): JsonValue {
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'array':
        return node.items.map((item) => this.eval(item));
      case 'object':
        return objectFromEntries(node.entries.map((e) => [e.key, this.eval(e.value)] as const));
      case 'variable':
        return this.variable(node.name, node);
      case 'jsonpath': {
        if (!node.query) throw fail(`invalid JSONPath ${node.source}`, 'syntax', node);
        const result = evaluateJsonPathOperand(node.query, this.variable('$Input', node));
        if (!result.ok) throw fail(`JSONPath ${node.source}: ${result.message}`, 'limit', node);
        return result.value;
      }
      case 'member': {
        const obj = this.eval(node.object);
        const found = isJsonObject(obj) ? getOwn(obj, node.property) : undefined;
        return found !== undefined ? found : this.missing(obj, `field "${node.property}"`, node);
      }
      case 'index':
        return this.index(this.eval(node.object), this.eval(node.index), node);
      case 'call':
        return this.call(node);
      case 'unary': {
        const v = this.eval(node.operand);
        if (node.op === '!') {
          if (typeof v !== 'boolean')
            throw fail(`'!' needs a boolean, got ${typeName(v)}`, 'type', node);
          return !v;
        }
        if (typeof v !== 'number')
          throw fail(`'-' needs a number, got ${typeName(v)}`, 'type', node);
        return v === 0 ? 0 : -v;
      }
      case 'binary':
        return this.binary(node);
    }
  }

  private variable(name: string, at: Expr): JsonValue {
    const value = (this.env.vars as Record<string, JsonValue | undefined>)[name];
    if (value !== undefined && Object.prototype.hasOwnProperty.call(this.env.vars, name)) {
      return value;
    }
    throw fail(`${name} is not available here`, 'value', at);
  }

  private index(obj: JsonValue, key: JsonValue, at: Expr): JsonValue {
    if (typeof key === 'number') {
      if (!Number.isInteger(key)) throw fail(`index ${key} is not an integer`, 'type', at);
      const found = Array.isArray(obj) ? obj[key < 0 ? obj.length + key : key] : undefined;
      return found !== undefined ? found : this.missing(obj, `index ${key}`, at);
    }
    if (typeof key === 'string') {
      const found = isJsonObject(obj) ? getOwn(obj, key) : undefined;
      return found !== undefined ? found : this.missing(obj, `key "${key}"`, at);
    }
    throw fail(`an index must be a number or a string, got ${typeName(key)}`, 'type', at);
  }

  /** A missing path step: `null`, or in strict mode an error naming the step. */
  private missing(obj: JsonValue, step: string, at: Expr): null {
    if (!this.env.strictPaths) return null;
    const container = Array.isArray(obj) ? 'array' : isJsonObject(obj) ? 'object' : null;
    const message = container
      ? `${step} does not exist in the ${container}`
      : `cannot read ${step} of ${typeName(obj)}`;
    throw fail(message, 'value', at);
  }

  private call(node: CallExpr): JsonValue {
    const fn = Object.prototype.hasOwnProperty.call(BUILTINS, node.name)
      ? BUILTINS[node.name]
      : undefined;
    if (!fn) throw fail(`unknown function ${node.name}`, 'syntax', node);
    const args = node.args.map((a) => this.eval(a));
    const ctx: CallContext = {
      name: node.name,
      random: () => this.random(),
      fail: (message: string, failure: ExpressionFailure, arg?: number) => {
        throw fail(message, failure, (arg !== undefined && node.args[arg]) || node);
      },
    };
    return fn(args, ctx);
  }

  private random(): number {
    this.randomSource ??= createSeededRandom(0);
    return this.randomSource();
  }

  private binary(node: BinaryExpr): JsonValue {
    if (node.op === '&&' || node.op === '||') {
      const left = this.eval(node.left);
      if (typeof left !== 'boolean')
        throw fail(
          `the left side of '${node.op}' must be a boolean, got ${typeName(left)}`,
          'type',
          node.left,
        );
      if (left === (node.op === '||')) return left;
      const right = this.eval(node.right);
      if (typeof right !== 'boolean')
        throw fail(
          `the right side of '${node.op}' must be a boolean, got ${typeName(right)}`,
          'type',
          node.right,
        );
      return right;
    }
    const result = binaryOperation(node.op, this.eval(node.left), this.eval(node.right));
    if (!result.ok) throw fail(result.message, result.failure, node);
    return result.value;
  }
}

function fail(message: string, failure: ExpressionFailure, at: { start: number; end: number }) {
  return new ExpressionEvalError(message, failure, at.start, at.end);
}
