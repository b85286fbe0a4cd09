import { createEditorStore } from '../../editor/createEditorStore';
import type { StateMachine } from '../../model/types';
import type { CommandArgsMap, CommandName } from '../registry';

/** What one command did, seen through the store: for do → undo → redo tests. */
export interface RoundTrip {
  ok: boolean;
  reason?: string;
  before: string;
  after: string;
  /** The model parsed from `after` (null if it did not parse). */
  model: StateMachine | null;
  /** Text after undo (must equal `before`) and after redo (must equal `after`). */
  undone: string;
  redone: string;
  /** Whether `after` parsed without syntax errors. */
  parses: boolean;
  selection: string[];
}

/**
 * Runs one command in a fresh editor store on `text`, then undoes and redoes it. Pure (no test
 * framework): tests assert on the result.
 */
export function roundTrip<K extends CommandName>(
  text: string,
  name: K,
  args: CommandArgsMap[K],
): RoundTrip {
  const store = createEditorStore(text);
  const r = store.getState().execute(name, args, 'canvas');
  const s = store.getState();
  const after = s.source;
  const out: RoundTrip = {
    ok: r.ok,
    before: text,
    after,
    model: s.parse.model,
    parses: s.parse.ok,
    selection: s.selection,
    undone: '',
    redone: '',
  };
  if (!r.ok) out.reason = r.reason;
  s.undo();
  out.undone = store.getState().source;
  store.getState().redo();
  out.redone = store.getState().source;
  return out;
}

/** The lines of `after` that are not in `before` (a cheap picture of what a command wrote). */
export function addedLines(before: string, after: string): string[] {
  const old = new Map<string, number>();
  for (const l of before.split('\n')) old.set(l, (old.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of after.split('\n')) {
    const n = old.get(l) ?? 0;
    if (n > 0) old.set(l, n - 1);
    else out.push(l);
  }
  return out;
}

/** The lines of `before` that are gone from `after`. */
export function removedLines(before: string, after: string): string[] {
  return addedLines(after, before);
}
