export * from './createEditorStore';
export * from './history';
export * from './textDiff';
export type { Derive } from './derive';
export { defaultDerive } from './derive';
export * from './transaction';
export * from './editorState';
export * from './derivedText';
export { deriveScalarEdit } from './scalarEdit';
