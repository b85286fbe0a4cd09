import { useSyncExternalStore } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExecutionMode } from '../../core';

/**
 * The workflow's properties that live outside the YAML (decisions.md "Workflow properties
 * outside the YAML"): what "Configure Workflow" edits. The workspace persists them with the
 * workflow record; until then they live for the page.
 */
export interface WorkflowSettings {
  /** The workflow name as saved in the workspace (the YAML `Name` is kept in step when it exists). */
  name: string;
  description: string;
  mode: ExecutionMode;
  /** The execution RAM role, `acs:ram::<account>:role/<name>`. */
  roleArn: string;
  /** Fill the `{regionId}` and `{accountId}` placeholders of ARNs built by the forms. */
  regionId: string;
  accountId: string;
}

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  name: '',
  description: '',
  mode: 'Standard',
  roleArn: '',
  regionId: '',
  accountId: '',
};

export interface WorkflowSettingsStore {
  get(): WorkflowSettings;
  /** Merges a change; listeners run only when something changed. */
  update(patch: Partial<WorkflowSettings>): void;
  /** Replaces everything (opening a workflow record). */
  load(settings: WorkflowSettings): void;
  subscribe(listener: (s: WorkflowSettings, prev: WorkflowSettings) => void): () => void;
}

/** A small vanilla store for the settings: no React, so the workspace can persist it. */
export function createWorkflowSettingsStore(
  initial: Partial<WorkflowSettings> = {},
): WorkflowSettingsStore {
  const store: StoreApi<WorkflowSettings> = createStore<WorkflowSettings>()(() => ({
    ...DEFAULT_WORKFLOW_SETTINGS,
    ...initial,
  }));
  return {
    get: () => store.getState(),
    update(patch) {
      const cur = store.getState();
      const changed = (Object.keys(patch) as (keyof WorkflowSettings)[]).some(
        (k) => patch[k] !== undefined && patch[k] !== cur[k],
      );
      if (changed) store.setState({ ...cur, ...patch }, true);
    },
    load: (settings) => store.setState({ ...settings }, true),
    subscribe: (listener) => store.subscribe(listener),
  };
}

/**
 * The page's one settings store. The shell and the workspace import it from here; a module
 * singleton because the settings belong to the open workflow, like the editor store.
 */
export const workflowSettings = createWorkflowSettingsStore();

/** The current settings; re-renders when they change. */
export function useWorkflowSettings(
  store: WorkflowSettingsStore = workflowSettings,
): WorkflowSettings {
  return useSyncExternalStore(store.subscribe, store.get);
}
