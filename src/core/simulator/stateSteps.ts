import type { JsonObject, JsonValue } from '../model/types';
import { chooseBranch } from './conditions';
import { construct } from './constructors';
import { startContainer, stepChildren } from './containers';
import type { Engine } from './engine';
import { ERR, SimError, toSimError } from './errors';
import type { StateFrame } from './frames';
import { setOwn } from './json';
import { firstMatch, maxRetries, retryDelay } from './retry';
import { advanceTime, checkData, emit, envOf, secondsOf } from './stateHelpers';
import { attemptTask, enterTask } from './taskStep';

/** Advances one state activation by one phase. Errors thrown here go to `handleError`. */
export function stepState(e: Engine, f: StateFrame): void {
  switch (f.phase) {
    case 'enter':
      return enter(e, f);
    case 'attempt':
      return attemptTask(e, f);
    case 'sleep':
      return wake(e, f);
    case 'children':
      return stepChildren(e, f);
    case 'finish':
      return finish(e, f);
    case 'callback':
      return;
  }
}

function enter(e: Engine, f: StateFrame): void {
  checkData(f, f.rawInput, 'input');
  for (const t of f.tables) t.enter(f.path, f.rawInput).globals = f.exec.globals;
  f.enteredId = emit(f, 'StepEntered', { Input: f.rawInput });
  const s = f.state;
  if (s.InputConstructor) {
    f.input = construct(s.InputConstructor, envOf(e, f), e.exprs, 'InputConstructor');
  }
  for (const t of f.tables) t.get(f.path).input = f.input;
  if (s.Type === 'Fail') {
    const error = {
      code: typeof s.Code === 'string' && s.Code !== '' ? s.Code : ERR.fail,
      detail: typeof s.Detail === 'string' ? s.Detail : '',
    };
    failState(e, f, error);
    return;
  }
  emit(f, 'StepStarted', { Input: f.input });
  switch (s.Type) {
    case 'Pass':
    case 'Succeed':
      f.result = f.input;
      f.phase = 'finish';
      return;
    case 'Choice': {
      const chosen = chooseBranch(s, envOf(e, f), e.exprs);
      f.choiceNext = chosen.next;
      f.choiceBranch = chosen.branch;
      f.result = f.input;
      f.phase = 'finish';
      return;
    }
    case 'Wait': {
      f.result = f.input;
      f.wakeAt = f.time + waitSeconds(e, f);
      f.after = 'finish';
      f.phase = 'sleep';
      return;
    }
    case 'Task':
      return enterTask(e, f);
    case 'Parallel':
    case 'Map':
      return startContainer(e, f);
  }
}

function waitSeconds(e: Engine, f: StateFrame): number {
  const s = f.state;
  if (s.Type !== 'Wait') return 0;
  let raw: JsonValue | undefined = s.Seconds;
  let field = 'Seconds';
  if (typeof s['Seconds.$'] === 'string') {
    raw = e.exprs.evaluate(s['Seconds.$'], envOf(e, f), 'Seconds.$');
    field = 'Seconds.$';
  }
  const max = f.exec.mode === 'Express' ? 20 : 300;
  const n = secondsOf(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new SimError(
      ERR.invalidValue,
      `${field} is ${JSON.stringify(raw ?? null)}; a ${f.exec.mode} Wait takes a whole number of seconds from 1 to ${max}`,
    );
  }
  return n;
}

function wake(e: Engine, f: StateFrame): void {
  advanceTime(f, f.wakeAt);
  if (f.after === 'attempt') f.phase = 'attempt';
  else if (f.after === 'restart') startContainer(e, f);
  else f.phase = 'finish';
}

