import { Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { shadowedRules, type CatchRule, type RetryRule } from '../../../core';
import { ErrorTypePicker } from '../fields/ErrorTypePicker';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';

/** What differs between a Retry policy card and a Catch rule card. */
export const RULE_KINDS = {
  Retry: { testId: 'retry', noun: 'retry policy', short: 'policy', title: 'Retry policy' },
  Catch: { testId: 'catch', noun: 'capture rule', short: 'rule', title: 'Error capture rule' },
} as const;
export type RuleList = keyof typeof RULE_KINDS;

interface Props {
  edit: InspectorEdit;
  list: RuleList;
  index: number;
  rule: RetryRule | CatchRule;
  rules: readonly (RetryRule | CatchRule)[];
  handle: ReactNode;
  onRemove(): void;
  /** The fields of the kind, between Error Type and Description. */
  children: ReactNode;
}

/**
 * The frame shared by Retry policies and capture rules: header (drag grip, title, remove), the
 * FnF.ALL shadowing warning, Error Type (`Errors`), the kind's own fields, and Description.
 */
export function RuleCard({ edit, list, index, rule, rules, handle, onRemove, children }: Props) {
  const kind = RULE_KINDS[list];
  const base = `${list}/${index}`;
  const shadowed = shadowedRules(rules).includes(index);
  return (
    <div
      className={`icard${shadowed ? ' icard--shadowed' : ''}`}
      data-testid={`inspector.${kind.testId}.${index}`}
    >
      <div className="icard__head">
        {handle}
        <span className="icard__title">{rule.Description || `${kind.title} #${index + 1}`}</span>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Remove ${kind.noun} ${index + 1}`}
          disabled={edit.readOnly !== null}
          onClick={onRemove}
        >
          <Trash2 size={14} aria-hidden="true" />
        </button>
      </div>
      {shadowed && (
        <div
          className="ifield__msg ifield__msg--warning"
          data-testid={`inspector.${kind.testId}.shadowed`}
        >
          Never applies: an earlier {kind.short} matches FnF.ALL (every error). Move the FnF.ALL{' '}
          {kind.short} last.
        </div>
      )}
      <ErrorTypePicker
        edit={edit}
        field={`${base}/Errors`}
        value={Array.isArray(rule.Errors) ? rule.Errors : []}
        messages={toMessages(edit.diagnosticsAt(`${base}/Errors`, true))}
      />
      {children}
      <TextField
        edit={edit}
        field={`${base}/Description`}
        testName={`${list}.${index}.Description`}
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
