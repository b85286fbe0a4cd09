import { TASK_MODES, type StateType } from './types';

/**
 * The field catalogue of FDL: which fields each state type has, their value kinds and their
 * documentation. One table feeds the parser's shape checks, the JSON Schema for the YAML editor
 * (completion and hover), the inspector and `state.changeType` ("keep what still applies").
 */

export type FieldKind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'number'
  /** A number of seconds, or a numeric string (Task `Timeout`). */
  | 'secondsLike'
  /** A string that is always an expression (Choice `Condition`, Map `ItemsPath`, `X.$` fields). */
  | 'expression'
  /** A map of constants and `key.$` expressions. */
  | 'constructor'
  /** An object kept as-is (distributed Map settings). */
  | 'object'
  /** Any JSON value kept as-is. */
  | 'any'
  | 'stringList'
  | 'retryList'
  | 'catchList'
  | 'choiceBranches'
  | 'parallelBranches'
  | 'scope';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** `true`: missing is an error; 'warn': missing is a warning. */
  required?: boolean | 'warn';
  enum?: readonly string[];
  min?: number;
  max?: number;
  description: string;
}

const common: FieldSpec[] = [
  {
    name: 'Name',
    kind: 'string',
    required: true,
    description:
      'Name of the state, unique in its scope. Referenced by `StartAt`, `Next`, `Default` and `Catch[].Next`.',
  },
  {
    name: 'Type',
    kind: 'string',
    required: true,
    description: 'One of Task, Pass, Wait, Choice, Parallel, Map, Succeed, Fail.',
  },
  { name: 'Description', kind: 'string', description: 'Free text describing the state.' },
];
const input: FieldSpec = {
  name: 'InputConstructor',
  kind: 'constructor',
  description:
    'Builds the state input; replaces the incoming input entirely. Keys ending in `.$` take an expression (`$Input`, `$Context`, `$Global`, functions).',
};
const output: FieldSpec = {
  name: 'OutputConstructor',
  kind: 'constructor',
  description:
    'Builds the state output from `$Output` (the result), `$Input`, `$Context` and `$Global`. Keys ending in `.$` take an expression.',
};
const globals: FieldSpec = {
  name: 'GlobalConstructor',
  kind: 'constructor',
  description:
    'Assigns global variables (shallow-merged into `$Global`); `$Output` here is the raw result.',
};
const next: FieldSpec = {
  name: 'Next',
  kind: 'string',
  description: 'Name of the next state in the same scope.',
};
const end: FieldSpec = {
  name: 'End',
  kind: 'boolean',
  description:
    '`true` ends the current scope (the execution at top level, the branch or iteration inside a container).',
};
const retry: FieldSpec = {
  name: 'Retry',
  kind: 'retryList',
  description:
    'Retry policies, tried in order; the first rule whose `Errors` match the error applies.',
};
const catchF: FieldSpec = {
  name: 'Catch',
  kind: 'catchList',
  description:
    'Error capture rules, checked after retries are exhausted; the first match transitions to its `Next`.',
};

