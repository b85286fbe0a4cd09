import type { ExecutionMode } from '../model/types';
import type { WorkspaceAdapter } from './adapter';
import type { DraftHistory } from './draftHistory';
import {
  checkDraftRecord,
  checkExecutionRecord,
  checkVersionRecord,
  checkWorkflowRecord,
  EMPTY_RECORD_SETTINGS,
  recordKey,
  type CorruptRecord,
  type ExecutionRecordStored,
  type ValidationSummary,
  type VersionRecord,
  type WorkflowRecord,
  type WorkflowRecordSettings,
} from './records';

export interface NewWorkflow {
  name: string;
  description: string;
  mode: ExecutionMode;
  text: string;
  settings?: WorkflowRecordSettings;
}

/** An opened workflow: the record, its working text (the draft) and the last saved text. */
export interface OpenedWorkflow {
  workflow: WorkflowRecord;
  text: string;
  savedText: string;
  versions: VersionRecord[];
  /** The undo/redo stacks autosaved with the draft, if any (check with `restorableHistory`). */
  history: DraftHistory | null;
}

export type WorkflowPatch = Partial<
  Pick<WorkflowRecord, 'name' | 'description' | 'mode' | 'settings' | 'validation'>
>;

/** The workspace's operations over a storage adapter. Every write goes through here. */
export interface WorkspaceStore {
  list(): Promise<{ workflows: WorkflowRecord[]; corrupt: CorruptRecord[] }>;
  create(input: NewWorkflow): Promise<WorkflowRecord>;
  open(id: string): Promise<OpenedWorkflow | null>;
  /** Autosave: the raw text, stored as given, with the undo history when given. */
  saveDraft(id: string, text: string, history?: DraftHistory | null): Promise<void>;
  /** An explicit Save: a new version with the text (and the draft set to it). */
  saveVersion(id: string, text: string, label?: string): Promise<VersionRecord>;
  versions(id: string): Promise<VersionRecord[]>;
  update(id: string, patch: WorkflowPatch): Promise<WorkflowRecord | null>;
  duplicate(id: string, name: string): Promise<WorkflowRecord | null>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Deletes a workflow, its draft, its versions and its executions for good. */
  purge(id: string): Promise<void>;
  /** Every stored execution (all workflows); damaged ones are skipped and returned apart. */
  listExecutions(): Promise<{ executions: ExecutionRecordStored[]; corrupt: CorruptRecord[] }>;
  /** Adds or replaces (same id) an execution. */
  putExecution(record: ExecutionRecordStored): Promise<void>;
  /** Corrupt records met by the last reads (reported once, then cleared). */
  takeCorrupt(): CorruptRecord[];
}

export interface WorkspaceStoreOptions {
  now?: () => number;
  newId?: () => string;
}

