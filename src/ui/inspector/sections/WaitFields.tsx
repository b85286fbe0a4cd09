import type { StateEntry } from '../../../core';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { useWorkflowSettings } from '../workflowSettings';
import { SecondsOrExpression } from './SecondsOrExpression';

/** Wait: seconds (1–300 Standard, 1–20 Express) or an expression. */
export function WaitFields({ edit, entry }: { edit: InspectorEdit; entry: StateEntry }) {
  const { mode } = useWorkflowSettings();
  const until = (entry.state as { UntilDateTime?: unknown }).UntilDateTime;
  return (
    <>
      <SecondsOrExpression
        edit={edit}
        entry={entry}
        field="Seconds"
        label="Seconds"
        bounds="Seconds"
        help={
          mode === 'Express'
            ? '1–20 seconds in an Express workflow.'
            : '1–300 seconds in a Standard workflow.'
        }
      />
      {until !== undefined && (
        // Deprecated (fdl.md §2.3 history): shown only when the YAML has it, so it can be fixed.
        <TextField
          edit={edit}
          field="UntilDateTime"
          label="Until Date Time (deprecated)"
          mono
          value={typeof until === 'string' ? until : JSON.stringify(until)}
          help="Removed from later revisions of the language: use Seconds. Clear the field to remove it."
          messages={toMessages(edit.diagnosticsAt('UntilDateTime'))}
          commit={(text, session) => {
            const reason =
              text.trim() === ''
                ? edit.unset('UntilDateTime', session)
                : edit.set('UntilDateTime', text, session);
            return reason ? { severity: 'error', message: reason } : null;
          }}
        />
      )}
    </>
  );
}
