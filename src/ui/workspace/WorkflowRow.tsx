import { useState } from 'react';
import type { WorkflowRecord } from '../../core';
import type { ExecutionRecord } from '../simulator';
import { executionStatusClass } from './executionStatus';
import { WsButton } from './WsButton';

interface Props {
  workflow: WorkflowRecord;
  inTrash: boolean;
  /** The newest execution of the workflow, if it ran. */
  lastExecution: ExecutionRecord | undefined;
  onOpen: () => void;
  onDetails: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onPurge: () => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Status({ w }: { w: WorkflowRecord }) {
  const v = w.validation;
  if (!v) return <span className="ws-status">Not checked</span>;
  if (v.errors > 0)
    return (
      <span className="ws-status ws-status--error">
        {v.errors} error{v.errors > 1 ? 's' : ''}
      </span>
    );
  if (v.warnings > 0)
    return (
      <span className="ws-status ws-status--warn">
        {v.warnings} warning{v.warnings > 1 ? 's' : ''}
      </span>
    );
  return <span className="ws-status ws-status--ok">Valid</span>;
}

/** One row of the Workflows table. Names are React text children: never parsed as HTML. */
export function WorkflowRow(p: Props) {
  const w = p.workflow;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(w.name);
  const finish = (keep: boolean) => {
    setEditing(false);
    if (keep && draft.trim() !== '' && draft !== w.name) p.onRename(draft);
    else setDraft(w.name);
  };
  return (
    <tr data-testid="ws.row" data-id={w.id}>
      <td className="ws-name">
        {editing ? (
          <input
            autoFocus
            aria-label="New name"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finish(true);
              if (e.key === 'Escape') finish(false);
            }}
            data-testid="ws.row.renameInput"
          />
        ) : p.inTrash ? (
          <span data-testid="ws.row.name">{w.name}</span>
        ) : (
          <button type="button" className="ws-link" onClick={p.onOpen} data-testid="ws.row.name">
            {w.name}
          </button>
        )}
        {w.description && <div className="ws-desc">{w.description}</div>}
      </td>
      <td>{w.mode}</td>
      <td>{when.format(w.updatedAt)}</td>
      <td>
        <Status w={w} />
      </td>
      <td data-testid="ws.row.lastExecution">
        {p.lastExecution ? (
          <span
            className={executionStatusClass(p.lastExecution.status)}
            title={`${p.lastExecution.name}, ${when.format(p.lastExecution.startTime)}`}
          >
            {p.lastExecution.status}
          </span>
        ) : (
          <span className="ws-status">Never run</span>
        )}
      </td>
      <td className="ws-row-actions">
        {p.inTrash ? (
          <>
            <WsButton testId="ws.row.restore" onClick={p.onRestore}>
              Restore
            </WsButton>
            <WsButton testId="ws.row.purge" variant="danger" onClick={p.onPurge}>
              Delete forever
            </WsButton>
          </>
        ) : (
          <>
            <WsButton testId="ws.row.open" onClick={p.onOpen}>
              Open
            </WsButton>
            <WsButton testId="ws.row.details" onClick={p.onDetails}>
              Details
            </WsButton>
            <WsButton testId="ws.row.rename" onClick={() => setEditing(true)}>
              Rename
            </WsButton>
            <WsButton testId="ws.row.duplicate" onClick={p.onDuplicate}>
              Duplicate
            </WsButton>
            <WsButton testId="ws.row.delete" variant="danger" onClick={p.onTrash}>
              Delete
            </WsButton>
          </>
        )}
      </td>
    </tr>
  );
}
