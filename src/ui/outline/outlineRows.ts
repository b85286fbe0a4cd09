import { walkStateTree, type StateMachine } from '../../core';

/** What the Outline shows of one state: its place in the tree, name and type. */
export interface OutlineRow {
  path: string;
  name: string;
  type: string;
  depth: number;
}

/** The Outline's rows: every state as a tree lists them (`walkStateTree`), with its depth. */
export function outlineRows(model: StateMachine | null): OutlineRow[] {
  if (!model) return [];
  return walkStateTree(model).map((e) => ({
    path: e.path,
    name: e.state.Name,
    type: e.state.Type,
    depth: e.depth,
  }));
}

/** Whether two rows show the same thing. */
export function sameRow(a: OutlineRow, b: OutlineRow): boolean {
  return a.path === b.path && a.name === b.name && a.type === b.type && a.depth === b.depth;
}

/**
 * `next` with every row equal to the previous row at the same place replaced by that very
 * object, and `prev` itself when nothing changed: memoised rows then skip re-rendering, and
 * the list skips it when a commit changed no state's name, type or place (a value edit).
 */
export function keepRows(prev: readonly OutlineRow[], next: OutlineRow[]): readonly OutlineRow[] {
  let same = prev.length === next.length;
  const out = next.map((row, i) => {
    const old = prev[i];
    if (old && sameRow(old, row)) return old;
    same = false;
    return row;
  });
  return same ? prev : out;
}

/** A rows selector that remembers its last answer (one per Outline panel). */
export function createRowsSelector(): (model: StateMachine | null) => readonly OutlineRow[] {
  let last: readonly OutlineRow[] = [];
  let lastModel: StateMachine | null | undefined;
  return (model) => {
    if (model === lastModel) return last;
    lastModel = model;
    last = keepRows(last, outlineRows(model));
    return last;
  };
}
