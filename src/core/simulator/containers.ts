import { branchScopePath } from '../model/statePath';
import type { JsonObject, JsonValue, MapState } from '../model/types';
import { construct, describe } from './constructors';
import { MODE_LIMIT_SECONDS, type Engine } from './engine';
import { ERR, SimError } from './errors';
import { EventLog } from './events';
import type { Children, ExecCtx, Outcome, StateFrame } from './frames';
import { isJsonObject } from './json';
import { advanceTime, emit, envOf } from './stateHelpers';
import { scopeStatePaths, StateTable } from './summaries';
import type { BranchSummary, IterationSummary } from './types';

/**
 * Starts (or, after a Retry, restarts) a Parallel or a Map: every branch gets the state's
 * `$Input`; a Map evaluates ItemsPath and builds each item's input (ItemConstructor with
 * `$Item`). Children run one after another in the interpreter, but on virtual clocks that
 * start together (Map: at most MaxConcurrency at once), so the state's duration is the
 * longest branch, or the Map's schedule.
 */
export function startContainer(e: Engine, f: StateFrame): void {
  const s = f.state;
  const base = {
    outputs: [] as JsonValue[],
    next: 0,
    start: f.time,
    end: f.time,
    slot: 0,
    failures: 0,
    branchSummaries: [] as BranchSummary[],
    iterationSummaries: [] as IterationSummary[],
  };
  let c: Children;
  if (s.Type === 'Parallel') {
    const n = s.Branches?.length ?? 0;
    c = {
      ...base,
      kind: 'branches',
      inputs: new Array<JsonValue>(n).fill(f.input),
      slots: null,
      distributed: false,
      tolerated: 0,
    };
    for (let i = 0; i < n; i++)
      c.branchSummaries.push({ index: i, status: 'notRun', output: null, error: null });
    for (const t of f.tables) t.get(f.path).branches = c.branchSummaries;
  } else if (s.Type === 'Map') {
    c = startMap(e, f, s, base);
  } else return;
  f.children = c;
  f.childOutcome = null;
  f.phase = 'children';
}

function startMap(
  e: Engine,
  f: StateFrame,
  s: MapState,
  base: Omit<Children, 'kind' | 'inputs' | 'slots' | 'distributed' | 'tolerated'>,
): Children {
  if (!s.Processor) throw new SimError(ERR.definition, `Map '${f.path}' has no Processor`, true);
  if (typeof s.ItemsPath !== 'string') {
    throw new SimError(ERR.invalidValue, `Map '${f.path}' has no ItemsPath`);
  }
  const value = e.exprs.evaluate(s.ItemsPath, envOf(e, f), 'ItemsPath');
  if (!Array.isArray(value)) {
    throw new SimError(
      ERR.invalidValue,
      `ItemsPath gave ${describe(value)}; it must give an array`,
    );
  }
  let items: JsonValue[] = value;
  if (typeof s.MaxItems === 'number' && s.MaxItems >= 0)
    items = items.slice(0, Math.floor(s.MaxItems));
  const distributed =
    isJsonObject(s.ProcessorConfig) && typeof s.ProcessorConfig.ExecutionMode === 'string';
  const inputs = s.ItemConstructor
    ? items.map((item, i) =>
        construct(
          s.ItemConstructor as JsonObject,
          envOf(e, f, { item }),
          e.exprs,
          `ItemConstructor (item ${i})`,
        ),
      )
    : items;
  const conc = s.MaxConcurrency;
  const slots =
    typeof conc === 'number' && conc >= 1 && conc < inputs.length
      ? new Array<number>(Math.floor(conc)).fill(f.time)
      : null;
  let tolerated = 0;
  if (distributed) {
    const count = typeof s.ToleratedFailureCount === 'number' ? s.ToleratedFailureCount : Infinity;
    const pct = s.ToleratedFailurePercentage;
    const byPct = typeof pct === 'number' ? Math.floor((pct / 100) * inputs.length) : Infinity;
    tolerated = Math.min(count, byPct);
    if (!Number.isFinite(tolerated)) tolerated = 0;
  }
  const c: Children = { ...base, kind: 'items', inputs, slots, distributed, tolerated };
  for (let i = 0; i < inputs.length; i++) {
    c.iterationSummaries.push({
      index: i,
      status: 'notRun',
      input: inputs[i] as JsonValue,
      output: null,
      error: null,
      states: {},
    });
  }
  for (const t of f.tables) t.get(f.path).iterations = c.iterationSummaries;
  return c;
}

