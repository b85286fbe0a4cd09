import type { StatePath } from '../model/statePath';

/** Where a change came from. `history` and `load` are the store's own origins. */
export type CommitOrigin =
  'yaml' | 'canvas' | 'inspector' | 'palette' | 'history' | 'load' | 'simulator';

/** One undoable change: the text and the selection before and after it. */
export interface HistoryEntry {
  label: string;
  origin: CommitOrigin;
  before: string;
  after: string;
  selBefore: StatePath[];
  selAfter: StatePath[];
  /** Changes with the same key within the coalescing window merge into this entry. */
  coalesceKey?: string;
  /** Clock time of the latest change merged into the entry. */
  time: number;
}

/** The undo and redo stacks, oldest first. Immutable: every operation returns a new value. */
export interface EditHistory {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
  /** When true, the next change starts a new entry even with the same coalescing key. */
  sealed: boolean;
}

/** At most this many undo entries are kept; the oldest are dropped first. */
export const HISTORY_LIMIT = 200;
/** Typing with the same coalescing key within this many milliseconds is one entry. */
export const COALESCE_WINDOW_MS = 1000;

export const EMPTY_HISTORY: EditHistory = { undo: [], redo: [], sealed: false };

/**
 * Records a change. It merges into the latest entry when both carry the same `coalesceKey` and
 * origin, the latest entry is at most `windowMs` old (any age for an inspector field session,
 * which `sealHistory` ends), and nothing was undone in between;
 * otherwise it is a new entry. Either way the redo stack is cleared (a new change forks history).
 */
export function recordHistory(
  h: EditHistory,
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
  windowMs = COALESCE_WINDOW_MS,
): EditHistory {
  const top = h.undo[h.undo.length - 1];
  if (
    top &&
    !h.sealed &&
    h.redo.length === 0 &&
    entry.coalesceKey !== undefined &&
    top.coalesceKey === entry.coalesceKey &&
    top.origin === entry.origin &&
    // An inspector field session is one entry however long the user pauses; it ends with
    // sealHistory (blur). Typing in the YAML coalesces only within the window.
    (entry.origin === 'inspector' || entry.time - top.time <= windowMs)
  ) {
    const merged: HistoryEntry = {
      ...top,
      after: entry.after,
      selAfter: entry.selAfter,
      time: entry.time,
    };
    return { undo: [...h.undo.slice(0, -1), merged], redo: [], sealed: false };
  }
  const undo = [...h.undo, entry];
  return {
    undo: undo.length > limit ? undo.slice(undo.length - limit) : undo,
    redo: [],
    sealed: false,
  };
}

/** Moves the latest entry to the redo stack; returns it with the new history. */
export function undoStep(
  h: EditHistory,
): { history: EditHistory; entry: HistoryEntry } | undefined {
  const entry = h.undo[h.undo.length - 1];
  if (!entry) return undefined;
  return { entry, history: { undo: h.undo.slice(0, -1), redo: [...h.redo, entry], sealed: true } };
}

/** Moves the latest undone entry back to the undo stack. */
export function redoStep(
  h: EditHistory,
): { history: EditHistory; entry: HistoryEntry } | undefined {
  const entry = h.redo[h.redo.length - 1];
  if (!entry) return undefined;
  return { entry, history: { undo: [...h.undo, entry], redo: h.redo.slice(0, -1), sealed: true } };
}
