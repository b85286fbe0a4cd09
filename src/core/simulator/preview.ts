import { createSeededRandom, evaluate, type EvalEnv } from '../expression';
import type { StatePath } from '../model/statePath';
import { nameOf } from '../model/statePath';
import type { JsonObject, JsonValue } from '../model/types';
import type { RunSnapshot } from './types';

/** Which field an expression belongs to: it decides what `$Input` and `$Output` are. */
export type PreviewField =
  | 'InputConstructor'
  | 'Parameters'
  | 'OutputConstructor'
  | 'GlobalConstructor'
  | 'Condition'
  | 'ItemsPath'
  | 'Seconds.$'
  | 'Timeout.$';

export type PreviewResult = { ok: true; value: JsonValue } | { ok: false; message: string };

/**
 * The value an expression would have in a state of a past run (the inspector's expression
 * preview): `$Input` is what the state received (its raw input for InputConstructor fields, its
 * `$Input` otherwise), `$Output` its raw result (Output/GlobalConstructor only), `$Global` the
 * globals it saw, `$Context` rebuilt from the snapshot. For a state visited several times, the
 * latest visit. Never throws.
 *
 * @example previewExpression(lastRun, 'Charge', '$Input.amount', 'Parameters')
 */
export function previewExpression(
  run: RunSnapshot,
  path: StatePath,
  source: string,
  field: PreviewField,
): PreviewResult {
  const s = Object.hasOwn(run.states, path) ? run.states[path] : undefined;
  if (!s || s.visits === 0)
    return { ok: false, message: `'${path}' did not run in this execution` };
  const input = field === 'InputConstructor' ? s.rawInput : s.input;
  const withOutput = field === 'OutputConstructor' || field === 'GlobalConstructor';
  if (withOutput && s.result === null) {
    return { ok: false, message: `'${path}' produced no result in this execution` };
  }
  const started = run.events[0];
  const current: JsonObject = { Name: nameOf(path), Input: input, RetryCount: s.retryCount };
  if (withOutput) current.Output = s.result;
  const vars: EvalEnv['vars'] = {
    $Input: input,
    $Global: s.globals ?? {},
    $Context: {
      Execution: {
        Name: run.executionName,
        Input: started?.type === 'ExecutionStarted' ? (started.detail.Input ?? null) : null,
        RoleArn: '',
      },
      Current: current,
    },
  };
  if (withOutput) vars.$Output = s.result;
  try {
    return { ok: true, value: evaluate(source, { vars, random: createSeededRandom(1) }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
