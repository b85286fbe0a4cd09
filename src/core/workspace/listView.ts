import type { WorkflowRecord } from './records';

export type WorkflowSort = 'updated' | 'name' | 'created';

/**
 * The Workflows page's rows: trashed or live, filtered by a case-insensitive search of the name
 * and description, sorted (most recent first for dates, A→Z for names).
 */
export function listWorkflows(
  all: readonly WorkflowRecord[],
  options: { query: string; sort: WorkflowSort; trash: boolean },
): WorkflowRecord[] {
  const q = options.query.trim().toLowerCase();
  const rows = all.filter(
    (w) =>
      (w.deletedAt !== null) === options.trash &&
      (q === '' || w.name.toLowerCase().includes(q) || w.description.toLowerCase().includes(q)),
  );
  const by: Record<WorkflowSort, (a: WorkflowRecord, b: WorkflowRecord) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt,
    created: (a, b) => b.createdAt - a.createdAt,
    name: (a, b) => a.name.localeCompare(b.name) || b.updatedAt - a.updatedAt,
  };
  return rows.sort(by[options.sort]);
}

/** A name not yet used: `Base`, else `Base (copy)`, `Base (copy 2)`… */
export function uniqueName(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let candidate = `${base} (copy)`;
  for (let n = 2; used.has(candidate); n++) candidate = `${base} (copy ${n})`;
  return candidate;
}
