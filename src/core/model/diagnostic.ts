import type { TextRange } from './range';
import type { StatePath } from './statePath';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about a definition. `code` is a stable kebab-case identifier (a public contract:
 * the CLI prints it and docs/diagnostics.md lists every code); `message` says what is wrong and
 * what to do. Lines and columns are 1-based.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  range: TextRange;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The state the finding is about, when there is one. */
  path?: StatePath;
  /** The field inside the state (or at the top level), as a `/`-joined field path. */
  field?: string;
}

/** A diagnostic before its range is resolved to lines and columns. */
export type DiagnosticDraft = Omit<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const rank = { error: 0, warning: 1, info: 2 } as const;

/** Sorts by position, then severity (errors first), then code: stable output for CLI and UI. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start - b.range.start ||
    rank[a.severity] - rank[b.severity] ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}
