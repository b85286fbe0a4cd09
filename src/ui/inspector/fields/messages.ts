import type { Diagnostic } from '../../../core';
import type { FieldMessage } from './FieldShell';

/** The validator's findings as field messages (the same text as the YAML marker). */
export function toMessages(diagnostics: readonly Diagnostic[]): FieldMessage[] {
  return diagnostics.map((d) => ({ severity: d.severity, message: d.message }));
}
