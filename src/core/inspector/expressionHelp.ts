import { FUNCTIONS, VARIABLES, parseExpression, type ExpressionError } from '../expression';

/** A located problem in an expression typed in the inspector (offsets into the text). */
export type ExpressionProblem = ExpressionError;

/** Problems of a Condition, ItemsPath or `.$` value; empty when the expression is valid. */
export function checkExpressionText(text: string): ExpressionProblem[] {
  return parseExpression(text).errors;
}

export interface ExpressionCompletion {
  /** The text inserted in place of the word being typed. */
  insert: string;
  label: string;
  detail: string;
  kind: 'variable' | 'field' | 'function';
}

/**
 * Completion for the word ending at `caret` in an expression: variables (`$Input`, `$Context`,
 * `$Global`, with `$Context.…` sub-fields) when the word starts with `$`, function names
 * otherwise. Returns the start of the word being replaced and the matching items.
 */
export function completeExpression(
  text: string,
  caret: number,
  available: readonly string[] = ['$Input', '$Context', '$Global'],
): { from: number; items: ExpressionCompletion[] } {
  let from = caret;
  while (from > 0 && /[$A-Za-z0-9_.]/.test(text[from - 1] as string)) from--;
  const word = text.slice(from, caret);
  const items: ExpressionCompletion[] = [];
  if (word.startsWith('$')) {
    for (const v of VARIABLES) {
      if (!available.includes(v.name)) continue;
      if (v.name.startsWith(word)) {
        items.push({ insert: v.name, label: v.name, detail: v.description, kind: 'variable' });
      }
      for (const f of v.fields) {
        const full = `${v.name}.${f.path}`;
        if (word.length > 1 && full.startsWith(word) && full !== word) {
          items.push({ insert: full, label: full, detail: f.description, kind: 'field' });
        }
      }
    }
  } else if (word === '' || /^[A-Za-z]/.test(word)) {
    for (const f of FUNCTIONS) {
      if (f.name.startsWith(word)) {
        items.push({
          insert: `${f.name}(`,
          label: f.signature,
          detail: f.description,
          kind: 'function',
        });
      }
    }
  }
  return { from, items };
}
