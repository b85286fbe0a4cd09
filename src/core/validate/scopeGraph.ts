import type { ScopePath } from '../model/statePath';
import type { StateEntry } from '../model/walkStates';
import type { RuleContext } from './ruleContext';

/** The transition graph of one scope, over indices into `states`. */
export interface ScopeGraph {
  scope: ScopePath;
  states: StateEntry[];
  /** Successors of each state inside the scope. */
  edges: number[][];
  /** The state ends the scope (End, Succeed, Fail) or leads somewhere we cannot follow. */
  exits: boolean[];
  /** Index of the StartAt state, or -1 when StartAt is absent or names no model state. */
  start: number;
  /** The scope holds list items the model left out: its graph may miss edges. */
  incomplete: boolean;
}

/** Builds the graph of every scope, in one pass over the states. */
export function buildScopeGraphs(ctx: RuleContext): ScopeGraph[] {
  const graphs = new Map<ScopePath, ScopeGraph>();
  const index = new Map<ScopePath, Map<string, number>>();
  for (const s of ctx.scopes) {
    graphs.set(s.path, {
      scope: s.path,
      states: [],
      edges: [],
      exits: [],
      start: -1,
      incomplete: false,
    });
    index.set(s.path, new Map());
  }
  for (const e of ctx.states) {
    const g = graphs.get(e.scope);
    if (!g) continue;
    index.get(e.scope)?.set(e.state.Name, g.states.length);
    g.states.push(e);
  }
  for (const s of ctx.skipped) {
    const g = graphs.get(s.scope);
    if (g) g.incomplete = true;
  }
  for (const s of ctx.scopes) {
    const g = graphs.get(s.path) as ScopeGraph;
    const names = index.get(s.path) as Map<string, number>;
    if (s.scope.StartAt !== undefined) g.start = names.get(s.scope.StartAt) ?? -1;
    for (const e of g.states) {
      const out: number[] = [];
      const st = e.state;
      let exit =
        st.Type === 'Succeed' ||
        st.Type === 'Fail' ||
        ('End' in st && st.End === true) ||
        (st.Type === 'Choice'
          ? typeof st.Default !== 'string'
          : !('Next' in st && typeof st.Next === 'string'));
      for (const t of ctx.transitions(e)) {
        const to = names.get(t.target);
        if (to === undefined) exit = true;
        else out.push(to);
      }
      g.edges.push(out);
      g.exits.push(exit);
    }
  }
  return [...graphs.values()];
}

/** States reachable from `start` (all false when start is -1). */
export function reachableFrom(g: ScopeGraph): boolean[] {
  const seen = g.states.map(() => false);
  if (g.start < 0) return seen;
  const stack = [g.start];
  seen[g.start] = true;
  while (stack.length > 0) {
    const n = stack.pop() as number;
    for (const m of g.edges[n] as number[]) {
      if (!seen[m]) {
        seen[m] = true;
        stack.push(m);
      }
    }
  }
  return seen;
}

/** States from which an exit (End, Succeed, Fail, unknown target) can be reached. */
export function canFinish(g: ScopeGraph): boolean[] {
  const reverse: number[][] = g.states.map(() => []);
  g.edges.forEach((out, n) => out.forEach((m) => (reverse[m] as number[]).push(n)));
  const ok = g.exits.slice();
  const stack = ok.flatMap((v, i) => (v ? [i] : []));
  while (stack.length > 0) {
    const n = stack.pop() as number;
    for (const m of reverse[n] as number[]) {
      if (!ok[m]) {
        ok[m] = true;
        stack.push(m);
      }
    }
  }
  return ok;
}

/**
 * Strongly connected components of the sub-graph induced by `keep` (Tarjan, iterative so a
 * 5,000-state loop cannot exhaust the stack). Each component lists state indices.
 */
export function components(g: ScopeGraph, keep: boolean[]): number[][] {
  const n = g.states.length;
  const idx = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (!keep[root] || idx[root] !== -1) continue;
    const work: { v: number; i: number }[] = [{ v: root, i: 0 }];
    idx[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1] as { v: number; i: number };
      const succ = g.edges[top.v] as number[];
      if (top.i < succ.length) {
        const w = succ[top.i++] as number;
        if (!keep[w]) continue;
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push({ v: w, i: 0 });
        } else if (onStack[w]) {
          low[top.v] = Math.min(low[top.v] as number, idx[w] as number);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] as number, low[top.v] as number);
      if (low[top.v] === idx[top.v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          comp.push(w);
        } while (w !== top.v);
        out.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return out;
}
