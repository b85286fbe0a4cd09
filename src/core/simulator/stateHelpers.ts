import type { JsonObject, JsonValue } from '../model/types';
import { buildEnv, type EnvExtra } from './context';
import type { Engine } from './engine';
import { ERR, SimError } from './errors';
import type { EvalEnv } from './expressions';
import type { StateFrame } from './frames';
import { isJsonObject, jsonSize, PAYLOAD_LIMIT_BYTES } from './json';
import type { SimEventType } from './types';

/** The evaluation environment of a state activation. */
export function envOf(e: Engine, f: StateFrame, extra?: EnvExtra): EvalEnv {
  return buildEnv(f, e.roleArn, e.random, extra);
}

/** Emits an event of the activation at its current time (or `time`). */
export function emit(
  f: StateFrame,
  type: SimEventType,
  detail: JsonObject,
  time = f.time,
  index?: number,
): number {
  return f.exec.log.emit(type, f.path, time, detail, f.enteredId || undefined, index);
}

/**
 * Moves the activation's clock to `t`. Past the execution's deadline (Express 5 minutes,
 * Standard 1 year) the execution times out: a fatal error at the deadline.
 */
export function advanceTime(f: StateFrame, t: number): void {
  if (t > f.exec.deadline) {
    f.time = f.exec.deadline;
    const limit = f.exec.deadline - f.exec.start;
    throw new SimError(
      ERR.timeout,
      `the ${f.exec.mode} execution ran past its limit of ${limit} s`,
      true,
      true,
    );
  }
  f.time = t;
}

/**
 * Checks a state input or output (reference §3.1, §6): a JSON object of at most 64 KiB.
 * Inside Map iterations any JSON value is allowed (an item may be a scalar). Either failure
 * ends the execution, as the service does.
 */
export function checkData(f: StateFrame, value: JsonValue, what: 'input' | 'output'): void {
  if (!f.anyData && !isJsonObject(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new SimError(
      ERR.invalidData,
      `the ${what} of state '${f.path}' is ${got}; state inputs and outputs must be JSON objects`,
      true,
    );
  }
  // Scalars and short strings cannot reach the limit: skip serialising them.
  if (typeof value !== 'object' && (typeof value !== 'string' || value.length < 16_384)) return;
  const size = jsonSize(value);
  if (size > PAYLOAD_LIMIT_BYTES) {
    throw new SimError(
      ERR.dataLimit,
      `the ${what} of state '${f.path}' is ${size} bytes; the limit is ${PAYLOAD_LIMIT_BYTES} bytes (64 KiB)`,
      true,
    );
  }
}

/** Reads a number of seconds given as a number or a numeric string; NaN otherwise. */
export function secondsOf(value: JsonValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return NaN;
}
