/** What an export writes. */
export type ExportKind = 'yaml' | 'json' | 'svg' | 'png' | 'mmd';

/**
 * A safe, readable file name from a workflow name: letters, digits, `-`, `_` and `.` kept
 * (Unicode letters too), runs of anything else become one `-`; empty names fall back to
 * `workflow`. Never a path (no `/`, `\`), never a dot file.
 */
export function exportFileName(workflowName: string, kind: ExportKind): string {
  const base = workflowName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base === '' ? 'workflow' : base}.${kind}`;
}
