import type { ExecutionMode } from '../model/types';
import type { RunError, RunStatus } from '../simulator/types';
import { checkDraftHistory, type DraftHistory } from './draftHistory';

/** The workflow's properties that live outside the YAML (decisions.md), persisted per record. */
export interface WorkflowRecordSettings {
  roleArn: string;
  regionId: string;
  accountId: string;
}

/** What the last validation of the working text found (for the Workflows list). */
export interface ValidationSummary {
  errors: number;
  warnings: number;
}

/** One workflow of the local workspace. The text lives in its draft and versions. */
export interface WorkflowRecord {
  id: string;
  name: string;
  description: string;
  mode: ExecutionMode;
  settings: WorkflowRecordSettings;
  createdAt: number;
  updatedAt: number;
  /** Set when the workflow is in the trash (restorable); null otherwise. */
  deletedAt: number | null;
  validation: ValidationSummary | null;
}

/** The autosaved working text of one workflow: the raw text, byte-identical. */
export interface DraftRecord {
  workflowId: string;
  text: string;
  savedAt: number;
  /** The undo and redo stacks at that moment (null when none were kept). */
  history: DraftHistory | null;
}

/** An explicit Save: an immutable snapshot of the text. */
export interface VersionRecord {
  id: string;
  workflowId: string;
  /** 1, 2, 3… per workflow. */
  number: number;
  text: string;
  createdAt: number;
  label: string;
}

/** A stored record that failed its shape check: reported, skipped, never loaded. */
export interface CorruptRecord {
  table: 'workflows' | 'drafts' | 'versions' | 'executions';
  key: string;
  reason: string;
}

export const EMPTY_RECORD_SETTINGS: WorkflowRecordSettings = {
  roleArn: '',
  regionId: '',
  accountId: '',
};

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Shape check of a stored workflow record (records come from disk: anything may be there). */
export function checkWorkflowRecord(raw: unknown): Check<WorkflowRecord> {
  if (!isObj(raw)) return { ok: false, reason: 'not an object' };
  const { id, name, description, mode, settings, createdAt, updatedAt, deletedAt, validation } =
    raw;
  if (!isStr(id) || id === '') return { ok: false, reason: 'missing id' };
  if (!isStr(name)) return { ok: false, reason: 'missing name' };
  if (mode !== 'Standard' && mode !== 'Express') return { ok: false, reason: 'unknown mode' };
  if (!isNum(createdAt) || !isNum(updatedAt)) return { ok: false, reason: 'bad timestamps' };
  if (deletedAt !== null && deletedAt !== undefined && !isNum(deletedAt))
    return { ok: false, reason: 'bad deletedAt' };
  const s = isObj(settings) ? settings : {};
  const v =
    isObj(validation) && isNum(validation.errors) && isNum(validation.warnings)
      ? { errors: validation.errors, warnings: validation.warnings }
      : null;
  return {
    ok: true,
    value: {
      id,
      name,
      description: isStr(description) ? description : '',
      mode,
      settings: {
        roleArn: isStr(s.roleArn) ? s.roleArn : '',
        regionId: isStr(s.regionId) ? s.regionId : '',
        accountId: isStr(s.accountId) ? s.accountId : '',
      },
      createdAt,
      updatedAt,
      deletedAt: isNum(deletedAt) ? deletedAt : null,
      validation: v,
    },
  };
}

/** Shape check of a stored draft. */
export function checkDraftRecord(raw: unknown): Check<DraftRecord> {
  if (!isObj(raw)) return { ok: false, reason: 'not an object' };
  const { workflowId, text, savedAt, history } = raw;
  if (!isStr(workflowId) || !isStr(text) || !isNum(savedAt))
    return { ok: false, reason: 'missing workflowId, text or savedAt' };
  return { ok: true, value: { workflowId, text, savedAt, history: checkDraftHistory(history) } };
}

/** Shape check of a stored version. */
export function checkVersionRecord(raw: unknown): Check<VersionRecord> {
  if (!isObj(raw)) return { ok: false, reason: 'not an object' };
  const { id, workflowId, number, text, createdAt, label } = raw;
  if (!isStr(id) || !isStr(workflowId) || !isNum(number) || !isStr(text) || !isNum(createdAt))
    return { ok: false, reason: 'missing id, workflowId, number, text or createdAt' };
  return {
    ok: true,
    value: { id, workflowId, number, text, createdAt, label: isStr(label) ? label : '' },
  };
}

/** One simulated execution kept with its workflow (the simulator's executions list). */
export interface ExecutionRecordStored {
  /** Unique across sessions. */
  id: string;
  workflowId: string;
  /** The workflow's name when it ran. */
  workflow: string;
  name: string;
  status: RunStatus;
  /** Epoch milliseconds. */
  startTime: number;
  virtualSeconds: number;
  error: RunError | null;
}

const RUN_STATUSES: readonly string[] = [
  'Running',
  'Paused',
  'Succeeded',
  'Failed',
  'TimedOut',
  'Stopped',
];

/** Shape check of a stored execution. */
export function checkExecutionRecord(raw: unknown): Check<ExecutionRecordStored> {
  if (!isObj(raw)) return { ok: false, reason: 'not an object' };
  const { id, workflowId, workflow, name, status, startTime, virtualSeconds, error } = raw;
  if (!isStr(id) || id === '' || !isStr(workflowId) || !isStr(name))
    return { ok: false, reason: 'missing id, workflowId or name' };
  if (!isStr(status) || !RUN_STATUSES.includes(status))
    return { ok: false, reason: 'unknown status' };
  if (!isNum(startTime) || !isNum(virtualSeconds))
    return { ok: false, reason: 'bad startTime or virtualSeconds' };
  const err =
    isObj(error) && isStr(error.code) && isStr(error.detail)
      ? { code: error.code, detail: error.detail }
      : null;
  return {
    ok: true,
    value: {
      id,
      workflowId,
      workflow: isStr(workflow) ? workflow : '',
      name,
      status: status as RunStatus,
      startTime,
      virtualSeconds,
      error: err,
    },
  };
}

/** A key to name a record in a report, whatever its shape. */
export function recordKey(raw: unknown, field: string): string {
  if (isObj(raw) && isStr(raw[field])) return raw[field];
  return '(unknown)';
}
