import { parse } from 'yaml';
import type { Constructor, JsonValue } from '../model/types';

/** The `.$` suffix that makes a constructor value an expression (fdl.md §3.2). */
export const EXPRESSION_SUFFIX = '.$';

/**
 * One key/value row of a constructor map as the inspector edits it: the key without its `.$`
 * suffix, whether the value is an expression (the suffix is present), and the value as text:
 * the expression itself, or the constant written as a YAML scalar (`123`, `string`, `true`,
 * `[1, 2]`, `{a: b}`).
 */
export interface ConstructorRow {
  key: string;
  expression: boolean;
  text: string;
}

/** The rows of a constructor map, in key order. */
export function rowsFromConstructor(map: Constructor | undefined): ConstructorRow[] {
  if (!map) return [];
  return Object.entries(map).map(([rawKey, value]) => {
    const expression = rawKey.endsWith(EXPRESSION_SUFFIX);
    const key = expression ? rawKey.slice(0, -EXPRESSION_SUFFIX.length) : rawKey;
    const text = expression && typeof value === 'string' ? value : constantText(value);
    return { key, expression, text };
  });
}

/** The map key a row writes: `key.$` for expressions, `key` for constants. */
export function rowKey(row: Pick<ConstructorRow, 'key' | 'expression'>): string {
  return row.expression ? row.key + EXPRESSION_SUFFIX : row.key;
}

/**
 * Text for a constant: strings as typed unless YAML would read them as something else (then
 * JSON-quoted, so `"123"` stays a string); other values as compact JSON.
 */
export function constantText(value: JsonValue): string {
  if (typeof value === 'string') {
    const reread = readScalar(value);
    return reread.ok && reread.value === value ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

/**
 * Reads a constant typed in a row with YAML's rules: `123` is a number, `true` a boolean,
 * `[1, 2]` a list, `"123"` a string, anything unparseable stays the literal text.
 */
export function constantValue(text: string): JsonValue {
  if (text.trim() === '') return '';
  const r = readScalar(text);
  return r.ok ? r.value : text;
}

function readScalar(text: string): { ok: true; value: JsonValue } | { ok: false } {
  try {
    const v = parse(text, { schema: 'core' }) as unknown;
    if (v === undefined) return { ok: false };
    return { ok: true, value: v as JsonValue };
  } catch {
    return { ok: false };
  }
}

/** A problem with one row, located by row index and part. */
export interface RowProblem {
  row: number;
  part: 'key' | 'value';
  message: string;
}

/**
 * Builds the constructor map from rows, or the problems that keep it from being written:
 * empty or duplicate keys (after the `.$` suffix is applied) and empty expressions. Expression
 * syntax is checked separately (`checkExpressionText`) so the caller can show it at the row.
 */
export function constructorFromRows(
  rows: readonly ConstructorRow[],
): { ok: true; value: Constructor } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const value: Constructor = {};
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.key.trim() === '') {
      problems.push({ row: i, part: 'key', message: 'A key is needed.' });
      return;
    }
    const k = rowKey(row);
    const plain = row.key;
    const first = seen.get(plain);
    if (first !== undefined) {
      problems.push({
        row: i,
        part: 'key',
        message: `“${plain}” is already used by row ${first + 1}.`,
      });
      return;
    }
    seen.set(plain, i);
    if (row.expression) {
      if (row.text.trim() === '') {
        problems.push({
          row: i,
          part: 'value',
          message: 'An expression is needed, e.g. $Input.id.',
        });
        return;
      }
      value[k] = row.text.trim();
    } else {
      value[k] = constantValue(row.text);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * Toggles a row between constant and expression (adding or removing the `.$` suffix). A
 * constant string becomes the expression text as is; an expression becomes the string constant.
 */
export function toggleRowKind(row: ConstructorRow): ConstructorRow {
  if (row.expression) return { key: row.key, expression: false, text: constantText(row.text) };
  const v = constantValue(row.text);
  return { key: row.key, expression: true, text: typeof v === 'string' ? v : row.text };
}
