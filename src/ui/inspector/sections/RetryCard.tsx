import type { ReactNode } from 'react';
import { checkNumber, NUMBER_BOUNDS, type RetryRule } from '../../../core';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { RuleCard } from './RuleCard';

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
    <RuleCard
      edit={edit}
      list="Retry"
      index={index}
      rule={rule}
      rules={rules}
      handle={handle}
      onRemove={onRemove}
    >
      <div className="igrid">
        {num('MaxAttempts')}
        {num('IntervalSeconds')}
        {num('BackoffRate')}
        {num('MaxBackoffSeconds')}
      </div>
    </RuleCard>
  );
}
