import { childPath, type StatePath } from '../model/statePath';
import type { JsonValue, StateMachine } from '../model/types';
import { ERR, SimError, toSimError } from './errors';
import { EventLog } from './events';
import { ExpressionCache } from './expressions';
import type { ExecCtx, Frame, Outcome, ScopeFrame, StateFrame } from './frames';
import { cloneJson } from './json';
import { MockBook } from './mocks';
import { createSeededRandom } from '../expression';
import { randomUuid } from './random';
import { stepState, handleError } from './stateSteps';
import { findInScope, safePaths } from './scopeIndex';
import { StateTable } from './summaries';
import { unwindFatal } from './unwind';
import type { RunError, RunOptions, RunStatus, StopReason } from './types';

/** Execution time limits per mode (reference §7), in seconds. */
export const MODE_LIMIT_SECONDS = { Standard: 365 * 24 * 3600, Express: 300 } as const;

/**
 * The interpreter: an explicit stack of frames (scopes and state activations) advanced one
 * micro-step at a time, so a run can stop anywhere (steps, breakpoints, callbacks) and resume.
 * No recursion over the definition, no clock, no global randomness.
 */
export class Engine {
  readonly stack: Frame[] = [];
  status: RunStatus = 'Running';
  output: JsonValue | null = null;
  error: RunError | null = null;
  endTime = 0;
  readonly top: ExecCtx;
  readonly table: StateTable;
  readonly exprs = new ExpressionCache();
  readonly random: () => number;
  readonly mocks: MockBook;
  readonly notes: string[] = [];
  readonly breakpoints = new Set<StatePath>();
  readonly roleArn: string;
  readonly maxEvents: number;
  readonly maxSteps: number;
  readonly startTime: number;
  stoppedAt: StatePath | null = null;
  stopReason: StopReason | null = null;
  /** The Task waiting for a custom callback, when Paused. */
  paused: StateFrame | null = null;
  private steps = 0;
  private readonly paths = new Map<string, Map<string, StatePath>>();
  private readonly unmocked = new Set<StatePath>();

  constructor(machine: StateMachine, options: RunOptions = {}) {
    this.random = createSeededRandom(options.seed ?? 1);
    this.roleArn = options.roleArn ?? '';
    this.maxEvents = Math.max(2, options.maxEvents ?? 5000);
    this.maxSteps = options.maxSteps ?? 1_000_000;
    this.startTime = options.startTime ?? 0;
    for (const b of options.breakpoints ?? []) this.breakpoints.add(b);
    const mode = options.mode === 'Express' ? 'Express' : 'Standard';
    const name = options.executionName ?? randomUuid(this.random);
    this.table = new StateTable(safePaths(machine));
    this.top = {
      kind: 'top',
      log: new EventLog(this.maxEvents),
      globals: {},
      input: {},
      name,
      mode,
      deadline: MODE_LIMIT_SECONDS[mode],
      start: 0,
    };
    this.mocks = new MockBook(machine, {});
    let input: JsonValue;
    try {
      // Only a missing input is {}: null is an input too, and refused below as not an object.
      input = cloneJson(options.input === undefined ? {} : options.input, 'input');
      this.mocks = new MockBook(machine, options.mocks ?? {});
    } catch (e) {
      this.top.log.emit('ExecutionStarted', '', 0, { Input: null });
      this.end('Failed', null, { code: ERR.invalidData, detail: (e as Error).message }, 0);
      return;
    }
    this.top.input = input;
    this.notes.push(...this.mocks.problems);
    this.top.log.emit('ExecutionStarted', '', 0, { Input: input });
    this.stack.push({
      kind: 'scope',
      scope: machine,
      path: '',
      exec: this.top,
      tables: [this.table],
      anyData: false,
      time: 0,
      next: { name: machine.StartAt ?? '', input },
      role: 'top',
      index: 0,
    });
  }

  /** Runs micro-steps until the run ends, pauses, or a stop condition of `mode` is met. */
  advance(mode: 'step' | 'continue' | 'end'): void {
    if (this.status !== 'Running') return;
    let skipStop = this.stopReason !== null;
    let progressed = false;
    this.stoppedAt = null;
    this.stopReason = null;
    while (this.status === 'Running') {
      const top = this.stack[this.stack.length - 1];
      if (!top) break;
      if (!skipStop && mode !== 'end') {
        const stop = this.stopAt(top, mode, progressed);
        if (stop) {
          this.stoppedAt = stop.path;
          this.stopReason = stop.reason;
          return;
        }
      }
      skipStop = false;
      progressed = true;
      if (++this.steps > this.maxSteps) {
        const err = new SimError(
          ERR.stepLimit,
          `the run took more than ${this.maxSteps} interpreter steps (an endless loop?)`,
          true,
        );
        this.end('Failed', null, err.toRunError(), this.currentTime());
        return;
      }
      this.microStep(top);
    }
  }

  private stopAt(
    top: Frame,
    mode: 'step' | 'continue',
    progressed: boolean,
  ): { path: StatePath; reason: StopReason } | null {
    if (top.kind === 'scope' && top.next) {
      const path = this.pathOf(top.path, top.next.name);
      if (this.breakpoints.has(path)) return { path, reason: 'breakpoint' };
      if (mode === 'step' && progressed) return { path, reason: 'step' };
    } else if (top.kind === 'state' && top.phase === 'sleep' && mode === 'step' && progressed) {
      return { path: top.path, reason: 'wait' };
    }
    return null;
  }

