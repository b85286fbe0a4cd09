import { useState } from 'react';
import {
  allowedTaskModes,
  checkActionText,
  INTEGRATIONS,
  findIntegration,
  parametersOnSwitch,
  type StateEntry,
  type TaskState,
} from '../../../core';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { useWorkflowSettings } from '../workflowSettings';
import { InvokeFunctionForm } from './InvokeFunctionForm';
import { IntegrationParamsForm } from './IntegrationParamsForm';
import { SecondsOrExpression } from './SecondsOrExpression';

const OTHER = '*';

/** Task: action, its parameters (form or YAML), TaskMode and Timeout. */
export function TaskFields({
  edit,
  entry,
  state,
}: {
  edit: InspectorEdit;
  entry: StateEntry;
  state: TaskState;
}) {
  const settings = useWorkflowSettings();
  const [yamlMode, setYamlMode] = useState(false);
  const action = typeof state.Action === 'string' ? state.Action : '';
  const integration = findIntegration(action);
  const known = integration.action !== OTHER;
  const [other, setOther] = useState(!known);
  const modes = allowedTaskModes(action, settings.mode);
  const taskMode = typeof state.TaskMode === 'string' ? state.TaskMode : 'RequestComplete';
  const switchLabel = yamlMode ? 'Switch to form editing' : 'Switch to YAML editing';
  return (
    <>
      <SelectField
        edit={edit}
        testName="ActionKind"
        label="Action"
        value={known && !other ? action : OTHER}
        options={[
          ...INTEGRATIONS.map((i) => ({ value: i.action, label: i.label })),
          { value: OTHER, label: 'OpenAPI: another product:operation…' },
        ]}
        help={known && !other ? integration.description : 'Any Alibaba Cloud OpenAPI operation.'}
        onChange={(v) => {
          if (v === OTHER) setOther(true);
          else {
            setOther(false);
            if (v === action) return;
            // One session: the action, its parameters and a TaskMode it supports are one undo entry.
            const session = edit.begin('Action');
            edit.set('Action', v, session);
            const params = parametersOnSwitch(action, v, state.Parameters);
            if (params) edit.set('Parameters', params, session);
            if (!allowedTaskModes(v, settings.mode).includes(taskMode as never)) {
              edit.set('TaskMode', 'RequestComplete', session);
            }
            edit.end();
          }
        }}
      />
      {(!known || other) && (
        <TextField
          edit={edit}
          field="Action"
          label="Product:Operation"
          value={action}
          mono
          placeholder="ECS:DescribeInstances"
          messages={toMessages(edit.diagnosticsAt('Action'))}
          commit={(text, session) => {
            const problem = checkActionText(text);
            if (problem) return { severity: 'error', message: problem };
            const reason = edit.set('Action', text.trim(), session);
            return reason ? { severity: 'error', message: reason } : null;
          }}
        />
      )}
      <div className="iparams">
        <div className="iparams__head">
          <span className="iparams__title">Invocation Parameters</span>
          <button
            type="button"
            className="ilink"
            data-testid="inspector.params.switch"
            onClick={() => setYamlMode(!yamlMode)}
          >
            {switchLabel}
          </button>
        </div>
        {yamlMode ? (
          <YamlValueEditor
            edit={edit}
            field="Parameters"
            label="Parameters"
            value={state.Parameters}
            mapping
            rows={8}
            messages={toMessages(edit.diagnosticsAt('Parameters', true))}
            help="The request parameters of the action. Keys ending in .$ take expressions."
          />
        ) : action === 'FC:InvokeFunction' ? (
          <InvokeFunctionForm edit={edit} state={state} />
        ) : (
          <IntegrationParamsForm edit={edit} state={state} integration={integration} />
        )}
      </div>
      <SelectField
        edit={edit}
        testName="TaskMode"
        label="Task Mode"
        value={taskMode}
        options={modes.map((m) => ({ value: m, label: m }))}
        messages={toMessages(edit.diagnosticsAt('TaskMode'))}
        help={
          settings.mode === 'Express'
            ? 'Express workflows allow RequestComplete only.'
            : 'RequestComplete waits for the response; the callback modes wait for a report.'
        }
        onChange={(v) => edit.set('TaskMode', v)}
      />
      <SecondsOrExpression
        edit={edit}
        entry={entry}
        field="Timeout"
        label="Timeout (seconds)"
        help="0–604800 seconds; 0 means no timeout. On expiry the task fails with FnF.Timeout."
        bounds="Timeout"
      />
    </>
  );
}
