import { childPath, branchScopePath, type ScopePath, type StatePath } from '../model/statePath';
import type { JsonValue, Scope } from '../model/types';
import type { RunError, StateRunStatus, StateSummary } from './types';

type Settled = 'succeeded' | 'caught' | 'failed';
const RANK: Record<Settled, number> = { succeeded: 1, caught: 2, failed: 3 };
const BY_RANK: Settled[] = ['succeeded', 'succeeded', 'caught', 'failed'];

/**
 * The per-state summaries of one scope of recording: the whole run, or one Map iteration.
 * Statuses are kept current as the run moves, so a snapshot only copies.
 */
export class StateTable {
  /** Live records by path (own properties only; shared with IterationSummary.states). */
  readonly records: Record<StatePath, StateSummary> = {};
  /**
   * The worst settled outcome per path so far. A path is never active twice at once (children
   * of a container run one after another), so no running counter is needed.
   */
  private readonly settled: Record<StatePath, number> = Object.create(null) as Record<
    StatePath,
    number
  >;

  constructor(paths: readonly StatePath[]) {
    for (const p of paths) defineOwn(this.records, p, emptySummary());
  }

  get(path: StatePath): StateSummary {
    if (Object.hasOwn(this.records, path)) return this.records[path] as StateSummary;
    const r = emptySummary();
    defineOwn(this.records, path, r);
    return r;
  }

  enter(path: StatePath, rawInput: JsonValue): StateSummary {
    const r = this.get(path);
    r.visits++;
    r.rawInput = rawInput;
    r.input = null;
    r.output = null;
    r.parameters = null;
    r.result = null;
    r.error = null;
    r.status = 'running';
    return r;
  }

  settle(path: StatePath, how: Settled, output: JsonValue | null, error: RunError | null): void {
    const r = this.get(path);
    const rank = Math.max(this.settled[path] ?? 0, RANK[how]);
    this.settled[path] = rank;
    r.output = output;
    r.error = error;
    r.status = BY_RANK[rank] as Settled;
  }
}

export function emptySummary(): StateSummary {
  return {
    status: 'notRun',
    visits: 0,
    retryCount: 0,
    rawInput: null,
    input: null,
    output: null,
    parameters: null,
    result: null,
    globals: null,
    error: null,
  };
}

const pathsCache = new WeakMap<Scope, Map<ScopePath, StatePath[]>>();

/** Every state path inside `scope` (nested scopes included), the scope being at `scopePath`. */
export function scopeStatePaths(scope: Scope, scopePath: ScopePath): StatePath[] {
  let byPath = pathsCache.get(scope);
  if (!byPath) {
    byPath = new Map();
    pathsCache.set(scope, byPath);
  }
  const cached = byPath.get(scopePath);
  if (cached) return cached;
  const out: StatePath[] = [];
  const visit = (s: Scope, p: ScopePath) => {
    for (const state of s.States ?? []) {
      const path = childPath(p, state.Name);
      out.push(path);
      if (state.Type === 'Parallel') {
        state.Branches?.forEach((b, i) => visit(b, branchScopePath(path, i)));
      } else if (state.Type === 'Map' && state.Processor) {
        visit(state.Processor, path);
      }
    }
  };
  visit(scope, scopePath);
  byPath.set(scopePath, out);
  return out;
}

/** Sets an own property; a state named `__proto__` must not reach the prototype setter. */
function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** A deep copy of the summary tree (JSON values are shared: they are never mutated). */
export function copySummaries(table: StateTable): Record<StatePath, StateSummary> {
  return copyRecord(table.records);
}

function copySummary(r: StateSummary): StateSummary {
  const c: StateSummary = { ...r };
  if (r.branches) c.branches = r.branches.map((b) => ({ ...b }));
  if (r.iterations) {
    c.iterations = r.iterations.map((it) => {
      const copy = { ...it, states: copyRecord(it.states) };
      if (it.events) copy.events = it.events.slice();
      return copy;
    });
  }
  return c;
}

function copyRecord(states: Record<StatePath, StateSummary>): Record<StatePath, StateSummary> {
  const out: Record<StatePath, StateSummary> = {};
  for (const path of Object.keys(states)) {
    defineOwn(out, path, copySummary(states[path] as StateSummary));
  }
  return out;
}

export type { StateRunStatus };
