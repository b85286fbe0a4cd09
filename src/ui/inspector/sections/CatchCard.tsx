import { Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { shadowedRules, type CatchRule, type StateEntry } from '../../../core';
import { ErrorTypePicker } from '../fields/ErrorTypePicker';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import { siblingOptions, targetPath } from '../scope';
import type { InspectorEdit } from '../useInspectorEdit';

interface Props {
  edit: InspectorEdit;
  entry: StateEntry;
  index: number;
  rule: CatchRule;
  rules: readonly CatchRule[];
  handle: ReactNode;
  onRemove(): void;
}

/** One capture rule (the guide's table → Errors, Next, OutputConstructor, Description). */
export function CatchCard({ edit, entry, index, rule, rules, handle, onRemove }: Props) {
  const base = `Catch/${index}`;
  const shadowed = shadowedRules(rules).includes(index);
  return (
    <div
      className={`icard${shadowed ? ' icard--shadowed' : ''}`}
      data-testid={`inspector.catch.${index}`}
    >
      <div className="icard__head">
        {handle}
        <span className="icard__title">
          {rule.Description || `Error capture rule #${index + 1}`}
        </span>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Remove capture rule ${index + 1}`}
          disabled={edit.readOnly !== null}
          onClick={onRemove}
        >
          <Trash2 size={14} aria-hidden="true" />
        </button>
      </div>
      {shadowed && (
        <div className="ifield__msg ifield__msg--warning" data-testid="inspector.catch.shadowed">
          Never applies: an earlier rule matches FnF.ALL (every error). Move the FnF.ALL rule last.
        </div>
      )}
      <ErrorTypePicker
        edit={edit}
        field={`${base}/Errors`}
        value={Array.isArray(rule.Errors) ? rule.Errors : []}
        messages={toMessages(edit.diagnosticsAt(`${base}/Errors`, true))}
      />
      <SelectField
        edit={edit}
        testName={`Catch.${index}.Next`}
        label="Fallback Status"
        help="The state to go to when the error is caught (same scope)."
        value={targetPath(entry, rule.Next)}
        options={[
          { value: '', label: '— choose a state —', disabled: true },
          ...siblingOptions(entry),
        ]}
        messages={toMessages(edit.diagnosticsAt(`${base}/Next`))}
        onChange={(v) => edit.run('catch.setTarget', { path: edit.path, index, target: v })}
      />
      <YamlValueEditor
        edit={edit}
        field={`${base}/OutputConstructor`}
        testName={`Catch.${index}.OutputConstructor`}
        label="Response"
        mapping
        rows={3}
        value={rule.OutputConstructor}
        help='Attached to the fallback state input, e.g. {"key": "hello world"} or code.$: $Context.Current.Error.Code'
        messages={toMessages(edit.diagnosticsAt(`${base}/OutputConstructor`, true))}
      />
      <TextField
        edit={edit}
        field={`${base}/Description`}
        testName={`Catch.${index}.Description`}
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
