import { deriveGraph } from '../graph/deriveGraph';
import type { FlowGraph } from '../graph/types';
import type { Diagnostic } from '../model/diagnostic';
import { LineIndex } from '../model/range';
import type { ExecutionMode, StateMachine } from '../model/types';
import { validate } from '../validate/validate';
import { parseSource, type ParsedSource } from '../yaml/parseSource';
import type { SkippedState } from '../yaml/toModel';
import type { SourceMap } from '../yaml/types';
import { losslessJson } from './losslessJson';
import {
  packedBuffers,
  packSourceMap,
  unpackSourceMap,
  type PackedSourceMap,
} from './packedSourceMap';

/**
 * Everything the editor store derives from one text, computed elsewhere (a Web Worker) and
 * handed to `commitDerived`. Plain data only, so it survives `postMessage`: no yaml Document and
 * no class instances (the line index is rebuilt from the text by `parseFromDerived`). The store
 * parses the text again on its own thread only when a command needs the Document.
 */
export interface DerivedText<G = FlowGraph> {
  text: string;
  /** The execution mode `diagnostics` were validated for. */
  mode: ExecutionMode;
  ok: boolean;
  model: StateMachine | null;
  sourceMap: SourceMap;
  /** Syntax, safety and shape diagnostics (the parse's own). */
  parseDiagnostics: Diagnostic[];
  legacy: boolean;
  /** List items left out of the model (validation reads them; see `ParsedSource`). */
  skipped: SkippedState[];
  /** Parse and validation diagnostics for `mode` (what the store shows). */
  diagnostics: Diagnostic[];
  /** The graph of `model` when the text parses; null otherwise or if deriving it failed. */
  graph: G | null;
}

/** Parses, validates and derives the graph of `text`: the store's work, for another thread. */
export function deriveText(text: string, mode: ExecutionMode): DerivedText {
  const parse = parseSource(text);
  let diagnostics: Diagnostic[];
  try {
    diagnostics = validate(parse, { mode });
  } catch {
    diagnostics = parse.diagnostics;
  }
  let graph: FlowGraph | null = null;
  if (parse.ok && parse.model) {
    try {
      graph = deriveGraph(parse.model);
    } catch {
      graph = null;
    }
  }
  return {
    text,
    mode,
    ok: parse.ok,
    model: parse.model,
    sourceMap: parse.sourceMap,
    parseDiagnostics: parse.diagnostics,
    legacy: parse.legacy,
    skipped: parse.skipped,
    diagnostics,
    graph,
  };
}

/** The parse result a derived text stands for, without its Document (`doc` is null). */
export function parseFromDerived(d: DerivedText<unknown>): ParsedSource {
  return {
    skipped: d.skipped,
    text: d.text,
    ok: d.ok,
    model: d.model,
    sourceMap: d.sourceMap,
    diagnostics: d.parseDiagnostics,
    lineIndex: new LineIndex(d.text),
    legacy: d.legacy,
    doc: null,
  };
}

/** What a derivation holds besides its text and source map. */
type DerivedBody<G> = Omit<DerivedText<G>, 'text' | 'sourceMap'>;

/**
 * A derived text as posted between threads. The text is not sent back (the receiver asked for
 * it); the source map travels packed (see `packSourceMap`); the rest travels as JSON, which the
 * receiving main thread reads several times faster than a structured clone of the same objects,
 * or, when JSON would change a value (`.nan`, `.inf` or `-0` in the YAML), as cloned data.
 */
export interface PackedDerivedText<G = FlowGraph> {
  json: string | null;
  /** The body itself when `json` is null. */
  data: DerivedBody<G> | null;
  sourceMap: PackedSourceMap;
}

/** Packs a derivation for `postMessage`; `transfer` lists the buffers to move, not copy. */
export function packDerived<G>(d: DerivedText<G>): {
  packed: PackedDerivedText<G>;
  transfer: ArrayBuffer[];
} {
  const { text: _text, sourceMap: map, ...body } = d;
  const json = losslessJson(body);
  const sourceMap = packSourceMap(map);
  return {
    packed: { json, data: json === null ? body : null, sourceMap },
    transfer: packedBuffers(sourceMap),
  };
}

/** The derivation of `text` from what `packDerived` posted for it. */
export function unpackDerived<G>(p: PackedDerivedText<G>, text: string): DerivedText<G> {
  const body = p.json !== null ? (JSON.parse(p.json) as DerivedBody<G>) : p.data;
  if (!body) throw new Error('unpackDerived: the message holds no derivation');
  return { ...body, text, sourceMap: unpackSourceMap(p.sourceMap) };
}
