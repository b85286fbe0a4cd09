import { Moon, Plus, Search, Sun, Trash2, Upload, Workflow } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  checkImport,
  listWorkflows,
  parseSource,
  summarizeValidation,
  uniqueName,
  validate,
  type CorruptRecord,
  type WorkflowRecord,
  type WorkflowSort,
} from '../../core';
import { useTheme } from '../shell/useTheme';
import { CreateDialog, type CreateRequest } from './CreateDialog';
import { WorkflowDetails } from './WorkflowDetails';
import { WorkflowRow } from './WorkflowRow';
import { storageErrorMessage, type Workspace } from './workspaceService';

interface Props {
  workspace: Workspace;
  onOpen: (id: string) => void;
}

/** The Workflows page: the user's workflows with search, sort, create, import and a trash. */
export function WorkflowsPage({ workspace, onOpen }: Props) {
  const { store } = workspace;
  const { theme, setChoice } = useTheme();
  const [all, setAll] = useState<WorkflowRecord[] | null>(null);
  const [corrupt, setCorrupt] = useState<CorruptRecord[]>([]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<WorkflowSort>('updated');
  const [trash, setTrash] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [details, setDetails] = useState<WorkflowRecord | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const { executions } = workspace;
  // Re-renders when executions change (the last-execution column).
  useSyncExternalStore(executions.subscribe, () => executions.list(''));

  const reload = useCallback(async () => {
    try {
      const r = await store.list();
      setAll(r.workflows);
      const bad = [...r.corrupt, ...executions.corrupt()];
      if (bad.length)
        setCorrupt((c) => [
          ...c,
          ...bad.filter((b) => !c.some((x) => x.table === b.table && x.key === b.key)),
        ]);
    } catch (e) {
      setAll([]);
      setError(storageErrorMessage(e));
    }
  }, [store, executions]);
  useEffect(() => void reload(), [reload]);

  const run = async (op: () => Promise<unknown>) => {
    try {
      await op();
    } catch (e) {
      setError(storageErrorMessage(e));
    }
    await reload();
  };

  const create = async (req: CreateRequest) => {
    try {
      const wf = await store.create(req);
      const diags = validate(parseSource(req.text), { mode: req.mode });
      await store.update(wf.id, { validation: summarizeValidation(diags) });
      onOpen(wf.id);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  const importFile = async (file: File) => {
    const checked = checkImport(await file.text());
    if (!checked.ok) {
      setError(`${file.name}: ${checked.message}`);
      return;
    }
    const base = checked.name ?? file.name.replace(/\.(ya?ml|json)$/i, '');
    const name = uniqueName(
      base,
      (all ?? []).map((w) => w.name),
    );
    await create({ name, description: '', mode: 'Standard', text: checked.text });
  };

  const names = (all ?? []).map((w) => w.name);
  const rows = all ? listWorkflows(all, { query, sort, trash }) : [];
  const trashCount = (all ?? []).filter((w) => w.deletedAt !== null).length;

  return (
    <div className="ws-page" data-testid="ws.page">
      <header className="ws-header">
        <Workflow size={20} aria-hidden="true" />
        <h1>Workflows</h1>
        <span className="ws-spacer" />
        <a className="ws-link" href="#/sample" data-testid="ws.sample">
          Try the sample (not saved)
        </a>
        <button
          type="button"
          className="ws-icon"
          aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          onClick={() => setChoice(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? <Sun size={16} /> : <Moon size={16} />}
        </button>
      </header>
      {workspace.storageWarning && (
        <p className="ws-banner ws-banner--warn" role="alert" data-testid="ws.storageWarning">
          {workspace.storageWarning}
        </p>
      )}
      {error && (
        <p className="ws-banner ws-banner--error" role="alert" data-testid="ws.error">
          {error}
          <button type="button" className="ws-link" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
      {corrupt.length > 0 && (
        <p className="ws-banner ws-banner--warn" role="alert" data-testid="ws.corrupt">
          {corrupt.length} damaged stored record{corrupt.length > 1 ? 's were' : ' was'} skipped (
          {corrupt.map((c) => `${c.table} ${c.key}: ${c.reason}`).join('; ')}).
        </p>
      )}
      <div className="ws-toolbar">
        <label className="ws-search">
          <Search size={14} aria-hidden="true" />
          <input
            type="search"
            placeholder="Search workflows"
            aria-label="Search workflows"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="ws.search"
          />
        </label>
        <label className="ws-sort">
          Sort
          <select
            value={sort}
            onChange={(e) => setSort(e.target.value as WorkflowSort)}
            data-testid="ws.sort"
          >
            <option value="updated">Last modified</option>
            <option value="name">Name</option>
            <option value="created">Created</option>
          </select>
        </label>
        <span className="ws-spacer" />
        <button
          type="button"
          className="ws-btn"
          aria-pressed={trash}
          onClick={() => setTrash(!trash)}
          data-testid="ws.trashToggle"
        >
          <Trash2 size={14} aria-hidden="true" />{' '}
          {trash ? 'Back to workflows' : `Trash (${trashCount})`}
        </button>
        <button type="button" className="ws-btn" onClick={() => fileRef.current?.click()}>
          <Upload size={14} aria-hidden="true" /> Import
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".yaml,.yml,.json,application/json,text/yaml"
          hidden
          data-testid="ws.importFile"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
        <button
          type="button"
          className="ws-btn ws-btn--primary"
          onClick={() => setCreating(true)}
          data-testid="ws.createButton"
        >
          <Plus size={14} aria-hidden="true" /> Create workflow
        </button>
      </div>
      {all === null ? (
        <p className="ws-empty">Loading…</p>
      ) : rows.length === 0 ? (
        <div className="ws-empty" data-testid="ws.empty">
          {trash
            ? 'The trash is empty.'
            : query
              ? 'No workflow matches the search.'
              : 'No workflows yet. Create one from a blank canvas or a template, or import a YAML or JSON file.'}
        </div>
      ) : (
        <table className="ws-table" data-testid="ws.table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Last modified</th>
              <th>Status</th>
              <th>Last execution</th>
              <th>
                <span className="ws-sr">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <WorkflowRow
                key={w.id}
                workflow={w}
                inTrash={trash}
                lastExecution={executions.ofWorkflow(w.id)[0]}
                onOpen={() => onOpen(w.id)}
                onDetails={() => setDetails(w)}
                onRename={(name) => void run(() => store.update(w.id, { name }))}
                onDuplicate={() => void run(() => store.duplicate(w.id, uniqueName(w.name, names)))}
                onTrash={() => void run(() => store.trash(w.id))}
                onRestore={() => void run(() => store.restore(w.id))}
                onPurge={() =>
                  void run(async () => {
                    await store.purge(w.id);
                    executions.forget(w.id);
                  })
                }
              />
            ))}
          </tbody>
        </table>
      )}
      {details && (
        <WorkflowDetails
          workspace={workspace}
          workflow={details}
          onOpen={() => onOpen(details.id)}
          onClose={() => setDetails(null)}
        />
      )}
      {creating && (
        <CreateDialog onClose={() => setCreating(false)} onCreate={(r) => void create(r)} />
      )}
    </div>
  );
}
