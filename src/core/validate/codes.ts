import type { Severity } from '../model/diagnostic';

/** Where a diagnostic code is produced: the parser (`src/core/yaml`) or a validation rule. */
export type CodeSource = 'parser' | 'rule';

export interface CodeInfo {
  severity: Severity;
  source: CodeSource;
}

const parser = (severity: Severity) => ({ severity, source: 'parser' as const });
const rule = (severity: Severity) => ({ severity, source: 'rule' as const });

/**
 * Every diagnostic code FDL Studio reports, with its fixed severity. Codes are a public contract
 * (the CLI prints them, CI scripts match them): never rename one; docs/diagnostics.md documents
 * each with an example, and fixtures/invalid/ holds one file per code.
 */
export const DIAGNOSTIC_CODES = {
  // Reported while parsing (src/core/yaml).
  'document-too-large': parser('error'),
  'document-too-deep': parser('error'),
  'document-empty': parser('error'),
  'not-a-mapping': parser('error'),
  'yaml-syntax': parser('error'),
  'yaml-unknown-tag': parser('error'),
  'yaml-warning': parser('warning'),
  'yaml-alias': parser('error'),
  'yaml-anchor': parser('error'),
  'yaml-merge-key': parser('warning'),
  'duplicate-key': parser('error'),
  'yaml-complex-key': parser('error'),
  'yaml-non-json-value': parser('error'),
  'legacy-syntax': parser('error'),
  'field-type': parser('error'),
  'unknown-field': parser('warning'),
  'field-not-allowed': parser('error'),
  'state-not-a-mapping': parser('error'),
  'state-name-missing': parser('error'),
  'state-type-missing': parser('error'),
  'state-type-unknown': parser('error'),
  'duplicate-state-name': parser('error'),
  // Reported by validation rules (src/core/validate/rules).
  'required-field-missing': rule('error'),
  'recommended-field-missing': rule('warning'),
  'value-not-allowed': rule('error'),
  'value-out-of-range': rule('error'),
  'workflow-name-invalid': rule('error'),
  'target-not-found': rule('error'),
  'target-out-of-scope': rule('error'),
  'action-malformed': rule('error'),
  'action-typo': rule('warning'),
  'express-task-mode': rule('error'),
  'express-wait-seconds': rule('error'),
  'express-map-child-mode': rule('error'),
  'branches-empty': rule('error'),
  'parallel-too-many-branches': rule('error'),
  'max-concurrency-high': rule('warning'),
  'max-concurrency-too-high': rule('error'),
  'transition-missing': rule('error'),
  'next-and-end': rule('warning'),
  'end-ignored': rule('warning'),
  'errors-empty': rule('warning'),
  'fnf-all-not-last': rule('warning'),
  'global-in-map': rule('warning'),
  'global-key-conflict': rule('warning'),
  'deprecated-field': rule('warning'),
  'name-reused': rule('warning'),
  'state-unreachable': rule('warning'),
  'cycle-without-exit': rule('warning'),
  'expression-syntax': rule('error'),
  'expression-unknown-variable': rule('error'),
  'expression-unknown-function': rule('error'),
  'expression-function-arity': rule('error'),
  'expression-nesting-too-deep': rule('error'),
  'expression-not-string': rule('error'),
  'expression-output-unavailable': rule('error'),
  'expression-item-unavailable': rule('error'),
  'literal-looks-like-expression': rule('warning'),
  'placeholder-unreplaced': rule('warning'),
  'definition-size-limit': rule('warning'),
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
/** The codes a validation rule may report (parser codes are reported by the parser only). */
export type RuleCode = {
  [K in DiagnosticCode]: (typeof DIAGNOSTIC_CODES)[K]['source'] extends 'rule' ? K : never;
}[DiagnosticCode];
