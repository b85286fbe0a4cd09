import type { JsonObject, JsonValue, TaskState } from '../model/types';
import { isJsonObject } from './json';

const HTTP_KEYS = new Set(['Header', 'Code', 'Body']);

/**
 * Turns a mocked result into the task's raw result (`$Output`) the way each integration
 * shapes it (reference §2.1, decisions.md "Simulation defaults"):
 * - `FC:InvokeFunction`: the function's response under `Body`.
 * - `HTTP:Request`: `{Header, Code, Body}`. A mock that already has only these keys is taken as
 *   the response (missing ones default to `{}`, 200, `""`); any other mock is the body of a 200.
 * - `FNF:StartExecution` in RequestComplete: `{FlowName, ExecutionName, RequestID}` built from
 *   the Parameters when the mock gives no output; with WaitForSystemCallback the mock is the
 *   child execution's output.
 * - every other action: the mock as given.
 *
 * @param mocked the mock's output, or undefined when the Task has no mock: the integration then
 *   answers `{}` (FC `{Body: {}}`, HTTP a 200 with body `{}`).
 */
export function shapeResult(
  state: TaskState,
  mode: string,
  mocked: JsonValue | undefined,
  params: JsonObject,
  newId: () => string,
): JsonValue {
  const action = state.Action ?? '';
  if (action === 'FC:InvokeFunction') return { Body: mocked === undefined ? {} : mocked };
  if (action === 'HTTP:Request') return httpResponse(mocked === undefined ? {} : mocked);
  if (action === 'FNF:StartExecution' && mode === 'RequestComplete' && mocked === undefined) {
    const arn = typeof params.resourceArn === 'string' ? params.resourceArn : '';
    const flow = arn.includes('flow/') ? arn.slice(arn.lastIndexOf('flow/') + 5) : arn;
    const name = typeof params.executionName === 'string' ? params.executionName : newId();
    return { FlowName: flow, ExecutionName: name, RequestID: newId() };
  }
  return mocked === undefined ? {} : mocked;
}

function httpResponse(mocked: JsonValue): JsonObject {
  if (
    isJsonObject(mocked) &&
    Object.keys(mocked).length > 0 &&
    Object.keys(mocked).every((k) => HTTP_KEYS.has(k))
  ) {
    return {
      Header: mocked.Header ?? {},
      Code: mocked.Code ?? 200,
      Body: mocked.Body ?? '',
    };
  }
  return { Header: {}, Code: 200, Body: mocked };
}
