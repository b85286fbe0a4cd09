import type { StateType } from '../../core';

export type PaletteTab = 'Actions' | 'Flow' | 'Patterns';

/** What a palette entry inserts: one new state of a type (Tasks with an Action), or a fragment. */
export type PaletteInsert =
  | { kind: 'state'; type: StateType; action?: string; parameters?: Record<string, unknown> }
  | { kind: 'pattern'; yaml: string };

export interface PaletteEntry {
  /** The test id suffix: `palette.item.<id>` (the action for Tasks, the type for flow states). */
  id: string;
  tab: PaletteTab;
  label: string;
  description: string;
  /** The icon key, see `paletteIcons.tsx`. */
  icon: string;
  insert: PaletteInsert;
}

const task = (
  action: string,
  label: string,
  description: string,
  icon: string,
  parameters?: Record<string, unknown>,
): PaletteEntry => ({
  id: action,
  tab: 'Actions',
  label,
  description,
  icon,
  insert: parameters
    ? { kind: 'state', type: 'Task', action, parameters }
    : { kind: 'state', type: 'Task', action },
});

const flow = (type: StateType, description: string): PaletteEntry => ({
  id: type,
  tab: 'Flow',
  label: type,
  description,
  icon: type,
  insert: { kind: 'state', type },
});

const pattern = (id: string, label: string, description: string, yaml: string): PaletteEntry => ({
  id: `pattern.${id}`,
  tab: 'Patterns',
  label,
  description,
  icon: 'pattern',
  insert: { kind: 'pattern', yaml },
});

/** The palette: optimized integrations and the generic OpenAPI call (fdl.md §2.1, §9). */
export const ACTIONS: PaletteEntry[] = [
  task('FC:InvokeFunction', 'InvokeFunction', 'Function Compute: invoke a function', 'fc', {
    invocationType: 'Sync',
    resourceArn: 'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST',
  }),
  task('HTTP:Request', 'HTTP Request', 'Call a public HTTP endpoint', 'http', {
    url: 'https://example.com/api',
    method: 'GET',
  }),
  task('FNF:StartExecution', 'StartExecution', 'CloudFlow: start a child workflow', 'fnf', {
    resourceArn: 'acs:fnf:{regionId}:{accountId}:flow/child-flow',
  }),
  task('SMS:SendSms', 'SendSms', 'Short Message Service: send a text message', 'sms'),
  task('MNS:SendMessage', 'SendMessage', 'Message Service: send to a queue', 'mns'),
  task('EventBridge:PutEvents', 'PutEvents', 'EventBridge: publish events to a bus', 'eventbridge'),
  task('OSS:PutObject', 'PutObject', 'Object Storage Service: write an object', 'oss'),
  task('OSS:GetObject', 'GetObject', 'Object Storage Service: read an object', 'oss'),
  task(
    'DashScope:QwenTextGeneration',
    'QwenTextGeneration',
    'DashScope: generate text with Qwen',
    'ai',
  ),
  task(
    'ECS:DescribeInstances',
    'Any OpenAPI operation',
    'Call any Alibaba Cloud OpenAPI (Product:ApiName)',
    'openapi',
  ),
];

export const FLOW: PaletteEntry[] = [
  flow('Pass', 'Pass input to output, optionally reshaped'),
  flow('Wait', 'Pause for a number of seconds'),
  flow('Choice', 'Branch on conditions, with a default'),
  flow('Parallel', 'Run branches at the same time'),
  flow('Map', 'Run a sub-flow for every item'),
  flow('Succeed', 'End this scope successfully'),
  flow('Fail', 'End the execution with an error'),
];

export const PATTERNS: PaletteEntry[] = [
  pattern(
    'retry-with-fallback',
    'Retry with fallback',
    'A call retried with backoff, then a fallback',
    `- Type: Task
  Name: CallService
  Action: HTTP:Request
  Parameters:
    url: https://example.com/api
    method: GET
  Retry:
    - Errors:
        - FnF.ALL
      Description: Retry with backoff
      MaxAttempts: 3
      IntervalSeconds: 2
      BackoffRate: 2
      MaxBackoffSeconds: 30
  Catch:
    - Errors:
        - FnF.ALL
      Description: Use the fallback
      Next: Fallback
  Next: Fallback
- Type: Pass
  Name: Fallback
`,
  ),
  pattern(
    'poll-until-done',
    'Poll until done',
    'Check a job, wait, loop until it finishes',
    `- Type: Task
  Name: CheckJob
  Action: FC:InvokeFunction
  Parameters:
    invocationType: Sync
    resourceArn: acs:fc:{regionId}:{accountId}:functions/check-job/LATEST
  Next: IsDone
- Type: Choice
  Name: IsDone
  Branches:
    - Condition: $Input.Body.status == "done"
      Next: JobDone
  Default: WaitAndRetry
- Type: Wait
  Name: WaitAndRetry
  Seconds: 10
  Next: CheckJob
- Type: Pass
  Name: JobDone
`,
  ),
  pattern(
    'fan-out-fan-in',
    'Fan-out / fan-in',
    'Two branches in parallel, results merged',
    `- Type: Parallel
  Name: FanOut
  Branches:
    - StartAt: BranchA
      States:
        - Type: Pass
          Name: BranchA
          End: true
    - StartAt: BranchB
      States:
        - Type: Pass
          Name: BranchB
          End: true
  Next: FanIn
- Type: Pass
  Name: FanIn
  OutputConstructor:
    a.$: $Input.Branch0
    b.$: $Input.Branch1
`,
  ),
  pattern(
    'map-over-items',
    'Map over items',
    'Process every item of a list',
    `- Type: Map
  Name: ForEachItem
  ItemsPath: $Input.items
  MaxConcurrency: 10
  Processor:
    StartAt: ProcessItem
    States:
      - Type: Pass
        Name: ProcessItem
        End: true
`,
  ),
  pattern(
    'human-approval',
    'Human approval',
    'Wait for a callback with a task token',
    `- Type: Task
  Name: RequestApproval
  Action: MNS:SendMessage
  TaskMode: WaitForCustomCallback
  Timeout: 86400
  Parameters:
    queueName: approvals
    messageBody:
      token.$: $Context.Current.TaskToken
  Next: Approved
- Type: Choice
  Name: Approved
  Branches:
    - Condition: $Input.approved == true
      Next: Proceed
  Default: Rejected
- Type: Pass
  Name: Proceed
- Type: Fail
  Name: Rejected
  Code: Rejected
  Detail: The request was not approved
`,
  ),
];

export const PALETTE: PaletteEntry[] = [...ACTIONS, ...FLOW, ...PATTERNS];

/** Entries of a tab whose label, id or description contains the query (case-insensitive). */
export function searchPalette(tab: PaletteTab | null, query: string): PaletteEntry[] {
  const q = query.trim().toLowerCase();
  return PALETTE.filter(
    (e) =>
      (tab === null || e.tab === tab) &&
      (q === '' || `${e.label} ${e.id} ${e.description}`.toLowerCase().includes(q)),
  );
}
