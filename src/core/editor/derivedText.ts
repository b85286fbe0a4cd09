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
import { applyPlain, diffPlain, type PlainPatch } from './plainPatch';
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
export type DerivedBody<G = FlowGraph> = Omit<DerivedText<G>, 'text' | 'sourceMap'>;

/**
 * A derived text as posted between threads. The text is not sent back (the receiver asked for
 * it); the source map travels packed (see `packSourceMap`); the rest travels as JSON, which the
 * receiving main thread reads several times faster than a structured clone of the same objects,
 * or, when JSON would change a value (`.nan`, `.inf` or `-0` in the YAML), as cloned data.
 * With `patched`, what travels is not the rest itself but a patch against a body the receiver
 * holds (see `plainPatch.ts`): after a value typed, a few hundred bytes instead of megabytes,
 * and the objects that did not change keep their identity on the receiving side.
 */
export interface PackedDerivedText<G = FlowGraph> {
  /** The body (or the patch) as JSON; null when JSON would change it. */
  json: string | null;
  /** The body (or the patch) itself when `json` is null. */
  data: DerivedBody<G> | PlainPatch | null;
  /** True when `json` or `data` is a patch against the base body the request named. */
  patched: boolean;
  sourceMap: PackedSourceMap;
}

/** The body of a derivation: everything but its text and source map. */
export function derivedBody<G>(d: DerivedText<G>): DerivedBody<G> {
  const { text: _text, sourceMap: _map, ...body } = d;
  return body;
}

/**
 * Packs a derivation for `postMessage`, as a patch against `base` when given (the body of a
 * derivation the receiver holds); `transfer` lists the buffers to move, not copy.
 */
export function packDerived<G>(
  d: DerivedText<G>,
  base?: DerivedBody<G>,
): { packed: PackedDerivedText<G>; transfer: ArrayBuffer[] } {
  const body = derivedBody(d);
  const patched = base !== undefined;
  // A patch of "nothing changed" travels as JSON null.
  const content: unknown = patched ? (diffPlain(base, body) ?? null) : body;
  const json = losslessJson(content);
  const sourceMap = packSourceMap(d.sourceMap);
  return {
    packed: {
      json,
      data: json === null ? (content as DerivedBody<G> | PlainPatch) : null,
      patched,
      sourceMap,
    },
    transfer: packedBuffers(sourceMap),
  };
}

/**
 * The derivation of `text` from what `packDerived` posted for it; a patched one needs the same
 * `base` body it was packed against (throws without it, or when the patch does not fit).
 */
export function unpackDerived<G>(
  p: PackedDerivedText<G>,
  text: string,
  base?: DerivedBody<G>,
): DerivedText<G> {
  const content: unknown = p.json !== null ? JSON.parse(p.json) : p.data;
  let body: DerivedBody<G>;
  if (p.patched) {
    if (base === undefined) throw new Error('unpackDerived: a patch without its base');
    body = applyPlain(base, (content ?? undefined) as PlainPatch | undefined) as DerivedBody<G>;
  } else {
    if (!content) throw new Error('unpackDerived: the message holds no derivation');
    body = content as DerivedBody<G>;
  }
  return { ...body, text, sourceMap: unpackSourceMap(p.sourceMap) };
}
