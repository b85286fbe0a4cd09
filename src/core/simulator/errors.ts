import type { RunError } from './types';

/**
 * Error names the simulator raises itself. `FnF.ALL` and `FnF.Timeout` come from the reference;
 * the service's names for the other situations are not documented, so these are FDL Studio's
 * choices (listed in docs/semantics.md).
 */
export const ERR = {
  all: 'FnF.ALL',
  timeout: 'FnF.Timeout',
  /** An expression or constructor could not be evaluated. */
  expression: 'FnF.ExpressionError',
  /** A value is outside its allowed range or of the wrong type (Wait seconds, ItemsPath, ...). */
  invalidValue: 'FnF.InvalidValue',
  /** A state input or output is larger than 64 KiB. Ends the execution. */
  dataLimit: 'FnF.DataLimitExceeded',
  /** A state input or output is not a JSON object. Ends the execution. */
  invalidData: 'FnF.InvalidData',
  /** More than the allowed number of events. Ends the execution. */
  eventLimit: 'FnF.EventLimitExceeded',
  /** The interpreter's step budget ran out. Ends the execution. */
  stepLimit: 'FnF.StepLimitExceeded',
  /** A callback TaskMode in an Express execution. Ends the execution. */
  taskMode: 'FnF.TaskModeNotSupported',
  /** The definition cannot run (missing target state, missing scope). Ends the execution. */
  definition: 'FnF.InvalidDefinition',
  /** `reportFailure` without an error name. */
  taskFailed: 'FnF.TaskFailed',
  /** The default error of `stop()`. */
  stopped: 'FnF.Stopped',
  /** An internal fault of the simulator (a bug). */
  internal: 'FnF.SimulatorError',
  /** A Fail state without `Code`. */
  fail: 'FnF.Fail',
} as const;

/**
 * An error raised while simulating a state. `fatal` errors end the current execution (the
 * whole run, or a distributed-Map child execution) without Retry or Catch, as the service does
 * for limits; the others are state errors that Retry and Catch see.
 */
export class SimError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly fatal = false,
    /** The execution ran past its deadline: it ends `TimedOut`, not `Failed`. */
    readonly timedOut = false,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SimError';
  }

  toRunError(): RunError {
    return { code: this.code, detail: this.detail };
  }
}

/** Turns anything thrown into a SimError (unexpected exceptions become expression errors). */
export function toSimError(e: unknown, context: string): SimError {
  if (e instanceof SimError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SimError(ERR.expression, context ? `${context}: ${message}` : message);
}
