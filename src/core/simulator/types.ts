import type { StatePath } from '../model/statePath';
import type { ExecutionMode, JsonObject, JsonValue } from '../model/types';

/**
 * Where a run is. `Paused`: waiting for a custom callback (`reportSuccess`/`reportFailure`).
 * `Stopped`: ended by `stop()` (the console's Stop Execution).
 */
export type RunStatus = 'Running' | 'Paused' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped';

/** An execution or state error. `code` is the name Retry/Catch rules match. */
export interface RunError {
  code: string;
  detail: string;
}

/** The 21 history event types of the reference §8.2. */
export const EVENT_TYPES = [
  'ExecutionStarted',
  'ExecutionSucceeded',
  'ExecutionFailed',
  'ExecutionTimedOut',
  'ExecutionStopped',
  'StepEntered',
  'StepStarted',
  'StepSucceeded',
  'StepFailed',
  'StepExited',
  'BranchEntered',
  'BranchExited',
  'IterationEntered',
  'IterationExited',
  'TaskScheduled',
  'TaskStarted',
  'TaskSubmitted',
  'TaskSubmitFailed',
  'TaskSucceeded',
  'TaskFailed',
  'TaskTimedOut',
] as const;
export type SimEventType = (typeof EVENT_TYPES)[number];

/** One history event. `state` is '' for execution events. `time` is in virtual seconds. */
export interface SimEvent {
  id: number;
  type: SimEventType;
  state: StatePath;
  detail: JsonObject;
  time: number;
  /** The id of the StepEntered event of the state activation this event belongs to. */
  scheduleId?: number;
  /** Branch index (Branch* events) or item index (Iteration* events). */
  index?: number;
}

/** One mocked task response (one attempt). */
export interface MockResponse {
  /** The integration's result; may be a template (`key.$` expressions over the Parameters). */
  output?: JsonValue;
  /** An error name, e.g. `FC.ResourceThrottled`. */
  error?: string;
  /** The error detail (cause). */
  cause?: string;
  /** Virtual seconds the call takes (compared with the task's Timeout). */
  latencySeconds?: number;
}

/** A task's mock: one response for every attempt, or a list consumed one per attempt. */
export type TaskMock = MockResponse | MockResponse[];

/** Mocks keyed by state path, or by plain state name where the name is unique. */
export type Mocks = Record<string, TaskMock>;

export interface RunOptions {
  /** The execution input (a JSON object). Default `{}`. */
  input?: JsonValue;
  /** Standard (default) or Express. */
  mode?: ExecutionMode;
  mocks?: Mocks;
  /** Seed of the run's random numbers (uuid(), randomInt(), task tokens). Default 1. */
  seed?: number;
  /** Execution name; default a seeded UUID. */
  executionName?: string;
  /** Execution role, visible as `$Context.Execution.RoleArn`. Default ''. */
  roleArn?: string;
  /** State paths before which `continue()` stops. */
  breakpoints?: Iterable<StatePath>;
  /** Events per execution before it fails. Default 5,000 (the service's limit). */
  maxEvents?: number;
  /** Interpreter steps before the run fails. Default 1,000,000. */
  maxSteps?: number;
  /** Epoch milliseconds of virtual time 0, reported as `startTime`. Default 0. */
  startTime?: number;
}

/** Per-state run status, as the canvas colours it. */
export type StateRunStatus = 'succeeded' | 'failed' | 'caught' | 'running' | 'notRun';

export interface BranchSummary {
  index: number;
  status: StateRunStatus;
  output: JsonValue | null;
  error: RunError | null;
}

export interface IterationSummary {
  index: number;
  status: StateRunStatus;
  input: JsonValue | null;
  output: JsonValue | null;
  error: RunError | null;
  /** The processor's states in this iteration. */
  states: Record<StatePath, StateSummary>;
  /** Distributed mode only: the child execution's own history. */
  events?: SimEvent[];
}

/**
 * What happened to one state. For a state visited several times (loops, Map iterations) the
 * values are those of the latest visit; `status` keeps `failed`/`caught` over a later success
 * so that the canvas shows the problem, and `retryCount` sums every visit.
 */
export interface StateSummary {
  status: StateRunStatus;
  visits: number;
  retryCount: number;
  /** The input the state received (before its InputConstructor). */
  rawInput: JsonValue | null;
  /** `$Input`: after the InputConstructor. */
  input: JsonValue | null;
  /** The state's output (after OutputConstructor). */
  output: JsonValue | null;
  /** Task only: the evaluated Parameters. */
  parameters: JsonValue | null;
  /** The raw result (`$Output` before the OutputConstructor). */
  result: JsonValue | null;
  /** `$Global` as the state saw it when it was entered. */
  globals: JsonValue | null;
  error: RunError | null;
  branches?: BranchSummary[];
  iterations?: IterationSummary[];
}

/** A WaitForCustomCallback task waiting for a report. */
export interface PendingCallback {
  token: string;
  path: StatePath;
  parameters: JsonValue | null;
  /** Virtual time at which the task's Timeout fires; null for no timeout. */
  timeoutAt: number | null;
}

/** Why a stepping call returned while the run is still `Running`. */
export type StopReason = 'step' | 'breakpoint' | 'wait';

/** The observable state of a run: a fresh object per call, safe to keep. */
export interface RunSnapshot {
  status: RunStatus;
  output: JsonValue | null;
  error: RunError | null;
  events: SimEvent[];
  /** Virtual seconds from the start to the end (or to now, while running). */
  virtualSeconds: number;
  states: Record<StatePath, StateSummary>;
  executionName: string;
  startTime: number;
  pending: PendingCallback[];
  /** While Running: the state about to be entered (step/breakpoint) or waiting (wait). */
  stoppedAt: StatePath | null;
  stopReason: StopReason | null;
  /** Notes for the user: tasks without a mock, unused mock keys, ... */
  log: string[];
}
