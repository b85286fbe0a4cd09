import type { ExecutionMode } from '../model/types';

/**
 * What a number typed in the inspector becomes: nothing (the field is cleared), a value to write
 * (with `warning` when the YAML can hold it but validation will flag it, e.g. an interval over
 * one day), or an error that keeps the text in the field and writes nothing (not a number).
 */
export type NumberCheck =
  | { kind: 'empty' }
  | { kind: 'value'; value: number; warning?: string }
  | { kind: 'invalid'; message: string };

export interface NumberBounds {
  name: string;
  integer?: boolean;
  min?: number;
  max?: number;
  /** Appended to the bounds in messages, e.g. " seconds (one day at most)". */
  note?: string;
}

/**
 * Reads a number typed in a field. Out-of-range values are returned as values with a warning
 * worded like the validator's `value-out-of-range` marker, so the field and the YAML say the same.
 */
export function checkNumber(text: string, b: NumberBounds): NumberCheck {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (!/^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    return { kind: 'invalid', message: `${b.name} must be a number.` };
  }
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: 'invalid', message: `${b.name} must be a number.` };
  if (b.integer && !Number.isInteger(value)) {
    return { kind: 'invalid', message: `${b.name} must be a whole number.` };
  }
  const low = b.min !== undefined && value < b.min;
  const high = b.max !== undefined && value > b.max;
  if (!low && !high) return { kind: 'value', value };
  const note = b.note ?? '';
  const bounds =
    b.min !== undefined && b.max !== undefined
      ? `between ${b.min} and ${b.max}${note}`
      : b.min !== undefined
        ? `at least ${b.min}${note}`
        : `at most ${b.max}${note}`;
  return { kind: 'value', value, warning: `${b.name} is ${t}; it must be ${bounds}.` };
}

/** Wait `Seconds` bounds by workflow mode (fdl.md §2.3, §7). */
export function waitSecondsBounds(mode: ExecutionMode): NumberBounds {
  return mode === 'Express'
    ? { name: 'Seconds', integer: true, min: 1, max: 20, note: ' seconds in an Express workflow' }
    : { name: 'Seconds', integer: true, min: 1, max: 300, note: ' seconds in a Standard workflow' };
}

/** Bounds of the numbers the inspector edits, by field name (fdl.md §2, §5, §6). */
export const NUMBER_BOUNDS = {
  Timeout: {
    name: 'Timeout',
    integer: true,
    min: 0,
    max: 604800,
    note: ' seconds (0 means no timeout; 604800 is 7 days)',
  },
  MaxAttempts: { name: 'MaxAttempts', integer: true, min: 0 },
  IntervalSeconds: {
    name: 'IntervalSeconds',
    integer: true,
    min: 0,
    max: 86400,
    note: ' seconds (one day at most)',
  },
  BackoffRate: { name: 'BackoffRate', min: 0 },
  MaxBackoffSeconds: {
    name: 'MaxBackoffSeconds',
    integer: true,
    min: 0,
    max: 86400,
    note: ' seconds (one day at most)',
  },
  MaxConcurrency: { name: 'MaxConcurrency', integer: true, min: 0 },
  ToleratedFailurePercentage: {
    name: 'ToleratedFailurePercentage',
    min: 0,
    max: 100,
    note: ' percent',
  },
  ToleratedFailureCount: { name: 'ToleratedFailureCount', integer: true, min: 0 },
} as const satisfies Record<string, NumberBounds>;

/** MaxConcurrency advice for a Map by mode (fdl.md §12 Q9): warn above 40 inline, above 100. */
export function maxConcurrencyAdvice(value: number, distributed: boolean): string | null {
  if (value > 100) return 'MaxConcurrency above 100 exceeds the default quota.';
  if (!distributed && value > 40) return 'Inline Maps run at most 40 iterations at once.';
  return null;
}
