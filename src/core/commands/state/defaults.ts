import type { JsonObject, JsonValue, StateType } from '../../model/types';

/** What a new state connects to, if anything. */
export interface DefaultsOptions {
  /** The state it should go to next (`Next`, or a Choice's branch and `Default`). */
  next?: string;
  /** Names for the first state of new nested flows (Parallel branch, Map processor). */
  innerName?: string;
  /** Whether keys are written `Type` first (as most FDL samples do) or `Name` first. */
  typeFirst?: boolean;
}

export const DEFAULT_CONDITION = '$Input.value == true';
export const DEFAULT_RESOURCE_ARN = 'acs:fc:{regionId}:{accountId}:functions/myFunction/LATEST';

/** A one-state nested flow: `{StartAt, States: [Pass End]}`. */
export function defaultScope(name: string, typeFirst = true): JsonObject {
  return { StartAt: name, States: [head('Pass', name, typeFirst, { End: true })] };
}

function head(type: StateType, name: string, typeFirst: boolean, rest: JsonObject): JsonObject {
  return typeFirst ? { Type: type, Name: name, ...rest } : { Name: name, Type: type, ...rest };
}

/** The fields a new state of `type` starts with, besides `Name` and `Type`. */
export function defaultFields(type: StateType, o: DefaultsOptions = {}): JsonObject {
  const tail: JsonObject = o.next !== undefined ? { Next: o.next } : { End: true };
  const inner = o.innerName ?? 'Step';
  switch (type) {
    case 'Task':
      return {
        Action: 'FC:InvokeFunction',
        TaskMode: 'RequestComplete',
        Parameters: { invocationType: 'Sync', resourceArn: DEFAULT_RESOURCE_ARN },
        ...tail,
      };
    case 'Pass':
      return tail;
    case 'Wait':
      return { Seconds: 10, ...tail };
    case 'Choice': {
      const branch: JsonObject = { Condition: DEFAULT_CONDITION };
      if (o.next !== undefined) branch['Next'] = o.next;
      const out: JsonObject = { Branches: [branch] };
      if (o.next !== undefined) out['Default'] = o.next;
      return out;
    }
    case 'Parallel':
      return { Branches: [defaultScope(inner, o.typeFirst)], ...tail };
    case 'Map':
      return { ItemsPath: '$Input.items', Processor: defaultScope(inner, o.typeFirst), ...tail };
    case 'Succeed':
      return {};
    case 'Fail':
      return { Code: 'CustomError', Detail: 'The workflow failed.' };
  }
}

/** A whole new state as a value. */
export function defaultState(type: StateType, name: string, o: DefaultsOptions = {}): JsonObject {
  return head(type, name, o.typeFirst ?? true, defaultFields(type, o) as Record<string, JsonValue>);
}
