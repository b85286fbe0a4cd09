import { parse, stringify } from 'yaml';
import {
  parseJsonInput,
  parseMocks,
  walkStates,
  type MockResponse,
  type Mocks,
  type StateMachine,
} from '../../core';

/** One attempt of a task's mock as the table edits it (text fields, checked on build). */
export interface MockAttemptRow {
  /**
   * `wait`: a WaitForCustomCallback task gets no mock and pauses until the user reports
   * success or failure in the run view.
   */
  kind: 'output' | 'error' | 'wait';
  /** JSON text of the result (kind `output`). */
  output: string;
  /** Error code, e.g. `FC.AccessDenied` (kind `error`). */
  error: string;
  cause: string;
  /** Virtual seconds, '' for none. */
  latency: string;
}

/** A task of the workflow with its mock: one attempt, or a sequence consumed one per attempt. */
export interface MockTaskRow {
  path: string;
  action: string;
  attempts: MockAttemptRow[];
  /** A WaitForCustomCallback task: it may wait for the user's report instead of a mock. */
  callback?: boolean;
}

/** The default attempt: the task succeeds with an empty object. */
export function defaultAttempt(): MockAttemptRow {
  return { kind: 'output', output: '{}', error: '', cause: '', latency: '' };
}

/** The default of a WaitForCustomCallback task: no mock, the run pauses for the user's report. */
export function waitAttempt(): MockAttemptRow {
  return { ...defaultAttempt(), kind: 'wait' };
}

/**
 * One row per Task of the workflow (every scope, document order), each with the mock found
 * for it in `previous` (kept between runs) or a default success.
 */
export function mockRowsFor(
  model: StateMachine | null,
  previous: readonly MockTaskRow[] = [],
): MockTaskRow[] {
  if (!model) return [];
  const prev = new Map(previous.map((r) => [r.path, r]));
  const rows: MockTaskRow[] = [];
  for (const entry of walkStates(model)) {
    if (entry.state.Type !== 'Task') continue;
    const action = typeof entry.state.Action === 'string' ? entry.state.Action : '';
    const old = prev.get(entry.path);
    const callback = entry.state.TaskMode === 'WaitForCustomCallback';
    rows.push({
      path: entry.path,
      action,
      callback,
      attempts: old
        ? old.attempts.map((a) => (a.kind === 'wait' && !callback ? defaultAttempt() : { ...a }))
        : [callback ? waitAttempt() : defaultAttempt()],
    });
  }
  return rows;
}

/** Mocks built from the table, or the problems that prevent it (one message per field). */
export type MocksResult = { ok: true; mocks: Mocks } | { ok: false; problems: string[] };

/** Builds the simulator's mocks from the table rows, checking every JSON and number field. */
export function rowsToMocks(rows: readonly MockTaskRow[]): MocksResult {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    if (row.attempts.some((a) => a.kind === 'wait')) {
      // No mock: the task pauses on every attempt until the user reports.
      if (row.attempts.length > 1)
        problems.push(`${row.path}: "Waits for your report" cannot be mixed with other attempts`);
      continue;
    }
    const list: MockResponse[] = [];
    row.attempts.forEach((a, i) => {
      const where = row.attempts.length > 1 ? `${row.path} (attempt ${i + 1})` : row.path;
      const m: MockResponse = {};
      if (a.kind === 'output') {
        const parsed = parseJsonInput(a.output.trim() === '' ? 'null' : a.output);
        if (parsed.ok) m.output = parsed.value;
        else
          problems.push(
            `${where}: the result is not valid JSON at line ${parsed.line} column ${parsed.column}: ${parsed.message}`,
          );
      } else {
        if (a.error.trim() === '') problems.push(`${where}: an error needs a code`);
        m.error = a.error.trim();
        if (a.cause !== '') m.cause = a.cause;
      }
      if (a.latency.trim() !== '') {
        const n = Number(a.latency);
        if (!Number.isFinite(n) || n < 0) problems.push(`${where}: latency must be a number ≥ 0`);
        else m.latencySeconds = n;
      }
      list.push(m);
    });
    if (list.length > 0) raw[row.path] = list.length === 1 ? list[0] : list;
  }
  if (problems.length > 0) return { ok: false, problems };
  const checked = parseMocks(raw);
  return checked.problems.length > 0
    ? { ok: false, problems: checked.problems }
    : { ok: true, mocks: checked.mocks };
}

/** The mocks as YAML text (the "Edit as YAML" view), keyed by state path. */
export function mocksToYaml(mocks: Mocks): string {
  return Object.keys(mocks).length === 0 ? '{}\n' : stringify(mocks);
}

/** Reads mocks typed as YAML (or JSON); problems are located by the YAML parser or parseMocks. */
export function yamlToMocks(text: string): MocksResult {
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  }
  const checked = parseMocks(value ?? {});
  return checked.problems.length > 0
    ? { ok: false, problems: checked.problems }
    : { ok: true, mocks: checked.mocks };
}

/** Puts mocks (e.g. read from YAML) back into table rows for the given tasks. */
export function mocksToRows(mocks: Mocks, tasks: readonly MockTaskRow[]): MockTaskRow[] {
  return tasks.map((t) => {
    const m = mocks[t.path];
    if (m === undefined) return { ...t, attempts: [t.callback ? waitAttempt() : defaultAttempt()] };
    const list = Array.isArray(m) ? m : [m];
    return {
      ...t,
      attempts: list.map((r) => ({
        kind: r.error !== undefined ? ('error' as const) : ('output' as const),
        output: r.output === undefined ? '{}' : JSON.stringify(r.output, null, 0),
        error: r.error ?? '',
        cause: r.cause ?? '',
        latency: r.latencySeconds === undefined ? '' : String(r.latencySeconds),
      })),
    };
  });
}
