import type { Node } from 'yaml';
import type { JsonValue } from '../model/types';
import { ParseContext } from './context';
import { toJson } from './toJson';
import type { ParseResult } from './types';

/**
 * The whole definition as plain JSON data (every field, known or not, in document order), for
 * export. Never resolves aliases (they were reported by the parser) and never calls the
 * library's `toJS`. Returns null when the text did not parse.
 */
export function documentToJson(parsed: ParseResult): JsonValue | null {
  if (!parsed.doc || parsed.doc.errors.length > 0) return null;
  const ctx = new ParseContext(parsed.text);
  return toJson(
    parsed.doc.contents as Node | null,
    { ctx, path: '' },
    { start: 0, end: parsed.text.length },
  );
}
