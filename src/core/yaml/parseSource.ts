import { isMap, parseDocument, type Document, type Node } from 'yaml';
import { compareDiagnostics, type Diagnostic, type DiagnosticDraft } from '../model/diagnostic';
import { LineIndex, type TextRange } from '../model/range';
import { ParseContext, rangeOf } from './context';
import { checkHygiene } from './hygiene';
import { isLegacyDefinition, LEGACY_MESSAGE } from './legacy';
import { precheckSource } from './safety';
import { toModel, type SkippedState } from './toModel';
import type { ParseResult, SourceMap } from './types';

/** ParseResult plus what validation needs beyond the contract. */
export interface ParsedSource extends ParseResult {
  /** List items left out of the model (no name, unknown type, duplicate), by scope. */
  skipped: SkippedState[];
}

const emptySourceMap = (): SourceMap => ({ states: new Map(), top: new Map(), scopes: new Map() });

/** Resolves draft ranges to 1-based lines and columns. */
export function resolveDiagnostics(
  drafts: readonly DiagnosticDraft[],
  lineIndex: LineIndex,
): Diagnostic[] {
  return drafts
    .map((d) => {
      const s = lineIndex.position(d.range.start);
      const e = lineIndex.position(Math.max(d.range.end, d.range.start));
      // Built field by field: a spread of drafts of varying shapes is some twenty times slower,
      // which shows when a large definition has hundreds of findings.
      const out = {
        severity: d.severity,
        code: d.code,
        message: d.message,
        range: d.range,
      } as Diagnostic;
      // Same key order as the draft's, then the position.
      if (d.path !== undefined) out.path = d.path;
      if (d.field !== undefined) out.field = d.field;
      out.line = s.line;
      out.column = s.column;
      out.endLine = e.line;
      out.endColumn = e.column;
      return out;
    })
    .sort(compareDiagnostics);
}

/**
 * Parses FDL source text (YAML or JSON) into a typed model, a source map and diagnostics.
 * Never throws on user text: syntax errors, hostile constructs (aliases, huge or absurdly deep
 * documents, unknown tags) and shape errors all become located diagnostics. When the text has
 * syntax errors `model` is null and `ok` is false: callers keep their last good model.
 * Does not run semantic validation (see validate/).
 */
export function parseSource(text: string): ParsedSource {
  const lineIndex = new LineIndex(text);
  const ctx = new ParseContext(text);
  const base = { text, lineIndex, skipped: [] as SkippedState[] };
  const fail = (doc: Document.Parsed | null, legacy = false): ParsedSource => ({
    ...base,
    ok: false,
    model: null,
    sourceMap: emptySourceMap(),
    diagnostics: resolveDiagnostics(ctx.diagnostics, lineIndex),
    legacy,
    doc,
  });

  const pre = precheckSource(text);
  if (pre) {
    ctx.report('error', pre.code, pre.message, pre.range);
    return fail(null);
  }

  // uniqueKeys: false — the library's pairwise duplicate check is quadratic (seconds on a
  // 20,000-key mapping); checkHygiene does it in linear time. merge: false — `<<` stays a key.
  const doc = parseDocument(text, {
    uniqueKeys: false,
    merge: false,
    prettyErrors: false,
    strict: true,
  });
  for (const e of doc.errors) {
    ctx.report('error', 'yaml-syntax', yamlMessage(e.message), libraryRange(e.pos, text));
  }
  for (const w of doc.warnings) {
    const unknownTag = w.code === 'TAG_RESOLVE_FAILED';
    ctx.report(
      unknownTag ? 'error' : 'warning',
      unknownTag ? 'yaml-unknown-tag' : 'yaml-warning',
      unknownTag
        ? `${yamlMessage(w.message)}: FDL has no custom tags (such as !Ref); write the plain value.`
        : yamlMessage(w.message),
      libraryRange(w.pos, text),
    );
  }
  if (doc.errors.length > 0) return fail(doc);

  const root = doc.contents as Node | null;
  if (isLegacyDefinition(root)) {
    ctx.report(
      'error',
      'legacy-syntax',
      LEGACY_MESSAGE,
      rangeOf(root, { start: 0, end: text.length }),
    );
    return fail(doc, true);
  }
  checkHygiene(doc, ctx);
  if (!root || !isMap(root)) {
    const empty = !root;
    ctx.report(
      'error',
      empty ? 'document-empty' : 'not-a-mapping',
      empty
        ? 'The document is empty. Start with "Type: StateMachine", "SpecVersion: v1", "StartAt" and "States".'
        : 'A definition must be a mapping with Type, SpecVersion, StartAt and States.',
      rangeOf(root, { start: 0, end: Math.min(text.length, 1) }),
    );
    return fail(doc);
  }
  const built = toModel(root, ctx);
  return {
    ...base,
    ok: true,
    model: built.model,
    sourceMap: built.sourceMap,
    skipped: built.skipped,
    diagnostics: resolveDiagnostics(ctx.diagnostics, lineIndex),
    legacy: false,
    doc,
  };
}

/**
 * The range of a library error or warning, at least one character wide but never past the end
 * of the text (an unclosed `{` or quote is reported at the very end).
 */
function libraryRange(pos: readonly [number, number], text: string): TextRange {
  const start = Math.min(pos[0], text.length);
  return { start, end: Math.min(Math.max(pos[1], start + 1), text.length) };
}

/** The library's message without its trailing " at line L, column C:" and code excerpt. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}
