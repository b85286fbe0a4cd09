import type { JsonObject, JsonValue } from '../model/types';
import type { EvalEnv } from './expressions';
import type { StateFrame } from './frames';

/** What an evaluation sees besides the frame's own data (reference §3.3, §3.4). */
export interface EnvExtra {
  /** `$Input` (default: the frame's `$Input` after its InputConstructor). */
  input?: JsonValue;
  /** `$Output`: only inside OutputConstructor, GlobalConstructor and mock templates. */
  output?: JsonValue;
  /** `$Context.Current.Error`: only while a Catch builds the fallback's input. */
  error?: { Code: string; Detail: string };
  /** `$Item`: only inside a distributed Map's ItemConstructor. */
  item?: JsonValue;
}

/**
 * Builds the evaluation environment of a state: `$Input`, `$Output`, `$Global`, `$Item` and
 * `$Context` {Execution {Name, Input, RoleArn}, Current {Name, Input, Output, Error,
 * RetryCount, TaskToken}}. `$Context.Current.Input` is always `$Input`.
 */
export function buildEnv(
  f: StateFrame,
  roleArn: string,
  random: () => number,
  extra: EnvExtra = {},
): EvalEnv {
  const input = extra.input !== undefined ? extra.input : f.input;
  const current: JsonObject = { Name: f.state.Name, Input: input, RetryCount: f.retryCount };
  if (extra.output !== undefined) current.Output = extra.output;
  if (extra.error !== undefined) current.Error = extra.error;
  if (f.token !== null) current.TaskToken = f.token;
  const $Context: JsonObject = {
    Execution: (f.exec.execution ??= { Name: f.exec.name, Input: f.exec.input, RoleArn: roleArn }),
    Current: current,
  };
  const vars: EvalEnv['vars'] = { $Input: input, $Context, $Global: f.exec.globals };
  if (extra.output !== undefined) vars.$Output = extra.output;
  if (extra.item !== undefined) vars.$Item = extra.item;
  return { vars, random };
}
