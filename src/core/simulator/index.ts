/**
 * The deterministic FDL interpreter: `createRun` for stepping (Studio run view), `simulate`
 * for one-shot runs (CLI, tests). Semantics and every assumption: docs/semantics.md.
 */
export { createRun, simulate, type SimulationRun } from './run';
export { parseMocks } from './mocks';
export { isValidExecutionName } from './executionName';
export { ERR as SIMULATOR_ERRORS } from './errors';
export { PAYLOAD_LIMIT_BYTES } from './json';
export { MODE_LIMIT_SECONDS } from './engine';
export * from './types';
export { parseJsonInput, type JsonInputResult } from './jsonInput';
export { previewExpression, type PreviewField, type PreviewResult } from './preview';
