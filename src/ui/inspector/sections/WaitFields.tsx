import type { StateEntry } from '../../../core';
import type { InspectorEdit } from '../useInspectorEdit';
import { useWorkflowSettings } from '../workflowSettings';
import { SecondsOrExpression } from './SecondsOrExpression';

/** Wait: seconds (1–300 Standard, 1–20 Express) or an expression. */
export function WaitFields({ edit, entry }: { edit: InspectorEdit; entry: StateEntry }) {
  const { mode } = useWorkflowSettings();
  return (
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
  );
}
