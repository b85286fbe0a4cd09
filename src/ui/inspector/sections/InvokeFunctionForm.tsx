import { AlertTriangle } from 'lucide-react';
import {
  buildFcArn,
  fillPlaceholders,
  findPlaceholders,
  parseFcArn,
  type TaskState,
} from '../../../core';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { useWorkflowSettings } from '../workflowSettings';

/**
 * The guide's InvokeFunction form (decisions.md): Function, Version or Alias, Function
 * Invocation Method and Request Load. The form builds `resourceArn` as
 * `acs:fc:{regionId}:{accountId}:functions/<fn>/<ver>`, filling the placeholders from Configure
 * Workflow when set, and warns while placeholders remain.
 */
export function InvokeFunctionForm({ edit, state }: { edit: InspectorEdit; state: TaskState }) {
  const settings = useWorkflowSettings();
  const params = state.Parameters ?? {};
  const arn = typeof params.resourceArn === 'string' ? params.resourceArn : '';
  const parts = parseFcArn(arn);
  const invocation = typeof params.invocationType === 'string' ? params.invocationType : '';
  const placeholders = findPlaceholders(arn);
  const canFill =
    placeholders.length > 0 &&
    (settings.regionId.trim() !== '' || settings.accountId.trim() !== '');
  const arnMessages = toMessages(edit.diagnosticsAt('Parameters/resourceArn'));
  const arnIsExpression = typeof params['resourceArn.$'] === 'string';

  const writeArn = (fn: string, qualifier: string, session: string) => {
    const built = fillPlaceholders(
      buildFcArn({ functionName: fn, qualifier, region: parts?.region, account: parts?.account }),
      settings,
    );
    const reason = edit.set('Parameters/resourceArn', built, session);
    return reason ? { severity: 'error' as const, message: reason } : null;
  };

  return (
    <>
      {arnIsExpression ? (
        <p className="inote">The function ARN is an expression (resourceArn.$); edit it in YAML.</p>
      ) : (
        <>
          <TextField
            edit={edit}
            field="Parameters/resourceArn#function"
            testName="Function"
            label="Function"
            value={parts?.functionName ?? ''}
            placeholder="myfunction"
            help={
              arn !== '' && !parts
                ? 'The ARN is not a Function Compute function ARN; typing here replaces it.'
                : undefined
            }
            commit={(text, session) => {
              const fn = text.trim();
              if (fn === '')
                return { severity: 'error', message: 'The function to invoke is needed.' };
              if (/[/:\s]/.test(fn))
                return { severity: 'error', message: 'A function name has no “/”, “:” or spaces.' };
              return writeArn(fn, parts?.qualifier ?? 'LATEST', session);
            }}
          />
          <TextField
            edit={edit}
            field="Parameters/resourceArn#qualifier"
            testName="Version"
            label="Version or Alias"
            value={parts?.qualifier ?? 'LATEST'}
            placeholder="LATEST"
            commit={(text, session) => {
              const q = text.trim();
              if (q === '')
                return { severity: 'error', message: 'A version or alias is needed, e.g. LATEST.' };
              if (/[/:\s]/.test(q))
                return {
                  severity: 'error',
                  message: 'A version or alias has no “/”, “:” or spaces.',
                };
              if (!parts?.functionName)
                return { severity: 'error', message: 'Enter the function first.' };
              return writeArn(parts.functionName, q, session);
            }}
          />
          <div className="iarn" data-testid="inspector.field.resourceArn">
            <span className="iarn__label">resourceArn</span>
            <code className="iarn__value">{arn || '—'}</code>
          </div>
          {placeholders.length > 0 && (
            <div
              className="ifield__msg ifield__msg--warning"
              data-testid="inspector.arn.placeholders"
            >
              <AlertTriangle size={13} aria-hidden="true" />
              <span>
                {arnMessages.length === 0 &&
                  `Replace ${placeholders.join(' and ')} before deploying: set the region and account id in Configure Workflow. `}
                {arnMessages.map((m) => m.message).join(' ')}{' '}
                {canFill && (
                  <button
                    type="button"
                    className="ilink"
                    onClick={() =>
                      edit.set('Parameters/resourceArn', fillPlaceholders(arn, settings))
                    }
                  >
                    Fill from workflow settings
                  </button>
                )}
              </span>
            </div>
          )}
          {(placeholders.length > 0 ? [] : arnMessages).map((m, i) => (
            <div key={i} className={`ifield__msg ifield__msg--${m.severity}`}>
              {m.message}
            </div>
          ))}
        </>
      )}
      <SelectField
        edit={edit}
        testName="invocationType"
        label="Function Invocation Method"
        value={invocation}
        options={[
          { value: 'Sync', label: 'Sync Invocation' },
          { value: 'Async', label: 'Async Invocation' },
        ]}
        messages={toMessages(edit.diagnosticsAt('Parameters/invocationType'))}
        onChange={(v) => edit.set('Parameters/invocationType', v)}
      />
      <YamlValueEditor
        edit={edit}
        field="Parameters/body"
        testName="body"
        label="Request Load"
        value={params.body}
        help="The event passed to the function, in YAML or JSON; keys ending in .$ take expressions."
        messages={toMessages(edit.diagnosticsAt('Parameters/body', true))}
      />
    </>
  );
}
