import {
  branchScopePath,
  nameOf,
  type RunSnapshot,
  type SimEvent,
  type StatePath,
  type StateRunStatus,
  type StateSummary,
} from '../../core';

/** One step of a drill-down: a Map iteration or a Parallel branch, by the container's path. */
export interface FocusStep {
  kind: 'iteration' | 'branch';
  /** The Map or Parallel state. */
  container: StatePath;
  index: number;
}

/**
 * What one level of the drill-down shows: the whole run (level 0), or one iteration/branch.
 * `scope` is the prefix of the states it covers ('' for the whole run): `Map` for an iteration
 * (the processor scope), `Par/1` for branch 1.
 */
export interface FocusLevel {
  step: FocusStep | null;
  scope: string;
  /** Summaries by path: the iteration's own table for a Map iteration. */
  states: Readonly<Record<StatePath, StateSummary>>;
  /** The events of this iteration/branch only (its window of the history). */
  events: readonly SimEvent[];
  /** The iteration's/branch's own outcome; null for the whole run. */
  status: StateRunStatus | null;
  label: string;
}

/** Whether `path` lies inside `scope` ('' contains everything). */
export function inScope(path: string, scope: string): boolean {
  return scope === '' || path.startsWith(scope + '/');
}

/**
 * The levels of a drill-down, whole run first. A step that does not match the run (the
 * container did not run, the index does not exist) ends the list there, so a stale focus
 * falls back to the deepest level that still makes sense.
 */
export function focusLevels(snapshot: RunSnapshot, steps: readonly FocusStep[]): FocusLevel[] {
  const levels: FocusLevel[] = [
    {
      step: null,
      scope: '',
      states: snapshot.states,
      events: snapshot.events,
      status: null,
      label: 'Whole run',
    },
  ];
  for (const step of steps) {
    const parent = levels[levels.length - 1] as FocusLevel;
    const level = levelOf(parent, step);
    if (!level) break;
    levels.push(level);
  }
  return levels;
}

function levelOf(parent: FocusLevel, step: FocusStep): FocusLevel | null {
  const summary = parent.states[step.container];
  if (!summary || !inScope(step.container, parent.scope)) return null;
  if (step.kind === 'iteration') {
    const it = summary.iterations?.find((i) => i.index === step.index);
    if (!it) return null;
    return {
      step,
      scope: step.container,
      states: it.states,
      // A distributed Map's child execution keeps its own history.
      events:
        it.events ??
        eventWindow(
          parent.events,
          step.container,
          step.index,
          'IterationEntered',
          'IterationExited',
        ),
      status: it.status,
      label: `${nameOf(step.container)} · iteration #${step.index}`,
    };
  }
  const b = summary.branches?.find((x) => x.index === step.index);
  if (!b) return null;
  const scope = branchScopePath(step.container, step.index);
  const states: Record<StatePath, StateSummary> = {};
  for (const [p, s] of Object.entries(parent.states)) {
    if (inScope(p, scope)) Object.defineProperty(states, p, { value: s, enumerable: true });
  }
  return {
    step,
    scope,
    states,
    events: eventWindow(parent.events, step.container, step.index, 'BranchEntered', 'BranchExited'),
    status: b.status,
    label: `${nameOf(step.container)} · branch ${step.index}`,
  };
}

/**
 * The events of one child of a container: from its (latest) Entered event to the matching
 * Exited one, both included. Children run one after another in the interpreter, so a child's
 * events form one unbroken stretch of the history.
 */
export function eventWindow(
  events: readonly SimEvent[],
  container: StatePath,
  index: number,
  entered: 'IterationEntered' | 'BranchEntered',
  exited: 'IterationExited' | 'BranchExited',
): SimEvent[] {
  let from = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as SimEvent;
    if (e.type === entered && e.state === container && e.index === index) {
      from = i;
      break;
    }
  }
  if (from < 0) return [];
  let to = events.length - 1;
  for (let i = from + 1; i < events.length; i++) {
    const e = events[i] as SimEvent;
    if (e.type === exited && e.state === container && e.index === index) {
      to = i;
      break;
    }
  }
  return events.slice(from, to + 1);
}

/** The deepest level whose scope contains `path` (where that state's details come from). */
export function levelFor(levels: readonly FocusLevel[], path: StatePath): FocusLevel {
  for (let i = levels.length - 1; i > 0; i--) {
    const l = levels[i] as FocusLevel;
    if (inScope(path, l.scope)) return l;
  }
  return levels[0] as FocusLevel;
}
