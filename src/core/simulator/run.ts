import type { StatePath } from '../model/statePath';
import type { JsonValue, StateMachine } from '../model/types';
import { Engine } from './engine';
import { ERR, SimError, toSimError } from './errors';
import { cloneJson } from './json';
import { handleError } from './stateSteps';
import { emit } from './stateHelpers';
import { copySummaries } from './summaries';
import { timeOut } from './taskStep';
import type { RunOptions, RunSnapshot, RunStatus } from './types';

/**
 * A simulated execution that can be advanced in steps, stopped at breakpoints, paused on
 * custom callbacks and resumed. Every method returns a fresh snapshot; none throws on any
 * definition, input or mock: problems end the run `Failed` with an error saying why.
 */
export interface SimulationRun {
  readonly status: RunStatus;
  /** Runs to the next state entry (or the start of a wait); the first call runs StartAt. */
  step(): RunSnapshot;
  /** Runs until a breakpoint, a callback pause or the end. */
  continue(): RunSnapshot;
  /** Runs until a callback pause or the end, ignoring breakpoints. */
  runToEnd(): RunSnapshot;
  /**
   * Lets the current wait elapse: while Paused on a callback, its Timeout fires now
   * (`FnF.Timeout`, or the execution times out when the task has no Timeout); otherwise the
   * same as `step()`, which completes a Wait or retry backoff the run stopped at.
   */
  skipWait(): RunSnapshot;
  /** Replaces the breakpoints (state paths before which `continue()` stops). */
  setBreakpoints(paths: Iterable<StatePath>): void;
  /** `ReportTaskSucceeded`: the paused task's `$Output` is `output`. */
  reportSuccess(token: string, output: JsonValue): RunSnapshot;
  /** `ReportTaskFailed`: the paused task fails with `error` / `cause`. */
  reportFailure(token: string, error: string, cause?: string): RunSnapshot;
  /**
   * `StopExecution`: ends a Running or Paused run now with status `Stopped`; the states in
   * progress are marked failed with the given error.
   */
  stop(error?: string, cause?: string): RunSnapshot;
  snapshot(): RunSnapshot;
}

/**
 * Creates a run of `machine` (a model from `parseSource`; it need not be valid). Nothing is
 * executed until a stepping method is called. Deterministic: the same machine, options and
 * calls give the same snapshots.
 *
 * @example
 * const run = createRun(model, { input: { name: 'x' }, mocks: { Charge: { output: { ok: true } } } });
 * const result = run.runToEnd(); // result.status === 'Succeeded'
 */
export function createRun(machine: StateMachine, options: RunOptions = {}): SimulationRun {
  let e: Engine;
  try {
    e = new Engine(machine, options);
  } catch (err) {
    // A model too malformed to set up (e.g. States that is not a list): a run that failed.
    e = new Engine({ States: [] }, { ...options, input: {}, mocks: {} });
    const detail = `the definition cannot run: ${err instanceof Error ? err.message : String(err)}`;
    e.end('Failed', null, { code: ERR.definition, detail }, 0);
  }
  const guarded = (fn: () => void): RunSnapshot => {
    try {
      fn();
    } catch (err) {
      // Defensive: the engine handles its own errors; anything escaping is a simulator bug,
      // reported as a failed run instead of an exception in the caller's UI.
      const message = err instanceof Error ? err.message : String(err);
      if (e.status === 'Running' || e.status === 'Paused') {
        e.end('Failed', null, { code: ERR.internal, detail: message }, e.currentTime());
      }
    }
    return snapshotOf(e);
  };
  const report = (token: string, apply: () => void): RunSnapshot =>
    guarded(() => {
      const f = e.paused;
      if (e.status !== 'Paused' || !f || f.token !== token) {
        e.notes.push(`no task waits for a callback with token '${token}'`);
        return;
      }
      e.paused = null;
      e.status = 'Running';
      f.phase = 'attempt';
      try {
        apply();
      } catch (err) {
        const se = toSimError(err, '');
        if (se.fatal) e.unwindFatal(se, f.time);
        else handleError(e, f, se);
      }
    });
  return {
    get status() {
      return e.status;
    },
    step: () => guarded(() => e.advance('step')),
    continue: () => guarded(() => e.advance('continue')),
    runToEnd: () => guarded(() => e.advance('end')),
    skipWait: () => {
      const f = e.paused;
      if (e.status === 'Paused' && f?.token) {
        return report(f.token, () => {
          if (f.tokenTimeoutAt !== null) timeOut(f, f.tokenTimeoutAt);
          e.unwindFatal(
            new SimError(
              'FnF.Timeout',
              `no callback reached '${f.path}' before the execution's limit`,
              true,
              true,
            ),
            f.exec.deadline,
          );
        });
      }
      return guarded(() => e.advance('step'));
    },
    setBreakpoints: (paths) => {
      e.breakpoints.clear();
      for (const p of paths) e.breakpoints.add(p);
    },
    reportSuccess: (token, output) =>
      report(token, () => {
        const f = findPaused(e, token);
        if (!f) return;
        const value = cloneJson(output, 'output');
        emit(f, 'TaskSucceeded', { Output: value });
        f.result = value;
        f.phase = 'finish';
      }),
    reportFailure: (token, error, cause = '') =>
      report(token, () => {
        const f = findPaused(e, token);
        if (!f) return;
        const code = error || ERR.taskFailed;
        emit(f, 'TaskFailed', { Error: code, Cause: cause });
        throw new SimError(code, cause);
      }),
    stop: (error: string = ERR.stopped, cause = 'stopped by the user') =>
      guarded(() => {
        if (e.status !== 'Running' && e.status !== 'Paused') return;
        const detail = { code: error, detail: cause };
        for (const f of e.stack) {
          if (f.kind === 'state' && f.enteredId > 0) {
            for (const t of f.tables) t.settle(f.path, 'failed', null, detail);
          }
        }
        e.end('Stopped', null, detail, e.currentTime());
      }),
    snapshot: () => snapshotOf(e),
  };
}

function findPaused(e: Engine, token: string) {
  const top = e.stack[e.stack.length - 1];
  return top && top.kind === 'state' && top.token === token ? top : null;
}

/** Runs `machine` to its end (or to a callback pause) in one call. */
export function simulate(machine: StateMachine, options: RunOptions = {}): RunSnapshot {
  return createRun(machine, options).runToEnd();
}

function snapshotOf(e: Engine): RunSnapshot {
  const f = e.paused;
  return {
    status: e.status,
    output: e.output,
    error: e.error,
    events: e.top.log.events.slice(),
    virtualSeconds: e.currentTime(),
    states: copySummaries(e.table),
    executionName: e.top.name,
    startTime: e.startTime,
    pending:
      e.status === 'Paused' && f?.token
        ? [{ token: f.token, path: f.path, parameters: f.params, timeoutAt: f.tokenTimeoutAt }]
        : [],
    stoppedAt: e.stoppedAt,
    stopReason: e.stopReason,
    log: e.notes.slice(),
  };
}
