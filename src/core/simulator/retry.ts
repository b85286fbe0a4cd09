import type { CatchRule, RetryRule } from '../model/types';
import { ERR } from './errors';

/** True when a rule's `Errors` list names `code` or `FnF.ALL` (exact, case-sensitive). */
export function matchesError(errors: readonly string[] | undefined, code: string): boolean {
  if (!errors) return false;
  for (const e of errors) if (e === code || e === ERR.all) return true;
  return false;
}

/** Index of the first rule (array order) that matches `code`, or -1 (reference §5.4). */
export function firstMatch(rules: readonly (RetryRule | CatchRule)[] | undefined, code: string) {
  if (!rules) return -1;
  return rules.findIndex((r) => matchesError(r.Errors, code));
}

/** `MaxAttempts`: retries after the first attempt (0 allowed); missing or invalid means 0. */
export function maxRetries(rule: RetryRule): number {
  const n = rule.MaxAttempts;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * The delay before retry `n` (1-based) of a rule (reference §5.6):
 * `min(IntervalSeconds × BackoffRate^(n−1), MaxBackoffSeconds)`; BackoffRate defaults to 1,
 * no cap without MaxBackoffSeconds. Negative or non-numeric settings count as 0 (interval) or
 * 1 (rate).
 */
export function retryDelay(rule: RetryRule, n: number): number {
  const interval = num(rule.IntervalSeconds, 0);
  const rate = num(rule.BackoffRate, 1);
  const delay = interval * Math.pow(rate, n - 1);
  const cap = rule.MaxBackoffSeconds;
  const capped =
    typeof cap === 'number' && Number.isFinite(cap) && cap >= 0 ? Math.min(delay, cap) : delay;
  return Number.isFinite(capped) ? capped : Number.MAX_SAFE_INTEGER;
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}
