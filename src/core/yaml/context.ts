import type { Node } from 'yaml';
import type { DiagnosticDraft, Severity } from '../model/diagnostic';
import type { TextRange } from '../model/range';
import type { StatePath } from '../model/statePath';
import type { NodeLoc } from './types';

/** Collects diagnostics while the parser walks the document. */
export class ParseContext {
  readonly diagnostics: DiagnosticDraft[] = [];

  constructor(readonly text: string) {
    currentText = text;
  }

  report(
    severity: Severity,
    code: string,
    message: string,
    range: TextRange,
    where: { path?: StatePath; field?: string } = {},
  ): void {
    const d: DiagnosticDraft = { severity, code, message, range };
    if (where.path !== undefined) d.path = where.path;
    if (where.field !== undefined) d.field = where.field;
    this.diagnostics.push(d);
  }
}

/**
 * The text range of a YAML node, without trailing comments, blank lines or the final newline
 * (block collections own their trailing newline in the library's ranges).
 */
export function rangeOf(
  node: Node | null | undefined,
  fallback: TextRange,
  text?: string,
): TextRange {
  const r = node?.range;
  if (!r) return fallback;
  let end = r[1];
  const src = text ?? currentText;
  if (src !== undefined) {
    while (end > r[0]) {
      const c = src.charCodeAt(end - 1);
      // space, tab, LF, CR
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      end--;
    }
  }
  return { start: r[0], end };
}

/**
 * The text being parsed, so rangeOf can trim ranges without threading the text through every
 * call. Set by ParseContext; parsing is synchronous, so one module-level slot is enough.
 */
let currentText: string | undefined;

/** Location of a value, with its key when there is one. */
export function locOf(
  value: Node | null | undefined,
  key: Node | null | undefined,
  fallback: TextRange,
): NodeLoc {
  const keyRange = key ? rangeOf(key, fallback) : undefined;
  const range = value ? rangeOf(value, keyRange ?? fallback) : (keyRange ?? fallback);
  return keyRange ? { range, keyRange } : { range };
}

/** Sets an own, enumerable property even for keys like `__proto__` (no prototype pollution). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Plain assignment is safe and much cheaper for every key but `__proto__`, whose assignment
  // would replace the prototype instead of creating a property.
  if (key !== '__proto__') {
    target[key] = value;
    return;
  }
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
