import { compareDiagnostics, type Diagnostic } from '../model/diagnostic';
import type { ExecutionMode } from '../model/types';
import { resolveDiagnostics } from '../yaml/parseSource';
import type { SkippedState } from '../yaml/toModel';
import type { ParseResult } from '../yaml/types';
import type { Rule } from './rule';
import { RuleContext } from './ruleContext';
import { RULES } from './rules';

export interface ValidateOptions {
  /** The workflow's execution mode (set outside the YAML); Standard when omitted. */
  mode?: ExecutionMode;
  /** The rules to run; every rule when omitted (tests run one at a time). */
  rules?: readonly Rule[];
}

/**
 * Validates a parsed definition: returns the parser's diagnostics plus those of every rule in
 * rules/, sorted by position (`compareDiagnostics`), with 1-based lines and columns. When the
 * text did not parse into a model only the parse diagnostics come back. Never throws on user
 * input. Does not parse: pass the result of `parseSource` (its `skipped` items keep references
 * to states with an unknown Type from being reported as missing).
 *
 * @example
 *   const diagnostics = validate(parseSource(text), { mode: 'Express' });
 *   const ok = !hasErrors(diagnostics);
 */
export function validate(parsed: ParseResult, options: ValidateOptions = {}): Diagnostic[] {
  if (!parsed.ok || !parsed.model) return parsed.diagnostics.slice().sort(compareDiagnostics);
  const skipped = (parsed as ParseResult & { skipped?: SkippedState[] }).skipped ?? [];
  const ctx = new RuleContext(
    parsed.text,
    parsed.model,
    parsed.sourceMap,
    options.mode ?? 'Standard',
    skipped,
  );
  for (const rule of options.rules ?? RULES) rule.run(ctx);
  const found = resolveDiagnostics(ctx.drafts, parsed.lineIndex);
  return [...parsed.diagnostics, ...found].sort(compareDiagnostics);
}
