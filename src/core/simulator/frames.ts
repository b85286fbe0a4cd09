import type { ScopePath, StatePath } from '../model/statePath';
import type { ExecutionMode, JsonObject, JsonValue, Scope, State } from '../model/types';
import type { SimError } from './errors';
import type { EventLog } from './events';
import type { StateTable } from './summaries';
import type { BranchSummary, IterationSummary, RunError } from './types';

/**
 * One execution: the run itself, or a distributed-Map child execution, which has its own
 * history, its own `$Global` and its own mode and deadline (reference §2.6).
 */
export interface ExecCtx {
  kind: 'top' | 'child';
  log: EventLog;
  globals: JsonObject;
  input: JsonValue;
  name: string;
  mode: ExecutionMode;
  /** Absolute virtual time after which the execution times out. */
  deadline: number;
  /** Virtual time at which it started. */
  start: number;
  /** `$Context.Execution`, built once per execution (it never changes). */
  execution?: JsonObject;
}

/** Where one frame records state summaries: its own table first, then enclosing ones. */
export type Tables = readonly StateTable[];

/** The running of one scope: the top level, one Parallel branch or one Map iteration. */
export interface ScopeFrame {
  kind: 'scope';
  scope: Scope;
  path: ScopePath;
  exec: ExecCtx;
  tables: Tables;
  /** Inside a Map iteration, state data may be any JSON value (the item), not only objects. */
  anyData: boolean;
  time: number;
  /** The state to enter next and its input. */
  next: { name: string; input: JsonValue } | null;
  role: 'top' | 'branch' | 'iteration';
  index: number;
}

export type Phase = 'enter' | 'attempt' | 'sleep' | 'callback' | 'children' | 'finish';

/** Progress of a Parallel's branches or a Map's iterations. */
export interface Children {
  kind: 'branches' | 'items';
  inputs: JsonValue[];
  outputs: JsonValue[];
  /** Index of the next child to start. */
  next: number;
  start: number;
  end: number;
  /** Map with MaxConcurrency: the time each slot becomes free. */
  slots: number[] | null;
  slot: number;
  distributed: boolean;
  failures: number;
  /** Distributed Map: failures allowed before the Map fails. */
  tolerated: number;
  branchSummaries: BranchSummary[];
  iterationSummaries: IterationSummary[];
}

/** The running of one state activation. */
export interface StateFrame {
  kind: 'state';
  state: State;
  path: StatePath;
  exec: ExecCtx;
  tables: Tables;
  anyData: boolean;
  time: number;
  phase: Phase;
  rawInput: JsonValue;
  input: JsonValue;
  /** Task: evaluated Parameters. */
  params: JsonObject | null;
  /** Task: timeout in seconds, null for none. */
  timeout: number | null;
  /** The raw result (`$Output`) once known. */
  result: JsonValue;
  /** Choice: the chosen target and branch index (-1 for Default). */
  choiceNext: string | null;
  choiceBranch: number;
  enteredId: number;
  retryCounters: number[];
  retryCount: number;
  /** Sleep phase: when it ends and what comes after. */
  wakeAt: number;
  after: 'attempt' | 'restart' | 'finish';
  token: string | null;
  tokenTimeoutAt: number | null;
  error: RunError | null;
  children: Children | null;
  /** A branch or iteration that just ended, for the container's next step. */
  childOutcome: Outcome | null;
}

export type Frame = ScopeFrame | StateFrame;

/** How a state or a scope ended. `fatal` marks an error that skips Retry and Catch. */
export type Outcome =
  | { ok: true; output: JsonValue; next: string | null; time: number }
  | { ok: false; error: RunError; time: number; fatal?: SimError | undefined };
