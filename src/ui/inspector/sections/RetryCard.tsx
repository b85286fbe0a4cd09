import { Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { checkNumber, NUMBER_BOUNDS, shadowedRules, type RetryRule } from '../../../core';
import { ErrorTypePicker } from '../fields/ErrorTypePicker';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';

interface Props {
  edit: InspectorEdit;
  index: number;
  rule: RetryRule;
  rules: readonly RetryRule[];
  handle: ReactNode;
  onRemove(): void;
}

type NumField = 'MaxAttempts' | 'IntervalSeconds' | 'BackoffRate' | 'MaxBackoffSeconds';
const LABELS: Record<NumField, [string, string | undefined]> = {
  MaxAttempts: ['Maximum Retries', undefined],
  IntervalSeconds: ['Retry Interval Seconds', 'At most 86400 (one day).'],
  BackoffRate: ['Backoff Multiplication Factor', undefined],
  MaxBackoffSeconds: ['Maximum Backoff Seconds', 'At most 86400 (one day).'],
};

/** One retry policy (the guide's Retry table → Errors, MaxAttempts, IntervalSeconds, …). */
export function RetryCard({ edit, index, rule, rules, handle, onRemove }: Props) {
  const base = `Retry/${index}`;
  const shadowed = shadowedRules(rules).includes(index);
  const num = (f: NumField) => (
    <TextField
      key={f}
      edit={edit}
      field={`${base}/${f}`}
      testName={`Retry.${index}.${f}`}
      label={LABELS[f][0]}
      help={LABELS[f][1]}
      inputMode={f === 'BackoffRate' ? 'decimal' : 'numeric'}
      value={typeof rule[f] === 'number' ? String(rule[f]) : ''}
      messages={toMessages(edit.diagnosticsAt(`${base}/${f}`))}
      commit={(text, session) => {
        const c = checkNumber(text, NUMBER_BOUNDS[f]);
        if (c.kind === 'invalid') return { severity: 'error', message: c.message };
        const reason =
          c.kind === 'empty'
            ? edit.unset(`${base}/${f}`, session)
            : edit.set(`${base}/${f}`, c.value, session);
        if (reason) return { severity: 'error', message: reason };
        return c.kind === 'value' && c.warning
          ? { severity: 'error', message: c.warning, written: true }
          : null;
      }}
    />
  );
  return (
    <div
      className={`icard${shadowed ? ' icard--shadowed' : ''}`}
      data-testid={`inspector.retry.${index}`}
    >
      <div className="icard__head">
        {handle}
        <span className="icard__title">{rule.Description || `Retry policy #${index + 1}`}</span>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Remove retry policy ${index + 1}`}
          disabled={edit.readOnly !== null}
          onClick={onRemove}
        >
          <Trash2 size={14} aria-hidden="true" />
        </button>
      </div>
      {shadowed && (
        <div className="ifield__msg ifield__msg--warning" data-testid="inspector.retry.shadowed">
          Never applies: an earlier policy matches FnF.ALL (every error). Move the FnF.ALL policy
          last.
        </div>
      )}
      <ErrorTypePicker
        edit={edit}
        field={`${base}/Errors`}
        value={Array.isArray(rule.Errors) ? rule.Errors : []}
        messages={toMessages(edit.diagnosticsAt(`${base}/Errors`, true))}
      />
      <div className="igrid">
        {num('MaxAttempts')}
        {num('IntervalSeconds')}
        {num('BackoffRate')}
        {num('MaxBackoffSeconds')}
      </div>
      <TextField
        edit={edit}
        field={`${base}/Description`}
        testName={`Retry.${index}.Description`}
        label="Description"
        value={typeof rule.Description === 'string' ? rule.Description : ''}
        messages={toMessages(edit.diagnosticsAt(`${base}/Description`))}
        commit={(t, session) => {
          const reason =
            t === ''
              ? edit.unset(`${base}/Description`, session)
              : edit.set(`${base}/Description`, t, session);
          return reason ? { severity: 'error', message: reason } : null;
        }}
      />
    </div>
  );
}
