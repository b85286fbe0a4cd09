import { checkNumber, NUMBER_BOUNDS, waitSecondsBounds, type StateEntry } from '../../../core';
import { ExpressionField } from '../fields/ExpressionField';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { useWorkflowSettings } from '../workflowSettings';

interface Props {
  edit: InspectorEdit;
  entry: StateEntry;
  /** `Timeout` (Task) or `Seconds` (Wait); the expression form is `<field>.$`. */
  field: 'Timeout' | 'Seconds';
  label: string;
  help: string;
  bounds: 'Timeout' | 'Seconds';
}

/** A number of seconds, or an expression giving it (`Seconds.$`, `Timeout.$`). */
export function SecondsOrExpression({ edit, entry, field, label, help, bounds }: Props) {
  const { mode } = useWorkflowSettings();
  const values = entry.state as unknown as Record<string, unknown>;
  const exprField = `${field}.$`;
  const isExpr = typeof values[exprField] === 'string';
  const raw = values[field];
  const numberText = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
  const b = bounds === 'Timeout' ? NUMBER_BOUNDS.Timeout : waitSecondsBounds(mode);

  const toggle = (
    <span className="iseg" role="group" aria-label={`${label}: number or expression`}>
      <button
        type="button"
        className="iseg__btn"
        aria-pressed={!isExpr}
        data-testid={`inspector.${field}.number`}
        onClick={() => {
          if (!isExpr) return;
          const s = edit.begin(field);
          edit.unset(exprField, s);
        }}
      >
        Number
      </button>
      <button
        type="button"
        className="iseg__btn"
        aria-pressed={isExpr}
        data-testid={`inspector.${field}.expression`}
        onClick={() => {
          if (isExpr) return;
          const s = edit.begin(field);
          if (raw !== undefined) edit.unset(field, s);
          edit.set(exprField, '$Input.' + (field === 'Timeout' ? 'timeout' : 'seconds'), s);
          edit.end();
        }}
      >
        Expression
      </button>
    </span>
  );

  if (isExpr) {
    return (
      <ExpressionField
        edit={edit}
        field={exprField}
        testName={field}
        label={label}
        help={help}
        aside={toggle}
        value={String(values[exprField])}
        messages={toMessages(edit.diagnosticsAt(exprField))}
        write={(text, session) => {
          const reason = edit.set(exprField, text, session);
          return reason ? { severity: 'error', message: reason } : null;
        }}
      />
    );
  }
  return (
    <TextField
      edit={edit}
      field={field}
      label={label}
      help={help}
      aside={toggle}
      value={numberText}
      inputMode="numeric"
      messages={toMessages(edit.diagnosticsAt(field))}
      commit={(text, session) => {
        const c = checkNumber(text, b);
        if (c.kind === 'invalid') return { severity: 'error', message: c.message };
        // The docs type Timeout as a string of seconds; numbers are accepted and kept as typed.
        const reason =
          c.kind === 'empty' ? edit.unset(field, session) : edit.set(field, c.value, session);
        if (reason) return { severity: 'error', message: reason };
        return c.kind === 'value' && c.warning
          ? { severity: 'error', message: c.warning, written: true }
          : null;
      }}
    />
  );
}
