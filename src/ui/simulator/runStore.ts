import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import {
  createRun,
  type ExecutionMode,
  type JsonValue,
  type Mocks,
  type RunSnapshot,
  type SimulationRun,
  type StateMachine,
  type StatePath,
} from '../../core';
import { executionStore } from './executions';
import { focusLevels, type FocusStep } from './runFocus';
import { overlayOf, type RunOverlay } from './runOverlay';

/** What the run view shows. `overlay` is null while no run is shown (the canvas is unchanged). */
export interface RunViewState {
  dialogOpen: boolean;
  panelOpen: boolean;
  workflow: string;
  snapshot: RunSnapshot | null;
  overlay: RunOverlay | null;
  breakpoints: ReadonlySet<StatePath>;
  /** The state whose details the run panel shows. */
  selected: StatePath | null;
  /** The drill-down: Map iterations / Parallel branches opened, outermost first. */
  focus: readonly FocusStep[];
  /**
   * The last run of the page, kept when the run panel closes: the inspector's expression preview
   * reads it (issue 6: "the input the state received in the last run").
   */
  lastRun: RunSnapshot | null;
}

/** What the Execute dialog starts a run with. */
export interface StartRequest {
  workflow: string;
  model: StateMachine;
  input: JsonValue;
  mocks: Mocks;
  mode: ExecutionMode;
  executionName?: string;
  roleArn?: string;
  /** Start paused before the first state (step mode) instead of running to a breakpoint or the end. */
  stepMode: boolean;
}

const store = createStore<RunViewState>()(() => ({
  dialogOpen: false,
  panelOpen: false,
  workflow: '',
  snapshot: null,
  overlay: null,
  breakpoints: new Set(),
  selected: null,
  focus: [],
  lastRun: null,
}));

let run: SimulationRun | null = null;
/** Started with "Step through": a report leaves the run before its next state. */
let stepping = false;
let recordId = '';
let counter = 0;

function overlayFor(
  snapshot: RunSnapshot,
  breakpoints: ReadonlySet<StatePath>,
  focus: readonly FocusStep[],
): RunOverlay {
  return overlayOf(snapshot, breakpoints, focusLevels(snapshot, focus));
}

function show(snapshot: RunSnapshot): void {
  const s = store.getState();
  store.setState({
    snapshot,
    overlay: overlayFor(snapshot, s.breakpoints, s.focus),
    panelOpen: true,
  });
  executionStore().put({
    id: recordId,
    workflow: s.workflow,
    name: snapshot.executionName,
    status: snapshot.status,
    startTime: snapshot.startTime,
    virtualSeconds: snapshot.virtualSeconds,
    error: snapshot.error,
  });
}

function resume(r: SimulationRun, after: RunSnapshot): RunSnapshot {
  return after.status === 'Running' && !stepping ? r.continue() : after;
}

/** The run view's actions (module singleton, like the editor store: one per page). */
export const runActions = {
  openDialog: () => store.setState({ dialogOpen: true }),
  closeDialog: () => store.setState({ dialogOpen: false }),
  closePanel: () => {
    run = null;
    const s = store.getState();
    store.setState({
      lastRun: s.snapshot ?? s.lastRun,
      panelOpen: false,
      snapshot: null,
      overlay: null,
      selected: null,
      focus: [],
    });
  },
  start(req: StartRequest): void {
    const s = store.getState();
    run = createRun(req.model, {
      input: req.input,
      mocks: req.mocks,
      mode: req.mode,
      ...(req.executionName ? { executionName: req.executionName } : {}),
      ...(req.roleArn ? { roleArn: req.roleArn } : {}),
      breakpoints: s.breakpoints,
      startTime: Date.now(),
      // A new seed per run of the session: uuid() and the default names differ between runs.
      seed: ++counter,
    });
    recordId = `run-${counter}`;
    stepping = req.stepMode;
    store.setState({ workflow: req.workflow, dialogOpen: false, selected: null, focus: [] });
    // Step mode shows the run before anything ran: the first Step runs StartAt.
    show(req.stepMode ? run.snapshot() : run.continue());
  },
  step: () => run && show(run.step()),
  continue: () => run && show(run.continue()),
  runToEnd: () => run && show(run.runToEnd()),
  skipWait: () => run && show(run.skipWait()),
  stop: () => run && show(run.stop()),
  // As in the console, a report lets the execution go on (to a breakpoint or the end).
  reportSuccess: (token: string, output: JsonValue) =>
    run && show(resume(run, run.reportSuccess(token, output))),
  reportFailure: (token: string, error: string, cause: string) =>
    run && show(resume(run, run.reportFailure(token, error, cause))),
  select: (path: StatePath | null) => store.setState({ selected: path }),
  /** Opens a Map iteration or a Parallel branch inside the current drill-down. */
  drill(step: FocusStep): void {
    const s = store.getState();
    if (!s.snapshot) return;
    const levels = focusLevels(s.snapshot, s.focus);
    // Keep the levels that contain the container (a sibling's drill-down is replaced).
    const keep = levels.filter((l, i) => i > 0 && step.container.startsWith(l.scope + '/'));
    const focus = [...keep.map((l) => l.step as FocusStep), step];
    store.setState({ focus, overlay: overlayFor(s.snapshot, s.breakpoints, focus) });
  },
  /** Back to a level of the drill-down (0: the whole run), as the breadcrumb does. */
  focusDepth(depth: number): void {
    const s = store.getState();
    const focus = s.focus.slice(0, Math.max(0, depth));
    store.setState({
      focus,
      overlay: s.snapshot ? overlayFor(s.snapshot, s.breakpoints, focus) : s.overlay,
    });
  },
  toggleBreakpoint(path: StatePath): void {
    const s = store.getState();
    const next = new Set(s.breakpoints);
    if (next.has(path)) next.delete(path);
    else next.add(path);
    run?.setBreakpoints(next);
    store.setState({
      breakpoints: next,
      overlay: s.snapshot ? overlayFor(s.snapshot, next, s.focus) : s.overlay,
    });
  },
};

/** The run view state; re-renders when it changes. */
export function useRunView(): RunViewState {
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The canvas overlay of the run shown, or null when none (nodes and edges draw as usual). */
export function useRunOverlay(): RunOverlay | null {
  return useSyncExternalStore(store.subscribe, () => store.getState().overlay);
}

/** For tests and the e2e page object: the state without React. */
export function runViewState(): RunViewState {
  return store.getState();
}
