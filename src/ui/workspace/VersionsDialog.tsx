import { useEffect, useMemo, useState } from 'react';
import { diffVersions, type VersionRecord, type WorkspaceStore } from '../../core';
import type { EditorPort } from '../studio/editorPort';
import { Modal } from './Modal';
import { storageErrorMessage } from './workspaceService';

interface Props {
  store: WorkspaceStore;
  workflowId: string;
  port: EditorPort;
  onClose: () => void;
  onError: (message: string) => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * The saved versions: pick one to see its text and what changed from it to the current text
 * (states added, removed, changed; a line diff); Restore replaces the text through one commit,
 * so Undo brings the current text back.
 */
export function VersionsDialog({ store, workflowId, port, onClose, onError }: Props) {
  const [list, setList] = useState<VersionRecord[] | null>(null);
  const [picked, setPicked] = useState<VersionRecord | null>(null);
  const [tab, setTab] = useState<'diff' | 'text'>('diff');
  useEffect(() => {
    store
      .versions(workflowId)
      .then((v) => {
        setList(v);
        setPicked(v[0] ?? null);
      })
      .catch((e: unknown) => onError(storageErrorMessage(e)));
  }, [store, workflowId, onError]);
  const current = port.getView().source;
  const diff = useMemo(
    () => (picked ? diffVersions(picked.text, current) : null),
    [picked, current],
  );

  return (
    <Modal title="Versions" onClose={onClose} testId="ws.versionsDialog" wide>
      <div className="ws-versions">
        <ul className="ws-versions__list" aria-label="Saved versions">
          {(list ?? []).map((v) => (
            <li key={v.id}>
              <button
                type="button"
                aria-pressed={picked?.id === v.id}
                onClick={() => setPicked(v)}
                data-testid="ws.version"
              >
                <strong>Version {v.number}</strong>
                <span>{when.format(v.createdAt)}</span>
                {v.label && <span>{v.label}</span>}
              </button>
            </li>
          ))}
        </ul>
        <div className="ws-versions__detail">
          {picked && diff ? (
            <>
              <div className="ws-tabs" role="tablist">
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'diff'}
                  onClick={() => setTab('diff')}
                >
                  Changes since version {picked.number}
                </button>
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'text'}
                  onClick={() => setTab('text')}
                >
                  Text of version {picked.number}
                </button>
              </div>
              {tab === 'diff' ? (
                <>
                  <StateChanges label="Added" paths={diff.added} />
                  <StateChanges label="Removed" paths={diff.removed} />
                  <StateChanges label="Changed" paths={diff.changed} />
                  {!diff.parsed && (
                    <p>One of the texts does not parse: only the text diff is shown.</p>
                  )}
                  <pre className="ws-diff" data-testid="ws.diff">
                    {diff.lines.map((l, i) => (
                      <div key={i} className={`ws-diff__${l.kind}`}>
                        {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '- ' : '  '}
                        {l.text}
                      </div>
                    ))}
                  </pre>
                </>
              ) : (
                <pre className="ws-diff">{picked.text}</pre>
              )}
            </>
          ) : (
            <p>{list === null ? 'Loading…' : 'No saved versions.'}</p>
          )}
        </div>
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-btn" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="ws-btn ws-btn--primary"
          disabled={!picked || picked.text === current}
          data-testid="ws.versions.restore"
          onClick={() => {
            if (!picked) return;
            port.store.getState().commit({
              source: picked.text,
              origin: 'yaml',
              label: `Restore version ${picked.number}`,
            });
            onClose();
          }}
        >
          Restore this version
        </button>
      </div>
    </Modal>
  );
}

function StateChanges({ label, paths }: { label: string; paths: readonly string[] }) {
  if (paths.length === 0) return null;
  return (
    <p className="ws-changes" data-testid={`ws.diff.${label.toLowerCase()}`}>
      <strong>{label}:</strong> {paths.join(', ')}
    </p>
  );
}
