import { createMemoryAdapter, createWorkspaceStore, type WorkspaceStore } from '../../core';
import { openIdbAdapter } from './idbAdapter';
import {
  createPersistentExecutionStore,
  type PersistentExecutionStore,
} from './persistentExecutions';

/** The page's workspace: the store and, when storage is degraded, why. */
export interface Workspace {
  store: WorkspaceStore;
  /** Set when work is kept in memory only (no IndexedDB, private mode): shown as a banner. */
  storageWarning: string | null;
  /** The simulator's executions, kept with their workflow (installed by the workspace root). */
  executions: PersistentExecutionStore;
}

const errorListeners = new Set<(message: string) => void>();

/** Listens to background write failures (executions): the open workflow's bar shows them. */
export function onStorageError(listener: (message: string) => void): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

function withExecutions(store: WorkspaceStore, storageWarning: string | null): Workspace {
  const executions = createPersistentExecutionStore(store, {
    onError: (e) => {
      for (const l of errorListeners) l(storageErrorMessage(e));
    },
  });
  return { store, storageWarning, executions };
}

let opening: Promise<Workspace> | null = null;

/**
 * Opens the workspace once per page: IndexedDB when it works, else memory with a warning.
 * Asks the browser to keep the data (`navigator.storage.persist()`): without it the browser
 * may evict it under storage pressure.
 */
export function openWorkspace(): Promise<Workspace> {
  opening ??= (async () => {
    void navigator.storage?.persist?.().catch(() => false);
    try {
      return withExecutions(createWorkspaceStore(await openIdbAdapter()), null);
    } catch (e) {
      return withExecutions(
        createWorkspaceStore(createMemoryAdapter()),
        `Browser storage is unavailable (${e instanceof Error ? e.message : String(e)}): ` +
          'your work is kept only while this tab is open. Export it to keep it.',
      );
    }
  })();
  return opening;
}

/** A readable message for a failed write (quota, eviction, blocked database). */
export function storageErrorMessage(e: unknown): string {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError')
    return 'The browser storage is full: your latest changes were not saved. Export the workflow to keep them, then free some space.';
  return `Saving failed (${e instanceof Error ? e.message : String(e)}). Export the workflow to keep your changes.`;
}
