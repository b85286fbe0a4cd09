import { parse, stringify } from 'yaml';
import { checkExpressionText, type JsonValue } from '../../../core';

export type TextFormat = 'yaml' | 'json';

/** A value as the sub-editor shows it (never written back as text: only the parsed value is). */
export function valueToText(value: JsonValue | undefined, format: TextFormat): string {
  if (value === undefined) return '';
  if (format === 'json') return JSON.stringify(value, null, 2);
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/**
 * Reads YAML or JSON typed in a sub-editor. JSON is YAML, so one parser reads both; the format
 * only decides how the value is shown. `.$` values must be valid expressions (fdl.md §3.2).
 */
export function textToValue(
  text: string,
  opts: { mapping: boolean },
): { ok: true; value: JsonValue | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = parse(text, { schema: 'core', prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, message: `Not valid YAML or JSON: ${msg}` };
  }
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (opts.mapping && (typeof value !== 'object' || Array.isArray(value))) {
    return { ok: false, message: 'Write a map of keys and values, e.g. key: value' };
  }
  const problem = checkDollarKeys(value as JsonValue, '');
  return problem ? { ok: false, message: problem } : { ok: true, value: value as JsonValue };
}

function checkDollarKeys(v: JsonValue, at: string): string | null {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = checkDollarKeys(v[i] as JsonValue, `${at}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (v === null || typeof v !== 'object') return null;
  for (const [k, child] of Object.entries(v)) {
    const where = at ? `${at}.${k}` : k;
    if (k.endsWith('.$')) {
      if (typeof child !== 'string')
        return `${where}: a key ending in .$ takes an expression (a string).`;
      const errs = checkExpressionText(child);
      if (errs[0]) return `${where}: ${errs[0].message}`;
    } else {
      const p = checkDollarKeys(child, where);
      if (p) return p;
    }
  }
  return null;
}
