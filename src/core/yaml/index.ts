export type { NodeLoc, StateLoc, SourceMap, ParseResult } from './types';
export { parseSource, resolveDiagnostics, type ParsedSource } from './parseSource';
export type { SkippedState } from './toModel';
export { documentToJson } from './documentToJson';
export { stateAtOffset, fieldLoc, stateRange, scalarContentStart } from './sourceQueries';
export { MAX_SOURCE_CHARS, MAX_NESTING_DEPTH } from './safety';
export { LEGACY_MESSAGE } from './legacy';
