// ExecuteDialog and RunPanel are loaded lazily by RunDock (not re-exported: a static export
// would pull them into the first load).
export { runActions, useRunOverlay, useRunView, runViewState } from './runStore';
export { edgeTaken, type RunOverlay } from './runOverlay';
export {
  createMemoryExecutionStore,
  executionStore,
  setExecutionStore,
  type ExecutionRecord,
  type ExecutionStore,
} from './executions';
export { ExecuteButton, RunDock } from './RunDock';
export { RunMarks } from './RunMarks';
