import type { StateType } from '../model/types';

/** One editor snippet: `body` is the value inserted, with `${n:placeholder}` tab stops. */
export interface StateSnippet {
  label: string;
  description: string;
  body: { [key: string]: unknown };
}

const BODIES: Record<StateType, { [key: string]: unknown }> = {
  Task: {
    Type: 'Task',
    Name: '${1:InvokeFunction}',
    Action: '${2:FC:InvokeFunction}',
    TaskMode: 'RequestComplete',
    Parameters: {
      invocationType: 'Sync',
      resourceArn: '${3:acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST}',
    },
    Next: '${4:NextState}',
  },
  Pass: { Type: 'Pass', Name: '${1:PassState}', Next: '${2:NextState}' },
  Wait: { Type: 'Wait', Name: '${1:Wait}', Seconds: 10, Next: '${2:NextState}' },
  Choice: {
    Type: 'Choice',
    Name: '${1:Choice}',
    Branches: [{ Condition: '${2:$Input.status == "ready"}', Next: '${3:Ready}' }],
    Default: '${4:NotReady}',
  },
  Parallel: {
    Type: 'Parallel',
    Name: '${1:Parallel}',
    Branches: [
      { StartAt: 'Branch0', States: [{ Type: 'Pass', Name: 'Branch0', End: true }] },
      { StartAt: 'Branch1', States: [{ Type: 'Pass', Name: 'Branch1', End: true }] },
    ],
    Next: '${2:NextState}',
  },
  Map: {
    Type: 'Map',
    Name: '${1:Map}',
    ItemsPath: '${2:$Input.items}',
    Processor: { StartAt: 'Item', States: [{ Type: 'Pass', Name: 'Item', End: true }] },
    Next: '${3:NextState}',
  },
  Succeed: { Type: 'Succeed', Name: '${1:Succeed}' },
  Fail: { Type: 'Fail', Name: '${1:Fail}', Code: '${2:ErrorCode}', Detail: '${3:What went wrong}' },
};

/** Editor snippets, one per state type, in the order of the Flow palette. */
export function stateSnippets(): StateSnippet[] {
  return (Object.keys(BODIES) as StateType[]).map((type) => ({
    label: `${type} state`,
    description: `Insert a ${type} state`,
    body: BODIES[type],
  }));
}
