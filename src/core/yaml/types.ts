import type { Document } from 'yaml';
import type { Diagnostic } from '../model/diagnostic';
import type { LineIndex, TextRange } from '../model/range';
import type { ScopePath, StatePath } from '../model/statePath';
import type { StateMachine } from '../model/types';

/** Where one YAML value sits in the text. */
export interface NodeLoc {
  /** The value node (for a mapping or list: the whole block). */
  range: TextRange;
  /** The key of the pair holding the value, when the value is a mapping value. */
  keyRange?: TextRange;
}

/** Where one state sits in the text. */
export interface StateLoc {
  path: StatePath;
  scope: ScopePath;
  /** The state's mapping node. */
  range: TextRange;
  /** The list item: from the `- ` marker to the end of the mapping. */
  itemRange: TextRange;
  /**
   * Every field inside the state, keyed by field path: `Next`, `Retry/0/IntervalSeconds`,
   * `Branches/1/Condition`, `Parameters/body/key2.$`, `Processor/StartAt`. Nested `States` lists
   * of Parallel branches and Map processors belong to the child states, not to this map.
   */
  fields: Map<string, NodeLoc>;
}

/** Where each piece of a definition sits in the text. */
export interface SourceMap {
  states: Map<StatePath, StateLoc>;
  /** Top-level fields: `Type`, `SpecVersion`, `Name`, `StartAt`, `States`, ... */
  top: Map<string, NodeLoc>;
  /** Per scope ('' = top level): its `StartAt` value and its `States` list. */
  scopes: Map<ScopePath, { startAt?: NodeLoc; states?: NodeLoc }>;
}

/** The outcome of parsing source text. Parsing never throws on user text. */
export interface ParseResult {
  text: string;
  /** True when the text parsed without syntax errors into a mapping (a model exists). */
  ok: boolean;
  /** Best-effort typed model; null when the text has syntax errors or is not a mapping. */
  model: StateMachine | null;
  sourceMap: SourceMap;
  /** Syntax, safety and shape diagnostics (semantic rules live in validate/). */
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** The text is a legacy Serverless Workflow definition (`steps:`), not FDL v1. */
  legacy: boolean;
  /** The parsed yaml Document, when parsing got that far. Read-only by convention. */
  doc: Document.Parsed | null;
}
