export { ExecuteDialog } from './ExecuteDialog';
export { RunPanel } from './RunPanel';
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
