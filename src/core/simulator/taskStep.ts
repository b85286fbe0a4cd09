import { TASK_MODES, type JsonValue, type TaskState } from '../model/types';
import { construct, constructValue } from './constructors';
import type { Engine } from './engine';
import { ERR, SimError } from './errors';
import type { StateFrame } from './frames';
import { shapeResult } from './integrations';
import { randomUuid } from './random';
import { advanceTime, emit, envOf, secondsOf } from './stateHelpers';

/** The largest Task Timeout (reference §2.1): 7 days. */
export const MAX_TASK_TIMEOUT = 604_800;

/** Evaluates the Task's Timeout (`Timeout.$` or `Timeout`), then moves to the first attempt. */
export function enterTask(e: Engine, f: StateFrame): void {
  const s = f.state as TaskState;
  let raw: JsonValue | undefined = s.Timeout;
  let field = 'Timeout';
  if (typeof s['Timeout.$'] === 'string') {
    raw = e.exprs.evaluate(s['Timeout.$'], envOf(e, f), 'Timeout.$');
    field = 'Timeout.$';
  }
  if (raw !== undefined) {
    const n = secondsOf(raw);
    if (!Number.isFinite(n) || n < 0 || n > MAX_TASK_TIMEOUT) {
      throw new SimError(
        ERR.invalidValue,
        `${field} is ${JSON.stringify(raw)}; a Task timeout is a number of seconds from 0 to ${MAX_TASK_TIMEOUT}`,
      );
    }
    f.timeout = n === 0 ? null : n;
  }
  f.phase = 'attempt';
}

/**
 * One attempt of a Task: evaluate Parameters, then the mock decides: an output (shaped per
 * integration), an error, a latency (a timeout when it exceeds Timeout), or, for
 * WaitForCustomCallback without a mock, a pause until `reportSuccess`/`reportFailure`.
 */
export function attemptTask(e: Engine, f: StateFrame): void {
  const s = f.state as TaskState;
  const mode = s.TaskMode ?? 'RequestComplete';
  if (!(TASK_MODES as readonly string[]).includes(mode)) {
    throw new SimError(
      ERR.definition,
      `TaskMode '${mode}' of '${f.path}' is not one of ${TASK_MODES.join(', ')}`,
      true,
    );
  }
  f.token = mode === 'WaitForCustomCallback' ? `tt-${randomUuid(e.random)}` : null;
  const params = s.Parameters ? construct(s.Parameters, envOf(e, f), e.exprs, 'Parameters') : {};
  f.params = params;
  for (const t of f.tables) t.get(f.path).parameters = params;
  emit(f, 'TaskScheduled', {
    Action: s.Action ?? '',
    Parameters: params,
    TaskMode: mode,
    Timeout: f.timeout ?? 0,
    RetryCount: f.retryCount,
  });
  if (mode !== 'RequestComplete' && f.exec.mode === 'Express') {
    const detail = `TaskMode ${mode} is not available in Express executions (only RequestComplete)`;
    emit(f, 'TaskSubmitFailed', { Error: ERR.taskMode, Cause: detail });
    throw new SimError(ERR.taskMode, detail, true);
  }
  const mock = e.mocks.next(f.path);
  if (mode === 'WaitForCustomCallback' && !mock) {
    emit(f, 'TaskSubmitted', { TaskToken: f.token ?? '' });
    f.tokenTimeoutAt = f.timeout !== null ? f.time + f.timeout : null;
    f.phase = 'callback';
    e.pause(f);
    return;
  }
  if (!mock) e.noteUnmocked(f.path);
  emit(
    f,
    mode === 'RequestComplete' ? 'TaskStarted' : 'TaskSubmitted',
    f.token ? { TaskToken: f.token } : {},
  );
  const latency = mock?.latencySeconds ?? 0;
  if (f.timeout !== null && latency > f.timeout) {
    timeOut(f, f.time + f.timeout);
  }
  advanceTime(f, f.time + latency);
  if (mock?.error !== undefined) {
    emit(f, 'TaskFailed', { Error: mock.error, Cause: mock.cause ?? '' });
    throw new SimError(mock.error, mock.cause ?? '');
  }
  let mocked = mock?.output;
  if (mocked !== undefined) {
    // A mock is a template over the request: `.$` keys see the evaluated Parameters as $Input.
    mocked = constructValue(mocked, envOf(e, f, { input: params }), e.exprs, 'mock output');
  }
  // A custom callback's mock is the ReportTaskSucceeded output: `$Output` as given.
  f.result =
    mode === 'WaitForCustomCallback'
      ? (mocked ?? {})
      : shapeResult(s, mode, mocked, params, () => randomUuid(e.random));
  emit(f, 'TaskSucceeded', { Output: f.result });
  f.phase = 'finish';
}

/** The Task's Timeout fired at `at`: `TaskTimedOut`, then the error `FnF.Timeout`. */
export function timeOut(f: StateFrame, at: number): never {
  advanceTime(f, at);
  const detail = `Task '${f.path}' did not finish within its Timeout of ${f.timeout} s`;
  emit(f, 'TaskTimedOut', { Error: ERR.timeout, Cause: detail });
  throw new SimError(ERR.timeout, detail);
}
