import type { CommitOrigin, EditHistory, HistoryEntry } from '../editor/history';

/** The undo and redo stacks kept with a draft (oldest first), so Undo works after a reload. */
export interface DraftHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** At most this many characters of history text are stored per workflow (newest kept). */
export const DRAFT_HISTORY_BUDGET = 2_000_000;

const ORIGINS: readonly string[] = [
  'yaml',
  'canvas',
  'inspector',
  'palette',
  'history',
  'load',
  'simulator',
];

const isStrArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  const { label, origin, before, after, selBefore, selAfter, coalesceKey, time } = e;
  if (typeof label !== 'string' || typeof before !== 'string' || typeof after !== 'string')
    return null;
  if (typeof origin !== 'string' || !ORIGINS.includes(origin)) return null;
  if (!isStrArray(selBefore) || !isStrArray(selAfter)) return null;
  if (typeof time !== 'number' || !Number.isFinite(time)) return null;
  return {
    label,
    origin: origin as CommitOrigin,
    before,
    after,
    selBefore,
    selAfter,
    ...(typeof coalesceKey === 'string' ? { coalesceKey } : {}),
    time,
  };
}

/** Shape check of a stored history: anything damaged makes it null (the text still loads). */
export function checkDraftHistory(raw: unknown): DraftHistory | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { undo, redo } = raw as Record<string, unknown>;
  if (!Array.isArray(undo) || !Array.isArray(redo)) return null;
  const u = undo.map(checkEntry);
  const r = redo.map(checkEntry);
  if (u.some((x) => x === null) || r.some((x) => x === null)) return null;
  return { undo: u as HistoryEntry[], redo: r as HistoryEntry[] };
}

/** The newest entries of each stack whose texts fit in `budget` characters. */
function newest(entries: readonly HistoryEntry[], budget: number): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  let used = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e) continue;
    used += e.before.length + e.after.length;
    if (used > budget) break;
    out.unshift({ ...e, selBefore: [...e.selBefore], selAfter: [...e.selAfter] });
  }
  return out;
}

/**
 * The history to store with a draft: plain copies, trimmed to the budget (undo gets most of
 * it: it is what a user reaches for after a reload).
 */
export function historyToStore(
  h: Pick<EditHistory, 'undo' | 'redo'>,
  budget = DRAFT_HISTORY_BUDGET,
): DraftHistory {
  const redo = newest(h.redo, Math.floor(budget / 4));
  return {
    undo: newest(h.undo, budget - redo.reduce((n, e) => n + e.before.length + e.after.length, 0)),
    redo,
  };
}

/**
 * The stored history if it belongs to `text` (the latest undo entry ends at it, or, with
 * nothing to undo, the latest redo entry starts from it); otherwise null: a history that does
 * not lead to the text would undo into something the user never had.
 */
export function restorableHistory(h: DraftHistory | null, text: string): EditHistory | null {
  if (!h || (h.undo.length === 0 && h.redo.length === 0)) return null;
  const top = h.undo[h.undo.length - 1];
  const next = h.redo[h.redo.length - 1];
  if (top ? top.after !== text : next?.before !== text) return null;
  if (top && next && next.before !== text) return null;
  // Sealed: the first edit after a reload starts its own entry.
  return { undo: h.undo, redo: h.redo, sealed: true };
}