export const STATE_FIELDS: Record<StateType, readonly FieldSpec[]> = {
  Task: [
    ...common,
    {
      name: 'Action',
      kind: 'string',
      required: true,
      description:
        'The integrated API to call, `<Service>:<Operation>`, e.g. `FC:InvokeFunction`, `HTTP:Request`, `FNF:StartExecution`, `ECS:DescribeInstances`.',
    },
    {
      name: 'TaskMode',
      kind: 'string',
      enum: TASK_MODES,
      description:
        'RequestComplete (default): call and wait for the response. WaitForSystemCallback: submit an async job and wait for the system to report. WaitForCustomCallback: wait for ReportTaskSucceeded/Failed with `$Context.Current.TaskToken`. Express workflows allow only RequestComplete.',
    },
    {
      name: 'Parameters',
      kind: 'constructor',
      description: 'Request parameters of the target API. Keys ending in `.$` take an expression.',
    },
    {
      name: 'Timeout',
      kind: 'secondsLike',
      min: 0,
      max: 604800,
      description:
        'Task timeout in seconds, 0–604800 (7 days); 0 means no timeout. On expiry the task fails with `FnF.Timeout`.',
    },
    {
      name: 'Timeout.$',
      kind: 'expression',
      description: 'An expression giving the timeout in seconds, e.g. `$Input.timeout`.',
    },
    input,
    output,
    globals,
    retry,
    catchF,
    next,
    end,
  ],
  Pass: [...common, input, output, globals, next, end],
  Wait: [
    ...common,
    {
      name: 'Seconds',
      kind: 'integer',
      min: 1,
      max: 300,
      description: 'Seconds to wait: 1–300 in Standard workflows, 1–20 in Express workflows.',
    },
    {
      name: 'Seconds.$',
      kind: 'expression',
      description: 'An expression giving the seconds to wait, e.g. `$Input.delay`.',
    },
    {
      name: 'UntilDateTime',
      kind: 'string',
      description: 'Deprecated: removed from later revisions of the language; use `Seconds`.',
    },
    input,
    output,
    globals,
    next,
    end,
  ],
  Choice: [
    ...common,
    input,
    {
      name: 'Branches',
      kind: 'choiceBranches',
      required: true,
      description: 'Conditions evaluated in order; the first that is true decides the next state.',
    },
    {
      name: 'Default',
      kind: 'string',
      required: true,
      description: 'The state to go to when no branch condition is true.',
    },
    globals,
  ],
  Parallel: [
    ...common,
    {
      name: 'Branches',
      kind: 'parallelBranches',
      required: true,
      max: 50,
      description:
        'Branches run concurrently on the same input, each a `{StartAt, States}` scope (at most 50). Output: `{Branch0: …, Branch1: …}`.',
    },
    input,
    output,
    globals,
    retry,
    catchF,
    next,
    end,
  ],
  Map: [
    ...common,
    {
      name: 'ItemsPath',
      kind: 'expression',
      required: true,
      description: 'An expression returning the array to iterate over, e.g. `$Input.items`.',
    },
    {
      name: 'Processor',
      kind: 'scope',
      required: true,
      description:
        'The sub-flow run for every item, a `{StartAt, States}` scope. Output: `{Items: [...]}` in input order.',
    },
    {
      name: 'MaxConcurrency',
      kind: 'integer',
      min: 0,
      description:
        'How many iterations run at once (inline: up to 40; distributed: up to 100 by default).',
    },
    {
      name: 'ProcessorConfig',
      kind: 'object',
      description:
        'Distributed mode: `{ExecutionMode: Standard|Express}` runs each item as a child execution.',
    },
    {
      name: 'ItemReader',
      kind: 'object',
      description: 'Distributed mode: read items from OSS instead of `ItemsPath`.',
    },
    {
      name: 'ItemConstructor',
      kind: 'constructor',
      description: 'Distributed mode: builds each item; `$Item` is the original item.',
    },
    {
      name: 'ItemBatcher',
      kind: 'object',
      description: 'Distributed mode: groups items into batches.',
    },
    {
      name: 'ResultWriter',
      kind: 'object',
      description: 'Distributed mode: writes child results to OSS.',
    },
    {
      name: 'MaxItems',
      kind: 'any',
      description: 'Distributed mode: cap on the number of items processed.',
    },
    {
      name: 'ToleratedFailurePercentage',
      kind: 'number',
      min: 0,
      max: 100,
      description:
        'Distributed mode: the Map still succeeds when at most this percentage of items fail.',
    },
    {
      name: 'ToleratedFailureCount',
      kind: 'integer',
      min: 0,
      description: 'Distributed mode: the Map still succeeds when at most this many items fail.',
    },
    input,
    output,
    globals,
    retry,
    catchF,
    next,
    end,
  ],
  Succeed: [
    ...common,
    input,
    output,
    globals,
    { ...end, description: 'Ignored: Succeed always ends its scope.' },
  ],
  Fail: [
    ...common,
    {
      name: 'Code',
      kind: 'string',
      description: 'Error code of the failed execution, e.g. `customBizCode`.',
    },
    {
      name: 'Detail',
      kind: 'string',
      required: 'warn',
      description: 'Error detail (cause) of the failed execution.',
    },
    input,
    { ...end, description: 'Ignored: Fail always ends the execution.' },
  ],
};

