import type { StatePath } from '../model/statePath';
import type { JsonValue } from '../model/types';
import { previewExpression, type PreviewField, type RunSnapshot } from '../simulator';

/** What the inspector shows next to an expression field (issue 6, "expression preview"). */
export type ExpressionPreview =
  /** Nothing to evaluate against: no run yet, or the state was not reached. Shown muted. */
  | { kind: 'idle'; message: string }
  /** The expression's value as the state saw it, as compact JSON (possibly shortened). */
  | { kind: 'value'; text: string; value: JsonValue }
  /** The expression fails on that input (the message the evaluator gives). */
  | { kind: 'error'; message: string };

export const NO_RUN_MESSAGE = 'Run the workflow to preview';
const MAX_TEXT = 120;

/**
 * The simulator's preview field for an inspector field path, or null when the field has no
 * preview (ItemConstructor sees `$Item`, a Catch's OutputConstructor sees the error: neither is
 * recorded by a run). `Parameters/body` and other sub-paths of a field map to the field.
 *
 * @example previewFieldOf('Branches/0/Condition') // 'Condition'
 */
export function previewFieldOf(field: string): PreviewField | null {
  const top = field.split('/')[0] ?? '';
  switch (top) {
    case 'InputConstructor':
    case 'Parameters':
    case 'OutputConstructor':
    case 'GlobalConstructor':
    case 'ItemsPath':
    case 'Seconds.$':
    case 'Timeout.$':
      return top;
    case 'Branches':
      return field.endsWith('/Condition') ? 'Condition' : null;
    default:
      return null;
  }
}

/** JSON text of a value, shortened to `max` characters with an ellipsis. */
export function previewText(value: JsonValue, max = MAX_TEXT): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The preview of `source` (an expression) in the state at `path`, evaluated against what that
 * state received in `run` (the last simulator run; null when there is none). Empty text has no
 * preview. Never throws.
 *
 * @example describePreview(snapshot, 'Route', '$Input.amount > 10', 'Condition')
 */
export function describePreview(
  run: RunSnapshot | null,
  path: StatePath,
  source: string,
  field: PreviewField,
): ExpressionPreview {
  if (!run) return { kind: 'idle', message: NO_RUN_MESSAGE };
  if (source.trim() === '') return { kind: 'idle', message: '' };
  const s = Object.hasOwn(run.states, path) ? run.states[path] : undefined;
  if (!s || s.visits === 0) {
    return { kind: 'idle', message: 'Not reached in the last run' };
  }
  const r = previewExpression(run, path, source, field);
  return r.ok
    ? { kind: 'value', text: previewText(r.value), value: r.value }
    : { kind: 'error', message: r.message };
}
