import {
  childPath,
  scopeOf,
  type FlowEdge,
  type RunSnapshot,
  type SimEvent,
  type StateRunStatus,
  type StatePath,
} from '../../core';
import { inScope, type FocusLevel } from './runFocus';

/** What the canvas draws over the chart for a run: state colours and the transitions taken. */
export interface RunOverlay {
  statuses: ReadonlyMap<StatePath, StateRunStatus>;
  retries: ReadonlyMap<StatePath, number>;
  /** Keys of the transitions taken (see `transitionKey`). */
  taken: ReadonlySet<string>;
  breakpoints: ReadonlySet<StatePath>;
  /** The state the run stopped before (step mode), or the paused task. */
  current: StatePath | null;
  /**
   * The drilled-into Map iteration or Parallel branch (innermost), or null for the whole run:
   * the states of its container are coloured from that one iteration or branch.
   */
  focus?: { container: StatePath; label: string; short: string; scope: string } | null;
}

/** The key of a transition: catch edges are told apart from Next/Choice/Default ones. */
export function transitionKey(source: string, target: string, caught: boolean): string {
  return `${source}\u0001${target}\u0001${caught ? 'catch' : 'next'}`;
}

/**
 * The overlay of a snapshot. Transitions come from the StepExited events (their `Next` and
 * `Caught` details), so a Catch to the same target as Next is highlighted only when it was
 * the one taken. With a drill-down (`levels` beyond the whole run), the states inside each
 * focused Map or Parallel are drawn from that one iteration or branch only.
 */
export function overlayOf(
  snapshot: RunSnapshot,
  breakpoints: ReadonlySet<StatePath>,
  levels: readonly FocusLevel[] = [],
): RunOverlay {
  const statuses = new Map<StatePath, StateRunStatus>();
  const retries = new Map<StatePath, number>();
  collect(snapshot.states, statuses, retries);
  const taken = new Set<string>();
  addTaken(snapshot.events, taken, '');
  let focus: RunOverlay['focus'] = null;
  for (const level of levels) {
    if (!level.step) continue;
    // Everything the container holds (all its iterations or branches) is redrawn from the level.
    const within = level.step.container;
    for (const p of [...statuses.keys()]) if (inScope(p, within)) statuses.delete(p);
    for (const p of [...retries.keys()]) if (inScope(p, within)) retries.delete(p);
    for (const k of [...taken])
      if (inScope(k.slice(0, k.indexOf('\u0001')), within)) taken.delete(k);
    const own = new Map<StatePath, StateRunStatus>();
    const ownRetries = new Map<StatePath, number>();
    collect(level.states, own, ownRetries);
    for (const [p, st] of own) if (inScope(p, level.scope)) statuses.set(p, st);
    for (const [p, n] of ownRetries) if (inScope(p, level.scope)) retries.set(p, n);
    addTaken(level.events, taken, level.scope);
    focus = {
      container: within,
      label: level.label,
      short:
        level.step.kind === 'iteration'
          ? `iteration #${level.step.index}`
          : `branch ${level.step.index}`,
      scope: level.scope,
    };
  }
  const current = snapshot.pending[0]?.path ?? snapshot.stoppedAt;
  return { statuses, retries, taken, breakpoints, current, focus };
}

function addTaken(events: readonly SimEvent[], taken: Set<string>, scope: string): void {
  for (const ev of events) {
    if (ev.type !== 'StepExited' || !inScope(ev.state, scope)) continue;
    const next = ev.detail['Next'];
    if (typeof next !== 'string') continue;
    const target = childPath(scopeOf(ev.state), next);
    taken.add(transitionKey(ev.state, target, ev.detail['Caught'] === true));
  }
}

function collect(
  states: RunSnapshot['states'],
  statuses: Map<StatePath, StateRunStatus>,
  retries: Map<StatePath, number>,
): void {
  for (const [path, s] of Object.entries(states)) {
    // A state seen in several Map iterations: the worst status wins, retries add up.
    const old = statuses.get(path);
    if (!old || rank(s.status) > rank(old)) statuses.set(path, s.status);
    retries.set(path, (retries.get(path) ?? 0) + s.retryCount);
    for (const it of s.iterations ?? []) collect(it.states, statuses, retries);
  }
}

function rank(s: StateRunStatus): number {
  return ['notRun', 'succeeded', 'caught', 'running', 'failed'].indexOf(s);
}

/** Whether the canvas edge was taken in the run drawn by `overlay`. */
export function edgeTaken(edge: FlowEdge, overlay: RunOverlay): boolean {
  const visited = (p: string) => {
    const s = overlay.statuses.get(p);
    return s !== undefined && s !== 'notRun';
  };
  switch (edge.kind) {
    case 'start':
      return visited(edge.target);
    case 'end': {
      const s = overlay.statuses.get(edge.source);
      return s === 'succeeded' || s === 'failed';
    }
    case 'catch':
      return overlay.taken.has(transitionKey(edge.source, edge.target, true));
    default:
      return overlay.taken.has(transitionKey(edge.source, edge.target, false));
  }
}
