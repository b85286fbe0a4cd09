import { walkScopes, walkStates, type StateEntry, type StateMachine } from '../../core';

/** What the Outline shows of one state: its place in the tree, name and type. */
export interface OutlineRow {
  path: string;
  name: string;
  type: string;
  depth: number;
}

/**
 * The Outline's rows: every state in document order with its depth, each container's states
 * (branch by branch) right after it, as a tree lists them. `walkStates` lists a scope's states
 * before any nested scope, which would show a Parallel's children after its later siblings.
 */
export function outlineRows(model: StateMachine | null): OutlineRow[] {
  if (!model) return [];
  const byScope = new Map<string, StateEntry[]>();
  for (const e of walkStates(model)) {
    const list = byScope.get(e.scope);
    if (list) list.push(e);
    else byScope.set(e.scope, [e]);
  }
  const nested = new Map<string, string[]>();
  for (const s of walkScopes(model)) {
    if (s.containerPath === undefined) continue;
    const list = nested.get(s.containerPath);
    if (list) list.push(s.path);
    else nested.set(s.containerPath, [s.path]);
  }
  const out: OutlineRow[] = [];
  // Iterative, so a deeply nested workflow cannot overflow the stack.
  const stack: StateEntry[] = [...(byScope.get('') ?? [])].reverse();
  for (let e = stack.pop(); e; e = stack.pop()) {
    out.push({ path: e.path, name: e.state.Name, type: e.state.Type, depth: e.depth });
    const children = (nested.get(e.path) ?? []).flatMap((scope) => byScope.get(scope) ?? []);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as StateEntry);
  }
  return out;
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
