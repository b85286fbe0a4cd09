import { parseJsonInput, type JsonValue } from '../../core';

/** Reads JSON typed by the user; on failure a located message for the field. */
export function readJson(
  text: string,
  what: string,
): { ok: true; value: JsonValue } | { ok: false; message: string; offset: number } {
  const r = parseJsonInput(text);
  if (r.ok) return r;
  return {
    ok: false,
    message: `${what} is not valid JSON at line ${r.line} column ${r.column}: ${r.message}`,
    offset: r.offset,
  };
}