  private microStep(top: Frame): void {
    if (top.kind === 'scope') {
      try {
        this.enterNext(top);
      } catch (e) {
        this.unwindFatal(toSimError(e, ''), top.time);
      }
      return;
    }
    try {
      stepState(this, top);
    } catch (e) {
      const err = toSimError(e, '');
      if (err.fatal) this.unwindFatal(err, top.time);
      else {
        try {
          handleError(this, top, err);
        } catch (e2) {
          this.unwindFatal(toSimError(e2, ''), top.time);
        }
      }
    }
  }

  private enterNext(scope: ScopeFrame): void {
    const next = scope.next;
    if (!next) return;
    const state = findInScope(scope.scope, next.name);
    if (!state) {
      throw new SimError(
        ERR.definition,
        `no state named '${next.name}' in ${scope.path === '' ? 'the top level' : `scope '${scope.path}'`}`,
        true,
      );
    }
    scope.next = null;
    const frame: StateFrame = {
      kind: 'state',
      state,
      path: this.pathOf(scope.path, state.Name),
      exec: scope.exec,
      tables: scope.tables,
      anyData: scope.anyData,
      time: scope.time,
      phase: 'enter',
      rawInput: next.input,
      input: next.input,
      params: null,
      timeout: null,
      result: null,
      choiceNext: null,
      choiceBranch: -1,
      enteredId: 0,
      retryCounters: [],
      retryCount: 0,
      wakeAt: 0,
      after: 'finish',
      token: null,
      tokenTimeoutAt: null,
      error: null,
      children: null,
      childOutcome: null,
    };
    this.stack.push(frame);
  }

  /** `childPath`, memoised: Map iterations enter the same paths thousands of times. */
  private pathOf(scope: string, name: string): StatePath {
    let byName = this.paths.get(scope);
    if (!byName) this.paths.set(scope, (byName = new Map()));
    let path = byName.get(name);
    if (path === undefined) byName.set(name, (path = childPath(scope, name)));
    return path;
  }

  /** Pops a finished state and moves its scope on (next state, or the scope ends). */
  completeState(frame: StateFrame, outcome: Outcome): void {
    this.stack.pop();
    const scope = this.stack[this.stack.length - 1];
    if (!scope || scope.kind !== 'scope') return;
    scope.time = outcome.time;
    if (outcome.ok && outcome.next !== null) {
      scope.next = { name: outcome.next, input: outcome.output };
      return;
    }
    this.completeScope(scope, outcome);
  }

  completeScope(scope: ScopeFrame, outcome: Outcome): void {
    this.stack.pop();
    if (scope.role === 'top') {
      if (outcome.ok) this.end('Succeeded', outcome.output, null, outcome.time);
      else
        this.end(
          outcome.fatal?.timedOut ? 'TimedOut' : 'Failed',
          null,
          outcome.error,
          outcome.time,
        );
      return;
    }
    if (scope.exec.kind === 'child' && scope.role === 'iteration') {
      const log = scope.exec.log;
      if (outcome.ok) log.emit('ExecutionSucceeded', '', outcome.time, { Output: outcome.output });
      else {
        const type = outcome.fatal?.timedOut ? 'ExecutionTimedOut' : 'ExecutionFailed';
        log.emit(type, '', outcome.time, {
          Error: outcome.error.code,
          Cause: outcome.error.detail,
        });
      }
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent && parent.kind === 'state' && parent.children) {
      parent.childOutcome = outcome.ok ? outcome : { ...outcome, fatal: undefined };
    }
  }

  /** See {@link unwindFatal}. */
  unwindFatal(err: SimError, time: number): void {
    unwindFatal(this, err, time);
  }

  /** Ends the whole run. */
  end(status: RunStatus, output: JsonValue | null, error: RunError | null, time: number): void {
    const log = this.top.log;
    if (status === 'Succeeded') log.emit('ExecutionSucceeded', '', time, { Output: output });
    else if (error) {
      const type =
        status === 'TimedOut'
          ? 'ExecutionTimedOut'
          : status === 'Stopped'
            ? 'ExecutionStopped'
            : 'ExecutionFailed';
      log.emit(type, '', time, { Error: error.code, Cause: error.detail });
    }
    this.status = status;
    this.output = output;
    this.error = error;
    this.endTime = time;
    this.stack.length = 0;
    this.paused = null;
    this.stoppedAt = null;
    this.stopReason = null;
  }

  /** Virtual time of the innermost frame. */
  currentTime(): number {
    if (this.status !== 'Running' && this.status !== 'Paused') return this.endTime;
    const f = this.stack[this.stack.length - 1];
    return f ? f.time : this.endTime;
  }

  /** Notes once per Task that it ran without a mock. */
  noteUnmocked(path: StatePath): void {
    if (this.unmocked.has(path)) return;
    this.unmocked.add(path);
    this.notes.push(`Task '${path}' has no mock: its call returned {}`);
  }

  pause(frame: StateFrame): void {
    this.paused = frame;
    this.status = 'Paused';
  }
}