export const TOP_LEVEL_FIELDS: readonly FieldSpec[] = [
  {
    name: 'Type',
    kind: 'string',
    required: true,
    enum: ['StateMachine'],
    description: 'Must be `StateMachine`.',
  },
  {
    name: 'SpecVersion',
    kind: 'string',
    required: true,
    enum: ['v1'],
    description: 'Must be `v1`.',
  },
  {
    name: 'Name',
    kind: 'string',
    required: 'warn',
    description:
      'Workflow name: letters, digits, `_` and `-`, starting with a letter or `_`, 1–128 characters.',
  },
  { name: 'Description', kind: 'string', description: 'Free text describing the workflow.' },
  {
    name: 'StartAt',
    kind: 'string',
    required: true,
    description: 'Name of the first state of the top-level `States`.',
  },
  {
    name: 'States',
    kind: 'scope',
    required: true,
    description: 'The states of the workflow, as a list.',
  },
];

export const SCOPE_FIELDS: readonly FieldSpec[] = [
  {
    name: 'StartAt',
    kind: 'string',
    required: true,
    description: 'Name of the first state of this scope.',
  },
  {
    name: 'States',
    kind: 'scope',
    required: true,
    description: 'The states of this scope, as a list.',
  },
];

export const RETRY_FIELDS: readonly FieldSpec[] = [
  {
    name: 'Errors',
    kind: 'stringList',
    required: true,
    description:
      'Error names to match (`FnF.ALL` matches every error; `FnF.Timeout`; `FC.<ErrorCode>`; custom names).',
  },
  {
    name: 'Description',
    kind: 'string',
    required: 'warn',
    description: 'Name of the policy shown in the console.',
  },
  {
    name: 'MaxAttempts',
    kind: 'integer',
    required: true,
    min: 0,
    description: 'Maximum number of retries after the first attempt.',
  },
  {
    name: 'IntervalSeconds',
    kind: 'integer',
    required: true,
    min: 0,
    max: 86400,
    description: 'Seconds before the first retry (at most 86400).',
  },
  {
    name: 'BackoffRate',
    kind: 'number',
    min: 0,
    description: 'Multiplier applied to the interval after each retry (default 1).',
  },
  {
    name: 'MaxBackoffSeconds',
    kind: 'integer',
    min: 0,
    max: 86400,
    description: 'Upper bound of the computed interval (at most 86400).',
  },
];

export const CATCH_FIELDS: readonly FieldSpec[] = [
  {
    name: 'Errors',
    kind: 'stringList',
    required: true,
    description: 'Error names to match (`FnF.ALL` matches every error).',
  },
  {
    name: 'Description',
    kind: 'string',
    required: 'warn',
    description: 'Name of the rule shown in the console.',
  },
  {
    name: 'Next',
    kind: 'string',
    required: true,
    description: 'The fallback state (same scope) to go to when the error is caught.',
  },
  {
    name: 'OutputConstructor',
    kind: 'constructor',
    description:
      'Builds the input of the fallback state; `$Context.Current.Error.Code` and `.Detail` describe the error.',
  },
];

export const CHOICE_BRANCH_FIELDS: readonly FieldSpec[] = [
  {
    name: 'Condition',
    kind: 'expression',
    required: true,
    description: 'A boolean expression, e.g. `$Input.status == "ready"`.',
  },
  {
    name: 'Next',
    kind: 'string',
    required: true,
    description: 'The state to go to when the condition is true.',
  },
];

/** The spec of one field of a state type, or undefined when the type has no such field. */
export function fieldSpec(type: StateType, name: string): FieldSpec | undefined {
  return STATE_FIELDS[type].find((f) => f.name === name);
}

/** Whether a state type transitions with `Next`/`End`. */
export function hasNextOrEnd(type: StateType): boolean {
  return type !== 'Choice' && type !== 'Succeed' && type !== 'Fail';
}

/** Whether a state type supports Retry and Catch. */
export function supportsErrorHandling(type: StateType): boolean {
  return type === 'Task' || type === 'Parallel' || type === 'Map';
}
