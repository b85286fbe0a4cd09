import type { Engine } from './engine';
import type { SimError } from './errors';
import type { Frame } from './frames';

/**
 * Ends the current execution with a fatal error: frames up to the execution's boundary (the
 * run, or a distributed-Map child execution) are abandoned, their states marked failed, without
 * Retry or Catch. A timed-out execution ends at its deadline.
 */
export function unwindFatal(e: Engine, err: SimError, time: number): void {
  const error = err.toRunError();
  const at = err.timedOut ? Math.min(time, deadlineOf(e)) : time;
  while (e.stack.length > 0) {
    const f = e.stack[e.stack.length - 1] as Frame;
    if (f.kind === 'state') {
      if (f.enteredId > 0) for (const t of f.tables) t.settle(f.path, 'failed', null, error);
      e.stack.pop();
      continue;
    }
    if (f.role === 'top' || (f.role === 'iteration' && f.exec.kind === 'child')) {
      e.completeScope(f, { ok: false, error, time: at, fatal: err });
      return;
    }
    e.stack.pop();
  }
}

/** The deadline of the innermost execution on the stack. */
function deadlineOf(e: Engine): number {
  for (let i = e.stack.length - 1; i >= 0; i--) {
    const f = e.stack[i] as Frame;
    if (f.kind === 'scope' && (f.role === 'top' || f.exec.kind === 'child')) return f.exec.deadline;
  }
  return e.top.deadline;
}