/** Starts the next child, takes in the one that ended, or finishes the container. */
export function stepChildren(e: Engine, f: StateFrame): void {
  const c = f.children as Children;
  if (f.childOutcome) {
    const o = f.childOutcome;
    f.childOutcome = null;
    childDone(f, c, o);
    return;
  }
  if (c.next < c.inputs.length) {
    pushChild(e, f, c);
    return;
  }
  advanceTime(f, Math.max(f.time, c.end));
  if (c.kind === 'branches') {
    const out: JsonObject = {};
    c.outputs.forEach((o, i) => (out[`Branch${i}`] = o));
    f.result = out;
  } else {
    f.result = { Items: c.outputs };
  }
  f.phase = 'finish';
}

function pushChild(e: Engine, f: StateFrame, c: Children): void {
  const i = c.next;
  let start = c.start;
  if (c.slots) {
    let best = 0;
    for (let k = 1; k < c.slots.length; k++)
      if ((c.slots[k] as number) < (c.slots[best] as number)) best = k;
    c.slot = best;
    start = Math.max(c.start, c.slots[best] as number);
  }
  const input = c.inputs[i] as JsonValue;
  const s = f.state;
  if (c.kind === 'branches' && s.Type === 'Parallel') {
    const branch = s.Branches?.[i];
    if (!branch) throw new SimError(ERR.definition, `branch ${i} of '${f.path}' is missing`, true);
    emit(f, 'BranchEntered', { Index: i }, start, i);
    (c.branchSummaries[i] as BranchSummary).status = 'running';
    e.stack.push({
      kind: 'scope',
      scope: branch,
      path: branchScopePath(f.path, i),
      exec: f.exec,
      tables: f.tables,
      anyData: f.anyData,
      time: start,
      next: { name: branch.StartAt ?? '', input },
      role: 'branch',
      index: i,
    });
    return;
  }
  if (s.Type !== 'Map' || !s.Processor) return;
  const processor = s.Processor;
  const table = new StateTable(scopeStatePaths(processor, f.path));
  const summary = c.iterationSummaries[i] as IterationSummary;
  summary.status = 'running';
  summary.states = table.records;
  let exec: ExecCtx = f.exec;
  if (c.distributed) {
    const mode =
      isJsonObject(s.ProcessorConfig) && s.ProcessorConfig.ExecutionMode === 'Express'
        ? 'Express'
        : 'Standard';
    exec = {
      kind: 'child',
      log: new EventLog(e.maxEvents),
      globals: {},
      input,
      name: `${f.exec.name}-${i}`,
      mode,
      deadline: start + MODE_LIMIT_SECONDS[mode],
      start,
    };
    exec.log.emit('ExecutionStarted', '', start, { Input: input });
    summary.events = exec.log.events;
  } else {
    emit(f, 'IterationEntered', { Index: i }, start, i);
  }
  e.stack.push({
    kind: 'scope',
    scope: processor,
    path: f.path,
    exec,
    tables: [table, ...f.tables],
    anyData: true,
    time: start,
    next: { name: processor.StartAt ?? '', input },
    role: 'iteration',
    index: i,
  });
}

function childDone(f: StateFrame, c: Children, o: Outcome): void {
  const i = c.next;
  c.next++;
  c.end = Math.max(c.end, o.time);
  if (c.slots) c.slots[c.slot] = o.time;
  const detail: JsonObject = o.ok
    ? { Index: i, Output: o.output }
    : { Index: i, Error: o.error.code, Cause: o.error.detail };
  if (c.kind === 'branches') {
    emit(f, 'BranchExited', detail, o.time, i);
    const b = c.branchSummaries[i] as BranchSummary;
    b.status = o.ok ? 'succeeded' : 'failed';
    b.output = o.ok ? o.output : null;
    b.error = o.ok ? null : o.error;
  } else {
    if (!c.distributed) emit(f, 'IterationExited', detail, o.time, i);
    const it = c.iterationSummaries[i] as IterationSummary;
    it.status = o.ok ? 'succeeded' : 'failed';
    it.output = o.ok ? o.output : null;
    it.error = o.ok ? null : o.error;
  }
  if (o.ok) {
    c.outputs[i] = o.output;
    return;
  }
  if (c.distributed) {
    c.failures++;
    c.outputs[i] = { Error: o.error.code, Cause: o.error.detail };
    if (c.failures <= c.tolerated) return;
  }
  // The first failure (inline, Parallel) or the one past the tolerance fails the container;
  // the children not started yet are abandoned.
  f.time = Math.max(f.time, o.time);
  throw new SimError(o.error.code, o.error.detail);
}