let counter = 0;
const defaultId = (): string =>
  `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The workspace store over an adapter. Corrupt records are skipped and collected (never
 * thrown); storage errors (quota, blocked database) reject so the UI can tell the user.
 */
export function createWorkspaceStore(
  db: WorkspaceAdapter,
  options: WorkspaceStoreOptions = {},
): WorkspaceStore {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? defaultId;
  let corrupt: CorruptRecord[] = [];
  const report = (c: CorruptRecord) => {
    if (!corrupt.some((x) => x.table === c.table && x.key === c.key)) corrupt.push(c);
  };

  const readWorkflow = async (id: string): Promise<WorkflowRecord | null> => {
    const raw = await db.workflows.get(id);
    if (raw === undefined) return null;
    const r = checkWorkflowRecord(raw);
    if (!r.ok) {
      report({ table: 'workflows', key: id, reason: r.reason });
      return null;
    }
    return r.value;
  };

  const versionsOf = async (id: string): Promise<VersionRecord[]> => {
    const out: VersionRecord[] = [];
    for (const raw of await db.versions.getAll()) {
      const r = checkVersionRecord(raw);
      if (!r.ok) report({ table: 'versions', key: recordKey(raw, 'id'), reason: r.reason });
      else if (r.value.workflowId === id) out.push(r.value);
    }
    return out.sort((a, b) => b.number - a.number);
  };

  const touch = async (wf: WorkflowRecord, patch: WorkflowPatch = {}) => {
    const next: WorkflowRecord = { ...wf, ...patch, updatedAt: now() };
    await db.workflows.put(next);
    return next;
  };

  const addVersion = async (id: string, text: string, label: string) => {
    const all = await versionsOf(id);
    const v: VersionRecord = {
      id: newId(),
      workflowId: id,
      number: (all[0]?.number ?? 0) + 1,
      text,
      createdAt: now(),
      label,
    };
    await db.versions.put(v);
    // Saving keeps the draft's undo history: the text saved is the one it leads to.
    const old = await db.drafts.get(id);
    const d = old === undefined ? null : checkDraftRecord(old);
    const history = d?.ok && d.value.text === text ? d.value.history : null;
    await db.drafts.put({ workflowId: id, text, savedAt: v.createdAt, history });
    return v;
  };

  const store: WorkspaceStore = {
    async list() {
      const workflows: WorkflowRecord[] = [];
      for (const raw of await db.workflows.getAll()) {
        const r = checkWorkflowRecord(raw);
        if (r.ok) workflows.push(r.value);
        else report({ table: 'workflows', key: recordKey(raw, 'id'), reason: r.reason });
      }
      return { workflows, corrupt: store.takeCorrupt() };
    },
    async create(input) {
      const t = now();
      const wf: WorkflowRecord = {
        id: newId(),
        name: input.name,
        description: input.description,
        mode: input.mode,
        settings: input.settings ?? { ...EMPTY_RECORD_SETTINGS },
        createdAt: t,
        updatedAt: t,
        deletedAt: null,
        validation: null,
      };
      await db.workflows.put(wf);
      await addVersion(wf.id, input.text, 'Created');
      return wf;
    },
    async open(id) {
      const workflow = await readWorkflow(id);
      if (!workflow) return null;
      const versions = await versionsOf(id);
      const savedText = versions[0]?.text ?? '';
      const rawDraft = await db.drafts.get(id);
      let text = savedText;
      let history: DraftHistory | null = null;
      if (rawDraft !== undefined) {
        const d = checkDraftRecord(rawDraft);
        if (d.ok) {
          text = d.value.text;
          history = d.value.history;
        } else report({ table: 'drafts', key: id, reason: d.reason });
      }
      return { workflow, text, savedText, versions, history };
    },
    async saveDraft(id, text, history = null) {
      await db.drafts.put({ workflowId: id, text, savedAt: now(), history });
      const wf = await readWorkflow(id);
      if (wf) await touch(wf);
    },
    async saveVersion(id, text, label = '') {
      const v = await addVersion(id, text, label);
      const wf = await readWorkflow(id);
      if (wf) await touch(wf);
      return v;
    },
    versions: versionsOf,
    async update(id, patch) {
      const wf = await readWorkflow(id);
      return wf ? touch(wf, patch) : null;
    },
    async duplicate(id, name) {
      const opened = await store.open(id);
      if (!opened) return null;
      const { workflow: w } = opened;
      const copy = await store.create({
        name,
        description: w.description,
        mode: w.mode,
        text: opened.savedText,
        settings: { ...w.settings },
      });
      if (opened.text !== opened.savedText) await store.saveDraft(copy.id, opened.text, null);
      return copy;
    },
    async trash(id) {
      const wf = await readWorkflow(id);
      if (wf) await db.workflows.put({ ...wf, deletedAt: now() });
    },
    async restore(id) {
      const wf = await readWorkflow(id);
      if (wf) await db.workflows.put({ ...wf, deletedAt: null });
    },
    async purge(id) {
      // Executions go first: a failure half-way leaves the workflow listed, never orphans.
      for (const raw of await db.executions.getAll()) {
        const r = checkExecutionRecord(raw);
        if (r.ok && r.value.workflowId === id) await db.executions.delete(r.value.id);
      }
      for (const v of await versionsOf(id)) await db.versions.delete(v.id);
      await db.drafts.delete(id);
      await db.workflows.delete(id);
    },
    async listExecutions() {
      const executions: ExecutionRecordStored[] = [];
      const bad: CorruptRecord[] = [];
      for (const raw of await db.executions.getAll()) {
        const r = checkExecutionRecord(raw);
        if (r.ok) executions.push(r.value);
        else bad.push({ table: 'executions', key: recordKey(raw, 'id'), reason: r.reason });
      }
      return { executions: executions.sort((a, b) => b.startTime - a.startTime), corrupt: bad };
    },
    async putExecution(record) {
      await db.executions.put({ ...record });
    },
    takeCorrupt() {
      const out = corrupt;
      corrupt = [];
      return out;
    },
  };
  return store;
}

/** Counts of a validation run, for the list's status column. */
export function summarizeValidation(
  diagnostics: readonly { severity: string }[],
): ValidationSummary {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
