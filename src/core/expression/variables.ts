import type { VariableName } from './ast';

/** A sub-field of a variable offered in completion, e.g. `Current.Input` of `$Context`. */
export interface VariableFieldInfo {
  readonly path: string;
  readonly description: string;
}

/** What an editor needs to know about one variable root (fdl.md §3.3). */
export interface VariableInfo {
  readonly name: VariableName;
  readonly description: string;
  /** Where the variable can be used. */
  readonly availability: string;
  readonly fields: readonly VariableFieldInfo[];
}

/** The variable roots of the language with their documented sub-fields. */
export const VARIABLES: readonly VariableInfo[] = [
  {
    name: '$Input',
    description: "The state's input (after its InputConstructor); same as $Context.Current.Input.",
    availability: 'everywhere expressions are allowed',
    fields: [],
  },
  {
    name: '$Output',
    description: "The task's raw result; same as $Context.Current.Output.",
    availability: 'OutputConstructor and GlobalConstructor only',
    fields: [],
  },
  {
    name: '$Context',
    description: 'The execution context: execution name and input, current state, error, retries.',
    availability: 'everywhere expressions are allowed',
    fields: [
      { path: 'Execution', description: 'The execution.' },
      { path: 'Execution.Name', description: 'The execution name.' },
      { path: 'Execution.Input', description: 'The execution input.' },
      { path: 'Execution.RoleArn', description: 'The execution role.' },
      { path: 'Current', description: 'The current state.' },
      { path: 'Current.Name', description: 'The current state name.' },
      { path: 'Current.Input', description: 'The current state input ($Input).' },
      { path: 'Current.Output', description: 'The current task result ($Output).' },
      { path: 'Current.Error', description: 'The error being handled (in a Catch).' },
      { path: 'Current.Error.Code', description: 'The error name, e.g. FC.ResourceThrottled.' },
      { path: 'Current.Error.Detail', description: 'The error detail.' },
      { path: 'Current.RetryCount', description: 'Retries performed so far.' },
      { path: 'Current.TaskToken', description: 'The callback token (WaitForCustomCallback).' },
    ],
  },
  {
    name: '$Global',
    description: 'Global variables written by GlobalConstructor, e.g. $Global.myVar.',
    availability: 'the whole execution (not in distributed Map child executions)',
    fields: [],
  },
  {
    name: '$Item',
    description: 'The original item of a distributed Map iteration.',
    availability: 'ItemConstructor of a distributed Map only',
    fields: [],
  },
];
