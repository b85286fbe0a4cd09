/**
 * The FDL model: a typed, read-only view of a parsed definition. Field names keep the spec's
 * spelling (no mapping layer between YAML and types). States are a discriminated union on `Type`.
 *
 * The model holds values only. Where each value came from in the text lives in the source map
 * (`yaml/sourceMap.ts`), keyed by state path, so the model stays plain data that can be
 * structurally compared, serialised and sent to a Worker.
 */

/** A JSON value as it appears in constructors and parameters. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const STATE_TYPES = [
  'Task',
  'Pass',
  'Wait',
  'Choice',
  'Parallel',
  'Map',
  'Succeed',
  'Fail',
] as const;
export type StateType = (typeof STATE_TYPES)[number];

export const TASK_MODES = [
  'RequestComplete',
  'WaitForSystemCallback',
  'WaitForCustomCallback',
] as const;
export type TaskMode = (typeof TASK_MODES)[number];

export type ExecutionMode = 'Standard' | 'Express';

/**
 * Maps of constants and `key.$` expressions: InputConstructor, OutputConstructor,
 * GlobalConstructor, ItemConstructor, Parameters, Catch OutputConstructor.
 */
export type Constructor = JsonObject;

export interface RetryRule {
  Errors?: string[];
  Description?: string;
  MaxAttempts?: number;
  IntervalSeconds?: number;
  BackoffRate?: number;
  MaxBackoffSeconds?: number;
}

export interface CatchRule {
  Errors?: string[];
  Description?: string;
  Next?: string;
  OutputConstructor?: Constructor;
}

/** A nested scope: the top level, a Parallel branch or a Map processor. */
export interface Scope {
  StartAt?: string;
  States: State[];
}

interface StateBase {
  Name: string;
  Description?: string;
  InputConstructor?: Constructor;
}

interface Transitioning {
  Next?: string;
  End?: boolean;
}

interface Shaping {
  OutputConstructor?: Constructor;
  GlobalConstructor?: Constructor;
}

interface ErrorHandling {
  Retry?: RetryRule[];
  Catch?: CatchRule[];
}

export interface TaskState extends StateBase, Transitioning, Shaping, ErrorHandling {
  Type: 'Task';
  Action?: string;
  TaskMode?: TaskMode | string;
  Parameters?: Constructor;
  /** Seconds as a number or numeric string (the docs type it as a string). */
  Timeout?: number | string;
  /** `Timeout.$`: an expression giving the timeout in seconds. */
  'Timeout.$'?: string;
}

export interface PassState extends StateBase, Transitioning, Shaping {
  Type: 'Pass';
}

export interface WaitState extends StateBase, Transitioning, Shaping {
  Type: 'Wait';
  Seconds?: number;
  'Seconds.$'?: string;
  /** Deprecated in later doc revisions; parsed so it can be warned about. */
  UntilDateTime?: string;
}

export interface ChoiceBranch {
  Condition?: string;
  Next?: string;
}

export interface ChoiceState extends StateBase {
  Type: 'Choice';
  Branches?: ChoiceBranch[];
  Default?: string;
  GlobalConstructor?: Constructor;
}

export interface ParallelState extends StateBase, Transitioning, Shaping, ErrorHandling {
  Type: 'Parallel';
  Branches?: Scope[];
}

/** Distributed-mode settings are kept as opaque objects (their sub-fields are unverified). */
export interface MapState extends StateBase, Transitioning, Shaping, ErrorHandling {
  Type: 'Map';
  ItemsPath?: string;
  Processor?: Scope;
  MaxConcurrency?: number;
  ProcessorConfig?: JsonObject;
  ItemReader?: JsonObject;
  ItemConstructor?: Constructor;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
  MaxItems?: JsonValue;
  ToleratedFailurePercentage?: number;
  ToleratedFailureCount?: number;
}

export interface SucceedState extends StateBase {
  Type: 'Succeed';
  OutputConstructor?: Constructor;
  GlobalConstructor?: Constructor;
  /** Accepted and ignored (seen in public samples); warned about. */
  End?: boolean;
}

export interface FailState extends StateBase {
  Type: 'Fail';
  Code?: string;
  Detail?: string;
  /** Accepted and ignored (the official example has it); warned about. */
  End?: boolean;
}

export type State =
  | TaskState
  | PassState
  | WaitState
  | ChoiceState
  | ParallelState
  | MapState
  | SucceedState
  | FailState;

export type StateOfType<T extends StateType> = Extract<State, { Type: T }>;

/** The whole definition. */
export interface StateMachine extends Scope {
  Type?: string;
  SpecVersion?: string;
  Name?: string;
  Description?: string;
}

export function isStateType(value: unknown): value is StateType {
  return typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value);
}
