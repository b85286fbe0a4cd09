import { useEffect, useId, useRef } from 'react';
import type { ExecutionMode } from '../../core';
import { useStudioPort, useStudioView } from '../editor-context/StudioContext';
import { FieldShell } from './fields/FieldShell';
import { runInspectorCommand, type InspectorPort } from './inspectorPort';
import { Section } from './sections/Section';
import { useModeDiagnostics } from './useInspectorEdit';
import { useWorkflowSettings, workflowSettings, type WorkflowSettings } from './workflowSettings';

const ROLE_ARN = /^acs:ram::[^:]*:role\/[^/]+$/;

/**
 * Configure Workflow: name, description, mode, execution role and the region/account id that
 * fill `{regionId}`/`{accountId}`. These live outside the YAML (the workflow-settings store);
 * changing the mode re-validates and lists what became invalid.
 */
export function ConfigureWorkflow() {
  const port = useStudioPort() as InspectorPort;
  const view = useStudioView();
  const settings = useWorkflowSettings();
  const diagnostics = useModeDiagnostics(port, view, settings.mode);
  const express = diagnostics.filter((d) => d.code.startsWith('express-'));
  const yamlName = view.model?.Name;
  const mirror = useYamlMirror(port);

  // The store validates for the configured mode (when the port lets the inspector tell it).
  useEffect(() => {
    port.setMode?.(settings.mode);
  }, [port, settings.mode]);

  const text = (
    key: keyof Omit<WorkflowSettings, 'mode'>,
    label: string,
    help: string,
    opts: { placeholder?: string; problem?: string | null; multiline?: boolean } = {},
  ) => (
    <SettingText
      key={key}
      label={label}
      help={help}
      value={settings[key]}
      placeholder={opts.placeholder}
      problem={opts.problem ?? null}
      multiline={opts.multiline}
      testName={`workflow.${key}`}
      onChange={(v) => {
        workflowSettings.update({ [key]: v });
        if (key === 'name') mirror.write('Name', v);
        else if (key === 'description') mirror.write('Description', v);
      }}
      onBlur={mirror.end}
    />
  );
  const roleProblem =
    settings.roleArn.trim() !== '' && !ROLE_ARN.test(settings.roleArn.trim())
      ? 'An execution role ARN looks like acs:ram::<account id>:role/<role name>.'
      : null;
  return (
    <div className="inspector__scroll" data-testid="inspector.workflow">
      <div className="inspector__header">
        <div>
          <div className="inspector__name">Configure Workflow</div>
          <div className="inspector__type">Stored with the workflow, outside the YAML</div>
        </div>
      </div>
      <Section id="workflow" title="Workflow">
        {text(
          'name',
          'Workflow Name',
          yamlName ? `The YAML names it “${yamlName}”.` : 'Letters, digits, _ and -.',
          { placeholder: yamlName ?? 'my-workflow' },
        )}
        {text('description', 'Description', 'What the workflow does.', { multiline: true })}
        <ModeField mode={settings.mode} onChange={(mode) => workflowSettings.update({ mode })} />
        {express.length > 0 && (
          <div
            className="ifield__msg ifield__msg--error"
            data-testid="inspector.workflow.modeProblems"
            role="status"
          >
            Not allowed in Express mode:
            <ul className="iproblems">
              {express.map((d, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="ilink"
                    onClick={() => d.path && port.select([d.path])}
                  >
                    {d.path ?? 'workflow'}
                  </button>
                  : {d.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {text(
          'roleArn',
          'Execution Role',
          'Needed when the workflow calls cloud services (including CloudFlow itself).',
          {
            placeholder: 'acs:ram::1034354682****:role/fnf-execution-role',
            problem: roleProblem,
          },
        )}
        {text(
          'regionId',
          'Region',
          'Fills {regionId} in ARNs built by the forms, e.g. cn-hangzhou.',
          { placeholder: 'cn-hangzhou' },
        )}
        {text('accountId', 'Account ID', 'Fills {accountId} in ARNs built by the forms.', {
          placeholder: '1034354682****',
        })}
      </Section>
    </div>
  );
}

let mirrorSessions = 0;

/**
 * Keeps the YAML's top-level `Name`/`Description` in step with Configure Workflow: when the
 * document has the field, each change is written with `document.setField`, and one focus → blur
 * of the control is one undo entry. A document without the field is left alone (the setting
 * lives outside the YAML, decisions.md), and an emptied name is not written (FDL needs one).
 */
function useYamlMirror(port: InspectorPort) {
  const session = useRef<string | null>(null);
  return {
    write(field: 'Name' | 'Description', value: string) {
      const view = port.getView();
      const current = view.model?.[field];
      if (!view.ok || typeof current !== 'string' || current === value) return;
      if (field === 'Name' && value.trim() === '') return;
      session.current ??= `inspector:workflow:${field}:${++mirrorSessions}`;
      runInspectorCommand(port, 'document.setField', { field, value }, session.current);
    },
    end() {
      if (session.current === null) return;
      session.current = null;
      port.sealHistory?.();
    },
  };
}

function ModeField({ mode, onChange }: { mode: ExecutionMode; onChange(m: ExecutionMode): void }) {
  const id = useId();
  return (
    <FieldShell
      id={id}
      label="Workflow Mode"
      help="Express: runs up to 5 minutes, RequestComplete tasks only, waits of at most 20 s."
    >
      <div
        className="iseg iseg--wide"
        role="radiogroup"
        id={id}
        aria-label="Workflow mode"
        data-testid="inspector.field.workflow.mode"
      >
        {(['Standard', 'Express'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className="iseg__btn"
            onClick={() => onChange(m)}
          >
            {m}
          </button>
        ))}
      </div>
    </FieldShell>
  );
}

function SettingText(p: {
  label: string;
  help: string;
  value: string;
  placeholder?: string;
  problem: string | null;
  multiline?: boolean;
  testName: string;
  onChange(v: string): void;
  onBlur(): void;
}) {
  const id = useId();
  const messages = p.problem ? [{ severity: 'warning' as const, message: p.problem }] : [];
  const common = {
    id,
    className: 'ifield__input',
    value: p.value,
    placeholder: p.placeholder,
    spellCheck: false,
    'data-testid': `inspector.field.${p.testName}`,
    onBlur: p.onBlur,
  };
  return (
    <FieldShell id={id} label={p.label} help={p.help} messages={messages}>
      {p.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
