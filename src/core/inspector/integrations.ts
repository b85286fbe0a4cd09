import type { ExecutionMode, JsonObject, TaskMode } from '../model/types';

/** How a parameter is edited in an integration's form. */
export type IntegrationParamKind = 'text' | 'select' | 'map' | 'json';

export interface IntegrationParam {
  /** The `Parameters` key, in the target API's casing. */
  name: string;
  label: string;
  kind: IntegrationParamKind;
  required?: boolean;
  options?: readonly string[];
  help: string;
}

/** One entry of the integration catalogue (fdl.md §2.1). */
export interface Integration {
  /** `FC:InvokeFunction`; `*` for the generic OpenAPI form. */
  action: string;
  label: string;
  description: string;
  /** Task modes the integration supports (before the workflow mode narrows them). */
  modes: readonly TaskMode[];
  params: readonly IntegrationParam[];
  /** The `Parameters` a Task gets when the user switches to this action. */
  defaults: JsonObject;
}

const ALL_MODES: readonly TaskMode[] = [
  'RequestComplete',
  'WaitForSystemCallback',
  'WaitForCustomCallback',
];

/**
 * The optimized integrations with dedicated forms, then the generic OpenAPI call. The FC form's
 * fields are the guide's (Function, Version or Alias, Invocation Method, Request Load); the form
 * builds `resourceArn` itself (see arn.ts), so it is not listed as a free parameter.
 */
export const INTEGRATIONS: readonly Integration[] = [
  {
    action: 'FC:InvokeFunction',
    label: 'Function Compute: InvokeFunction',
    description: 'Invoke a Function Compute function, synchronously or asynchronously.',
    modes: ALL_MODES,
    defaults: {
      invocationType: 'Sync',
      resourceArn: 'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST',
    },
    params: [
      {
        name: 'invocationType',
        label: 'Function Invocation Method',
        kind: 'select',
        required: true,
        options: ['Sync', 'Async'],
        help: 'Sync waits for the function; Async submits the event (use WaitForSystemCallback to wait for its result).',
      },
      {
        name: 'body',
        label: 'Request Load',
        kind: 'json',
        help: 'The event passed to the function, in YAML or JSON. Keys ending in .$ take expressions.',
      },
    ],
  },
  {
    action: 'HTTP:Request',
    label: 'HTTP: Request',
    description: 'Call a public HTTP endpoint.',
    // fdl.md §12 Q15: the page's details describe custom callbacks only.
    modes: ['RequestComplete', 'WaitForCustomCallback'],
    defaults: { url: 'https://example.com', method: 'GET' },
    params: [
      {
        name: 'url',
        label: 'URL',
        kind: 'text',
        required: true,
        help: 'A publicly reachable URL.',
      },
      {
        name: 'method',
        label: 'Method',
        kind: 'select',
        required: true,
        options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'],
        help: 'The HTTP method.',
      },
      { name: 'headers', label: 'Headers', kind: 'map', help: 'Request headers, one per row.' },
      {
        name: 'body',
        label: 'Body',
        kind: 'json',
        help: 'A string is sent as is; an object or list is sent as JSON.',
      },
    ],
  },
  {
    action: 'FNF:StartExecution',
    label: 'CloudFlow: StartExecution',
    description: 'Start a child workflow execution.',
    modes: ALL_MODES,
    defaults: { resourceArn: 'acs:fnf:{regionId}:{accountId}:flow/child-flow' },
    params: [
      {
        name: 'resourceArn',
        label: 'Flow ARN',
        kind: 'text',
        required: true,
        help: 'acs:fnf:{regionId}:{accountId}:flow/<flow name>; cross-region calls are not possible.',
      },
      {
        name: 'executionName',
        label: 'Execution Name',
        kind: 'text',
        help: 'Unique per flow; generated when empty.',
      },
      {
        name: 'input',
        label: 'Input',
        kind: 'json',
        help: 'The child execution input (an object).',
      },
    ],
  },
];

/** The generic OpenAPI form: any `<Product>:<Operation>`, parameters as rows, RequestComplete only. */
export const GENERIC_INTEGRATION: Integration = {
  action: '*',
  label: 'OpenAPI (any product)',
  description: 'Call any Alibaba Cloud OpenAPI operation as <Product>:<Operation>.',
  modes: ['RequestComplete'],
  params: [],
  defaults: {},
};

/** The parameter names an integration's form knows (FC's form also owns `resourceArn`). */
export function knownParameters(integration: Integration): string[] {
  return [...integration.params.map((p) => p.name), ...Object.keys(integration.defaults)];
}

/**
 * The `Parameters` to write when a Task switches from one action to another: the new action's
 * defaults when every current parameter belongs to the old action's form (nothing the user wrote
 * by hand is lost), otherwise undefined (keep the parameters as they are).
 */
export function parametersOnSwitch(
  from: string | undefined,
  to: string,
  current: JsonObject | undefined,
): JsonObject | undefined {
  const next = findIntegration(to);
  if (next.action === '*') return undefined;
  const keys = Object.keys(current ?? {});
  const known = knownParameters(findIntegration(from));
  const ownedByOld = keys.every((k) => known.includes(k.replace(/\.\$$/, '')));
  return keys.length === 0 || (ownedByOld && findIntegration(from).action !== '*')
    ? next.defaults
    : undefined;
}

/** The catalogue entry for an action; the generic OpenAPI entry for any other action. */
export function findIntegration(action: string | undefined): Integration {
  return INTEGRATIONS.find((i) => i.action === action) ?? GENERIC_INTEGRATION;
}

/** The TaskModes offered for an action in a workflow mode (Express allows RequestComplete only). */
export function allowedTaskModes(
  action: string | undefined,
  mode: ExecutionMode,
): readonly TaskMode[] {
  const modes = findIntegration(action).modes;
  return mode === 'Express' ? modes.filter((m) => m === 'RequestComplete') : modes;
}

/** Why an action text is not `<Product>:<Operation>`, or null. */
export function checkActionText(action: string): string | null {
  const t = action.trim();
  if (t === '') return 'An action is needed, e.g. FC:InvokeFunction.';
  if (/::/.test(t)) return 'Use one colon: <Product>:<Operation>, e.g. FC:InvokeFunction.';
  if (!/^[A-Za-z][A-Za-z0-9]*:[A-Za-z][A-Za-z0-9]*$/.test(t)) {
    return 'Write the action as <Product>:<Operation>, e.g. ECS:DescribeInstances.';
  }
  return null;
}
