import {
  childPath,
  scopeOf,
  type FlowEdge,
  type RunSnapshot,
  type StateRunStatus,
  type StatePath,
} from '../../core';

/** What the canvas draws over the chart for a run: state colours and the transitions taken. */
export interface RunOverlay {
  statuses: ReadonlyMap<StatePath, StateRunStatus>;
  retries: ReadonlyMap<StatePath, number>;
  /** Keys of the transitions taken (see `transitionKey`). */
  taken: ReadonlySet<string>;
  breakpoints: ReadonlySet<StatePath>;
  /** The state the run stopped before (step mode), or the paused task. */
  current: StatePath | null;
}

/** The key of a transition: catch edges are told apart from Next/Choice/Default ones. */
export function transitionKey(source: string, target: string, caught: boolean): string {
  return `${source}\u0001${target}\u0001${caught ? 'catch' : 'next'}`;
}

/**
 * The overlay of a snapshot. Transitions come from the StepExited events (their `Next` and
 * `Caught` details), so a Catch to the same target as Next is highlighted only when it was
 * the one taken.
 */
export function overlayOf(snapshot: RunSnapshot, breakpoints: ReadonlySet<StatePath>): RunOverlay {
  const statuses = new Map<StatePath, StateRunStatus>();
  const retries = new Map<StatePath, number>();
  collect(snapshot.states, statuses, retries);
  const taken = new Set<string>();
  for (const ev of snapshot.events) {
    if (ev.type !== 'StepExited') continue;
    const next = ev.detail['Next'];
    if (typeof next !== 'string') continue;
    const target = childPath(scopeOf(ev.state), next);
    taken.add(transitionKey(ev.state, target, ev.detail['Caught'] === true));
  }
  const current = snapshot.pending[0]?.path ?? snapshot.stoppedAt;
  return { statuses, retries, taken, breakpoints, current };
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
