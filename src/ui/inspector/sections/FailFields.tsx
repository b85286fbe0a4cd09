import type { FailState } from '../../../core';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';

/** Fail: the error Code and Detail the execution fails with. */
export function FailFields({ edit, state }: { edit: InspectorEdit; state: FailState }) {
  const text = (field: 'Code' | 'Detail', label: string, help: string) => (
    <TextField
      edit={edit}
      field={field}
      label={label}
      help={help}
      value={typeof state[field] === 'string' ? (state[field] as string) : ''}
      multiline={field === 'Detail'}
      rows={2}
      messages={toMessages(edit.diagnosticsAt(field))}
      commit={(t, session) => {
        const reason = t === '' ? edit.unset(field, session) : edit.set(field, t, session);
        return reason ? { severity: 'error', message: reason } : null;
      }}
    />
  );
  return (
    <>
      {text('Code', 'Error Code', 'The execution error code, e.g. customBizCode.')}
      {text('Detail', 'Error Detail', 'The cause shown with the error.')}
    </>
  );
}
