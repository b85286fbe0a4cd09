import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OpenedWorkflow, WorkflowRecord } from '../../core';
import { executionStatusClass, shortSeconds } from './executionStatus';
import { Modal } from './Modal';
import { storageErrorMessage, type Workspace } from './workspaceService';

interface Props {
  workspace: Workspace;
  workflow: WorkflowRecord;
  onOpen: () => void;
  onClose: () => void;
}

type Tab = 'definition' | 'configuration' | 'executions';
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * A workflow's details, as the console's details page: the definition (the working text, and
 * whether it differs from the last saved version), the configuration, the executions.
 */
export function WorkflowDetails({ workspace, workflow: w, onOpen, onClose }: Props) {
  const [tab, setTab] = useState<Tab>('definition');
  const [opened, setOpened] = useState<OpenedWorkflow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { executions } = workspace;
  const runs = useSyncExternalStore(executions.subscribe, () => executions.ofWorkflow(w.id));
  useEffect(() => {
    workspace.store
      .open(w.id)
      .then(setOpened)
      .catch((e: unknown) => setError(storageErrorMessage(e)));
  }, [workspace.store, w.id]);

  const tabButton = (t: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={tab === t}
      onClick={() => setTab(t)}
      data-testid={`ws.details.tab.${t}`}
    >
      {label}
    </button>
  );
  const config: [string, string][] = [
    ['Name', w.name],
    ['Description', w.description || '—'],
    ['Type', w.mode],
    ['Execution role (RAM)', w.settings.roleArn || '—'],
    ['Region', w.settings.regionId || '—'],
    ['Account', w.settings.accountId || '—'],
    ['Created', when.format(w.createdAt)],
    ['Last modified', when.format(w.updatedAt)],
    ['Saved versions', opened ? String(opened.versions.length) : '…'],
  ];

  return (
    <Modal title={`Workflow: ${w.name}`} onClose={onClose} testId="ws.details" wide>
      <div className="ws-tabs" role="tablist">
        {tabButton('definition', 'Definition')}
        {tabButton('configuration', 'Configuration')}
        {tabButton('executions', `Executions (${runs.length})`)}
      </div>
      {error && <p className="ws-field__error">{error}</p>}
      {tab === 'definition' &&
        (opened ? (
          <>
            {opened.text !== opened.savedText && (
              <p className="ws-desc">Unsaved changes (the draft) are shown.</p>
            )}
            <pre className="ws-diff ws-details__text" data-testid="ws.details.definition">
              {opened.text}
            </pre>
          </>
        ) : (
          <p>Loading…</p>
        ))}
      {tab === 'configuration' && (
        <dl className="ws-details__config" data-testid="ws.details.config">
          {config.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {tab === 'executions' &&
        (runs.length === 0 ? (
          <p className="ws-desc" data-testid="ws.details.noExecutions">
            No executions yet. Open the workflow and Execute it in the simulator.
          </p>
        ) : (
          <table className="ws-table" data-testid="ws.details.executions">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col">Duration (virtual)</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-testid="ws.details.execution">
                  <td className="ws-mono">{r.name}</td>
                  <td>
                    <span className={executionStatusClass(r.status)}>{r.status}</span>
                  </td>
                  <td>{when.format(r.startTime)}</td>
                  <td>{shortSeconds(r.virtualSeconds)}</td>
                  <td>{r.error ? `${r.error.code}: ${r.error.detail}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <div className="ws-actions">
        <button type="button" className="ws-btn" onClick={onClose} data-testid="ws.details.close">
          Close
        </button>
        <button
          type="button"
          className="ws-btn ws-btn--primary"
          onClick={onOpen}
          data-testid="ws.details.open"
        >
          Open in Studio
        </button>
      </div>
    </Modal>
  );
}
