import type { CorruptRecord, ExecutionRecordStored, WorkspaceStore } from '../../core';
import type { ExecutionRecord, ExecutionStore } from '../simulator';

/** The workspace's execution store: the simulator's list, kept with the open workflow. */
export interface PersistentExecutionStore extends ExecutionStore {
  /** Reads the stored executions (once; later calls return the same promise). */
  load(): Promise<void>;
  /** The workflow open in the Studio (null: a scratch session, whose runs are not stored). */
  bind(workflowId: string | null): void;
  /** The executions of a stored workflow, newest first (the Workflows page). */
  ofWorkflow(workflowId: string): readonly ExecutionRecord[];
  /** Forgets a workflow's executions in memory (after it was deleted for good). */
  forget(workflowId: string): void;
  /** Damaged stored executions met by the load (skipped). */
  corrupt(): readonly CorruptRecord[];
}

export interface PersistentExecutionOptions {
  /** A write failed (quota, eviction): the caller tells the user. */
  onError?: (e: unknown) => void;
  /** Prefix of this page's record ids (the simulator's ids are unique for a session only). */
  session?: string;
}

/**
 * An ExecutionStore over the workspace store. Reads are synchronous from memory (the
 * simulator's list is a `useSyncExternalStore` source); writes go to memory at once and to
 * IndexedDB in order behind it, so a run's last status is the one stored.
 */
export function createPersistentExecutionStore(
  ws: WorkspaceStore,
  options: PersistentExecutionOptions = {},
): PersistentExecutionStore {
  const session =
    options.session ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let records: ExecutionRecordStored[] = [];
  let bad: CorruptRecord[] = [];
  let bound: string | null = null;
  let loading: Promise<void> | null = null;
  let writes: Promise<void> = Promise.resolve();
  const cache = new Map<string, readonly ExecutionRecord[]>();
  const listeners = new Set<() => void>();
  const changed = () => {
    cache.clear();
    for (const l of listeners) l();
  };
  const cached = (key: string, pick: () => ExecutionRecord[]) => {
    // A stable array between changes (useSyncExternalStore compares snapshots by identity).
    let l = cache.get(key);
    if (!l) {
      l = pick();
      cache.set(key, l);
    }
    return l;
  };
  const newestFirst = (a: ExecutionRecordStored, b: ExecutionRecordStored) =>
    b.startTime - a.startTime;

  return {
    load() {
      loading ??= ws.listExecutions().then(
        ({ executions, corrupt }) => {
          // Runs recorded while the load was pending win over what is on disk.
          const mine = new Set(records.map((r) => r.id));
          records = [...records, ...executions.filter((e) => !mine.has(e.id))].sort(newestFirst);
          bad = corrupt;
          changed();
        },
        (e: unknown) => options.onError?.(e),
      );
      return loading;
    },
    bind(workflowId) {
      bound = workflowId;
      changed();
    },
    list(workflow) {
      const b = bound;
      // In a stored workflow the list is its own (whatever its name was at each run); in a
      // scratch session, the unsaved runs of that name.
      return b !== null
        ? cached(`id:${b}`, () => records.filter((r) => r.workflowId === b))
        : cached(`name:${workflow}`, () =>
            records.filter((r) => r.workflowId === '' && r.workflow === workflow),
          );
    },
    ofWorkflow(workflowId) {
      return cached(`id:${workflowId}`, () => records.filter((r) => r.workflowId === workflowId));
    },
    put(record) {
      const existing = records.find(
        (r) => r.id === record.id || r.id === `${session}-${record.id}`,
      );
      const stored: ExecutionRecordStored = {
        ...record,
        id: existing?.id ?? `${session}-${record.id}`,
        workflowId: existing?.workflowId ?? bound ?? '',
      };
      records = existing ? records.map((r) => (r === existing ? stored : r)) : [stored, ...records];
      changed();
      if (stored.workflowId === '') return;
      writes = writes
        .then(() => ws.putExecution(stored))
        .catch((e: unknown) => options.onError?.(e));
    },
    forget(workflowId) {
      records = records.filter((r) => r.workflowId !== workflowId);
      changed();
    },
    corrupt: () => bad,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