function finish(e: Engine, f: StateFrame): void {
  const s = f.state;
  for (const t of f.tables) t.get(f.path).result = f.result;
  let out = f.result;
  if (s.Type !== 'Choice' && s.Type !== 'Fail' && s.OutputConstructor) {
    out = construct(
      s.OutputConstructor,
      envOf(e, f, { output: f.result }),
      e.exprs,
      'OutputConstructor',
    );
  }
  if (s.Type !== 'Fail' && s.GlobalConstructor) {
    const g = construct(
      s.GlobalConstructor,
      envOf(e, f, { output: f.result }),
      e.exprs,
      'GlobalConstructor',
    );
    const merged: JsonObject = { ...f.exec.globals };
    for (const k of Object.keys(g)) setOwn(merged, k, g[k] as JsonValue);
    f.exec.globals = merged;
  }
  checkData(f, out, 'output');
  let next: string | null;
  if (s.Type === 'Choice') next = f.choiceNext;
  else if (s.Type === 'Succeed' || s.Type === 'Fail') next = null;
  else if (s.End === true) next = null;
  else if (typeof s.Next === 'string') next = s.Next;
  else {
    throw new SimError(ERR.definition, `state '${f.path}' has neither Next nor End: true`, true);
  }
  emit(f, 'StepSucceeded', { Output: out });
  const exited: JsonObject = { Output: out, Next: next };
  if (s.Type === 'Choice') exited.Branch = f.choiceBranch >= 0 ? f.choiceBranch : 'Default';
  emit(f, 'StepExited', exited);
  for (const t of f.tables) t.settle(f.path, 'succeeded', out, null);
  e.completeState(f, { ok: true, output: out, next, time: f.time });
}

/**
 * A state error (reference §5.4): the first matching Retry rule with retries left schedules
 * another attempt after its backoff (a Parallel or Map re-runs entirely); otherwise the first
 * matching Catch moves on to its `Next` with the input its OutputConstructor builds (or the
 * failed state's `$Input`); otherwise the state fails and the error goes to the enclosing scope.
 */
export function handleError(e: Engine, f: StateFrame, err: SimError): void {
  const error = err.toRunError();
  f.error = error;
  const s = f.state;
  if (f.enteredId > 0 && (s.Type === 'Task' || s.Type === 'Parallel' || s.Type === 'Map')) {
    const ri = firstMatch(s.Retry, error.code);
    const rule = ri >= 0 ? s.Retry?.[ri] : undefined;
    if (rule) {
      const used = f.retryCounters[ri] ?? 0;
      if (used < maxRetries(rule)) {
        f.retryCounters[ri] = used + 1;
        f.retryCount++;
        for (const t of f.tables) t.get(f.path).retryCount++;
        f.wakeAt = f.time + retryDelay(rule, used + 1);
        f.after = s.Type === 'Task' ? 'attempt' : 'restart';
        f.children = null;
        f.phase = 'sleep';
        return;
      }
    }
    const ci = firstMatch(s.Catch, error.code);
    const c = ci >= 0 ? s.Catch?.[ci] : undefined;
    if (c) {
      let fallback: JsonValue = f.input;
      if (c.OutputConstructor) {
        try {
          const env = envOf(e, f, { error: { Code: error.code, Detail: error.detail } });
          fallback = construct(c.OutputConstructor, env, e.exprs, `Catch[${ci}].OutputConstructor`);
        } catch (e2) {
          const err2 = toSimError(e2, '');
          if (err2.fatal) throw err2;
          failState(e, f, err2.toRunError());
          return;
        }
      }
      if (typeof c.Next !== 'string') {
        throw new SimError(ERR.definition, `Catch[${ci}] of state '${f.path}' has no Next`, true);
      }
      emit(f, 'StepFailed', { Error: error.code, Cause: error.detail });
      emit(f, 'StepExited', { Output: fallback, Next: c.Next, Caught: true });
      for (const t of f.tables) t.settle(f.path, 'caught', fallback, error);
      e.completeState(f, { ok: true, output: fallback, next: c.Next, time: f.time });
      return;
    }
  }
  failState(e, f, error);
}

function failState(e: Engine, f: StateFrame, error: { code: string; detail: string }): void {
  if (f.enteredId > 0) {
    emit(f, 'StepFailed', { Error: error.code, Cause: error.detail });
    emit(f, 'StepExited', { Next: null });
    for (const t of f.tables) t.settle(f.path, 'failed', null, error);
  }
  e.completeState(f, { ok: false, error, time: f.time });
}
