import type { CatchRule, RetryRule } from '../model/types';

export interface ErrorType {
  name: string;
  description: string;
}

/** The catch-all error name (fdl.md §5.5). */
export const CATCH_ALL_ERROR = 'FnF.ALL';

/**
 * Error names offered in the Error Type pickers (fdl.md §5.5): the documented ones first, then
 * the FC codes the reference lists as plausible. Custom names can always be typed.
 */
export const ERROR_TYPES: readonly ErrorType[] = [
  { name: CATCH_ALL_ERROR, description: 'Every error.' },
  { name: 'FnF.Timeout', description: 'The task ran past its Timeout.' },
  {
    name: 'FC.ResourceThrottled',
    description: 'Function Compute throttled the call (concurrency).',
  },
  { name: 'FC.ResourceExhausted', description: 'Function Compute ran out of resources.' },
  { name: 'FC.InvalidArgument', description: 'Function Compute rejected an argument.' },
  { name: 'FC.AccessDenied', description: 'The execution role may not invoke the function.' },
  { name: 'FC.FunctionNotFound', description: 'The function does not exist.' },
  { name: 'FC.ServiceNotFound', description: 'The service does not exist (FC 2.0).' },
  { name: 'FC.EntityTooLarge', description: 'The request or response is too large.' },
  { name: 'FC.InternalServerError', description: 'Function Compute failed internally.' },
  { name: 'FC.ConcurrentUpdateError', description: 'The function was being updated.' },
];

/**
 * Indices of rules that can never apply because an earlier rule matches `FnF.ALL` (the first
 * matching rule wins, fdl.md §5.4). Used to warn at the shadowed rules themselves.
 */
export function shadowedRules(rules: readonly (RetryRule | CatchRule)[]): number[] {
  const first = rules.findIndex((r) => r.Errors?.includes(CATCH_ALL_ERROR));
  if (first < 0) return [];
  return rules.map((_, i) => i).filter((i) => i > first);
}

/** Why a typed error name cannot be used, or null. */
export function checkErrorName(name: string): string | null {
  const t = name.trim();
  if (t === '') return 'Type an error name.';
  if (/\s/.test(t)) return 'Error names have no spaces.';
  return null;
}

/** Moves item `from` to position `to` (drag reorder), returning a new list. */
export function moveListItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  const target = Math.max(0, Math.min(to, out.length));
  out.splice(target, 0, item as T);
  return out;
}
