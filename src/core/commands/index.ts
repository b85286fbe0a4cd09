export * from './command';
export * from './context';
export * from './registry';
export type { TextEdit } from './text/textEdit';
export { applyEdits } from './text/textEdit';
export { isPlainSafe, renderScalar } from './text/renderYaml';
export type { StateAddArgs } from './state/add';
export type { StateRemoveArgs } from './state/remove';
export type { StateRenameArgs } from './state/rename';
export type { StateDuplicateArgs } from './state/duplicate';
export type { StateChangeTypeArgs } from './state/changeType';
export type { StateSetFieldArgs, StateUnsetFieldArgs } from './state/setField';
export type { StatePasteArgs } from './state/paste';
export type { ContainerMoveStateArgs } from './container/moveState';
export type { StateMoveArgs } from './container/stateMove';
export {
  DOCUMENT_FIELDS,
  type DocumentField,
  type DocumentSetFieldArgs,
} from './document/setField';
export { canMove, insertionScope, type InsertionPoint } from './container/canMove';
export type { ParallelAddBranchArgs, ParallelRemoveBranchArgs } from './container/parallelBranches';
export type * from './transition/transitions';
export type { CatchSetTargetArgs } from './transition/catchSetTarget';
export type * from './choice/choiceCommands';
export {
  defaultState,
  defaultFields,
  DEFAULT_CONDITION,
  DEFAULT_RESOURCE_ARN,
} from './state/defaults';
