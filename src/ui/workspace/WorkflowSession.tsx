import { useCallback, useEffect, useState } from 'react';
import { restorableHistory, type OpenedWorkflow, type WorkflowRecord } from '../../core';
import { App } from '../App';
import { workflowSettings } from '../inspector/workflowSettings';
import type { EditorPort } from '../studio/editorPort';
import { SessionBar } from './SessionBar';
import { useAutosave } from './useAutosave';
import { useTabGuard } from './useTabGuard';
import { onStorageError, storageErrorMessage, type Workspace } from './workspaceService';

interface Props {
  workspace: Workspace;
  id: string;
  onExit: () => void;
}

function loadSettings(w: WorkflowRecord) {
  workflowSettings.load({
    name: w.name,
    description: w.description,
    mode: w.mode,
    roleArn: w.settings.roleArn,
    regionId: w.settings.regionId,
    accountId: w.settings.accountId,
  });
}

/** One workflow open in the Studio: its draft autosaved, Save, Exit, import and export. */
export function WorkflowSession({ workspace, id, onExit }: Props) {
  const { store } = workspace;
  const [opened, setOpened] = useState<OpenedWorkflow | 'missing' | null>(null);
  const [port, setPort] = useState<EditorPort | null>(null);
  const [savedText, setSavedText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const guard = useTabGuard(id);

  // Runs of the simulator are recorded with this workflow while it is open.
  useEffect(() => {
    workspace.executions.bind(id);
    const off = onStorageError(setError);
    return () => {
      workspace.executions.bind(null);
      off();
    };
  }, [workspace.executions, id]);

  useEffect(() => {
    let live = true;
    store
      .open(id)
      .then((o) => {
        if (!live) return;
        if (o) {
          loadSettings(o.workflow);
          setSavedText(o.savedText);
        }
        setOpened(o ?? 'missing');
      })
      .catch((e: unknown) => live && setError(storageErrorMessage(e)));
    return () => {
      live = false;
    };
  }, [store, id]);

  // The settings ("Configure Workflow") are persisted with the record; the mode also drives
  // validation.
  useEffect(() => {
    if (!port) return;
    port.setMode(workflowSettings.get().mode);
    return workflowSettings.subscribe((s) => {
      port.setMode(s.mode);
      if (guard.state !== 'owner') return;
      const { name, description, mode, roleArn, regionId, accountId } = s;
      store
        .update(id, { name, description, mode, settings: { roleArn, regionId, accountId } })
        .catch((e: unknown) => setError(storageErrorMessage(e)));
    });
  }, [port, store, id, guard.state]);

  // The undo history autosaved with the draft comes back with it (when it leads to that text).
  const history = opened !== null && opened !== 'missing' ? opened.history : null;
  const openedText = opened !== null && opened !== 'missing' ? opened.text : null;
  useEffect(() => {
    if (!port || openedText === null) return;
    const h = restorableHistory(history, openedText);
    const s = port.store.getState();
    if (!h || s.source !== openedText || s.canUndo || s.canRedo) return;
    port.store.setState({
      history: h,
      canUndo: h.undo.length > 0,
      canRedo: h.redo.length > 0,
      undoLabel: h.undo[h.undo.length - 1]?.label ?? null,
      redoLabel: h.redo[h.redo.length - 1]?.label ?? null,
    });
  }, [port, history, openedText]);

  const onError = useCallback((m: string) => setError(m), []);
  const { source, draft } = useAutosave(store, id, port, guard.state !== 'owner', onError);

  if (opened === null)
    return <div className="ws-page ws-empty">{error ?? 'Opening the workflow…'}</div>;
  if (opened === 'missing')
    return (
      <div className="ws-page ws-empty" data-testid="ws.missing">
        This workflow does not exist (it may have been deleted for good).{' '}
        <button type="button" className="ws-link" onClick={onExit}>
          Back to workflows
        </button>
      </div>
    );

  const save = async () => {
    if (!port) return;
    const text = port.getView().source;
    try {
      await store.saveVersion(id, text);
      setSavedText(text);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  return (
    <div className="ws-session" data-testid="ws.session">
      <SessionBar
        store={store}
        workflowId={id}
        port={port}
        dirty={source !== null && source !== savedText}
        draft={draft}
        error={error ?? workspace.storageWarning}
        onDismissError={() => setError(null)}
        onError={setError}
        onSave={save}
        onExit={onExit}
      />
      {guard.state !== 'owner' && (
        <div
          className="ws-guard"
          role="alertdialog"
          aria-label="Open in another tab"
          data-testid="ws.tabConflict"
        >
          <p>
            {guard.state === 'taken'
              ? 'This workflow is now being edited in another tab. This tab stopped saving so nothing is overwritten.'
              : 'This workflow is already open in another tab. Editing it here too could overwrite that work.'}
          </p>
          <div className="ws-actions">
            <button type="button" className="ws-btn" onClick={onExit}>
              Back to workflows
            </button>
            <button
              type="button"
              className="ws-btn ws-btn--primary"
              data-testid="ws.tabConflict.takeOver"
              onClick={() => {
                // The other tab stops saving; this one reloads the latest draft it wrote.
                guard.takeOver();
                window.location.reload();
              }}
            >
              Edit here instead
            </button>
          </div>
        </div>
      )}
      <div className="ws-session__studio">
        <App key={id} initialText={opened.text} onPort={setPort} />
      </div>
    </div>
  );
}
