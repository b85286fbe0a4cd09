import type { StatePath } from '../model/statePath';
import type { StateMachine } from '../model/types';
import { walkStates } from '../model/walkStates';
import { cloneJson, isJsonObject } from './json';
import type { MockResponse, Mocks, TaskMock } from './types';

const MOCK_KEYS = new Set(['output', 'error', 'cause', 'latencySeconds']);

/**
 * Checks a value read from a mocks file (YAML or JSON) and returns typed mocks, deep-copied,
 * with one message per problem. A mock is `{output}`, `{error, cause?}`, either with
 * `latencySeconds`, or a non-empty list of these consumed one per attempt.
 */
export function parseMocks(value: unknown): { mocks: Mocks; problems: string[] } {
  const problems: string[] = [];
  const mocks: Mocks = {};
  if (value === null || value === undefined) return { mocks, problems };
  if (!isJsonObject(value as never)) {
    return { mocks, problems: ['mocks must be a map from state path or name to a mock'] };
  }
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(raw)) {
      if (raw.length === 0) problems.push(`mock '${key}': the list is empty`);
      const list: MockResponse[] = [];
      raw.forEach((r, i) => {
        const m = parseResponse(r, `mock '${key}'[${i}]`, problems);
        if (m) list.push(m);
      });
      if (list.length > 0) Object.defineProperty(mocks, key, descriptor(list));
    } else {
      const m = parseResponse(raw, `mock '${key}'`, problems);
      if (m) Object.defineProperty(mocks, key, descriptor(m));
    }
  }
  return { mocks, problems };
}

function descriptor(value: TaskMock): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

function parseResponse(raw: unknown, where: string, problems: string[]): MockResponse | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${where}: expected a map with output, error, cause or latencySeconds`);
    return null;
  }
  const r = raw as Record<string, unknown>;
  const unknown = Object.keys(r).filter((k) => !MOCK_KEYS.has(k));
  if (unknown.length > 0) {
    problems.push(`${where}: unknown key ${unknown.map((k) => `'${k}'`).join(', ')}`);
    return null;
  }
  const out: MockResponse = {};
  if ('error' in r) {
    if (typeof r.error !== 'string' || r.error === '') {
      problems.push(`${where}: error must be a non-empty error name such as FC.AccessDenied`);
      return null;
    }
    if ('output' in r) {
      problems.push(`${where}: give either output or error, not both`);
      return null;
    }
    out.error = r.error;
  }
  if ('cause' in r) {
    if (typeof r.cause !== 'string') {
      problems.push(`${where}: cause must be a string`);
      return null;
    }
    out.cause = r.cause;
  }
  if ('latencySeconds' in r) {
    const l = r.latencySeconds;
    if (typeof l !== 'number' || !Number.isFinite(l) || l < 0) {
      problems.push(`${where}: latencySeconds must be a number of seconds >= 0`);
      return null;
    }
    out.latencySeconds = l;
  }
  if ('output' in r) {
    try {
      out.output = cloneJson(r.output, 'output');
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      return null;
    }
  }
  return out;
}

/**
 * The mocks of one run, keyed by state path, with a per-path counter of calls so that a list
 * is consumed one response per attempt across the whole run (retries, loops and Map
 * iterations alike); the last response repeats.
 */
export class MockBook {
  private readonly byPath = new Map<StatePath, TaskMock>();
  private readonly calls = new Map<StatePath, number>();
  /** Messages about keys that match no Task or match several. */
  readonly problems: string[] = [];

  constructor(machine: StateMachine, mocks: Mocks) {
    const tasks = walkStates(machine).filter((e) => e.state.Type === 'Task');
    const paths = new Set(tasks.map((e) => e.path));
    const byName = new Map<string, StatePath[]>();
    for (const e of tasks) byName.set(e.state.Name, [...(byName.get(e.state.Name) ?? []), e.path]);
    for (const key of Object.keys(mocks)) {
      const mock = cloneJson(mocks[key], `mock '${key}'`) as unknown as TaskMock;
      if (paths.has(key)) {
        this.byPath.set(key, mock);
        continue;
      }
      const named = byName.get(key);
      if (named && named.length === 1) {
        const path = named[0] as StatePath;
        if (!this.byPath.has(path)) this.byPath.set(path, mock);
      } else if (named) {
        this.problems.push(
          `mock '${key}' is ignored: ${named.length} Tasks have that name; use a state path (${named.join(', ')})`,
        );
      } else {
        this.problems.push(`mock '${key}' is ignored: no Task has that path or name`);
      }
    }
  }

  has(path: StatePath): boolean {
    return this.byPath.has(path);
  }

  /** The response for the next call of the Task at `path`, or null when it has no mock. */
  next(path: StatePath): MockResponse | null {
    const mock = this.byPath.get(path);
    if (mock === undefined) return null;
    const n = this.calls.get(path) ?? 0;
    this.calls.set(path, n + 1);
    if (!Array.isArray(mock)) return mock;
    return mock[Math.min(n, mock.length - 1)] ?? null;
  }
}
