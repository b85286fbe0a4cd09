import { isVariableName, VARIABLE_NAMES } from './ast';
import type { ExpressionError } from './errors';
import { findFunction, FUNCTIONS } from './functionCatalog';
import { suggest } from './suggest';

const FUNCTION_NAMES = FUNCTIONS.map((f) => f.name);
const WORD_HINTS: Record<string, string> = { and: '&&', or: '||', not: '!' };

interface Span {
  text: string;
  start: number;
  end: number;
}

/** The error for a `$name` that is not a variable root (with a quick-fix for `$input`). */
export function unknownVariableError(t: Span): ExpressionError | undefined {
  if (isVariableName(t.text)) return undefined;
  const guess = suggest(t.text, VARIABLE_NAMES);
  const message = guess
    ? `unknown variable ${t.text} — did you mean ${guess}?`
    : `unknown variable ${t.text}: use one of ${VARIABLE_NAMES.join(', ')}`;
  const kind = 'unknown-variable' as const;
  return { message, kind, start: t.start, end: t.end, ...(guess ? { fix: guess } : {}) };
}

/** Why a bare word (not `true`/`false`/`null`, not followed by `(`) is not an expression. */
export function bareWordMessage(word: string): string {
  if (word === 'in') return `expected a value before 'in'`;
  const hint = WORD_HINTS[word];
  if (hint) return `unknown word '${word}': use ${hint}`;
  if (findFunction(word)) return `${word} is a function: call it as ${word}(…)`;
  const literal = suggest(word, ['true', 'false', 'null']);
  if (literal && literal.toLowerCase() === word.toLowerCase()) {
    return `unknown name '${word}' — did you mean ${literal}?`;
  }
  const variable = suggest(`$${word}`, VARIABLE_NAMES);
  if (variable) return `unknown name '${word}' — did you mean ${variable}?`;
  return `unknown name '${word}': variables start with $ (such as $Input.${word}) and strings need quotes`;
}

/** The error for a call of an unknown function or with the wrong number of arguments. */
export function callError(name: Span, count: number): ExpressionError | undefined {
  const info = findFunction(name.text);
  const at = { start: name.start, end: name.end };
  if (!info) {
    const guess = suggest(name.text, FUNCTION_NAMES);
    const message = guess
      ? `unknown function ${name.text} — did you mean ${guess}?`
      : `unknown function ${name.text}: the built-in functions are ${FUNCTION_NAMES.join(', ')}`;
    return { message, kind: 'unknown-function', ...at, ...(guess ? { fix: guess } : {}) };
  }
  if (count >= info.minArgs && count <= info.maxArgs) return undefined;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  const expected =
    info.minArgs === info.maxArgs
      ? plural(info.minArgs)
      : count < info.minArgs
        ? `at least ${plural(info.minArgs)}`
        : `at most ${plural(info.maxArgs)}`;
  const message = `${info.name} expects ${expected}, got ${count}: ${info.signature}`;
  return { message, kind: 'arity', ...at };
}
