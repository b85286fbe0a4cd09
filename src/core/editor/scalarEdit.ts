import { isScalar, parseDocument } from 'yaml';
import { deriveGraph } from '../graph/deriveGraph';
import type { Diagnostic } from '../model/diagnostic';
import { LineIndex, type TextRange } from '../model/range';
import { splitPath } from '../model/statePath';
import type { ExecutionMode, StateMachine } from '../model/types';
import { findState } from '../model/walkStates';
import { validate } from '../validate/validate';
import { resolveDiagnostics } from '../yaml/parseSource';
import { precheckSource } from '../yaml/safety';
import type { NodeLoc, SourceMap, StateLoc } from '../yaml/types';
import { parseFromDerived, type DerivedText } from './derivedText';
import { applyPlain, type PlainPatch } from './plainPatch';

/** Fields whose value changes names, structure or wiring: always parsed in full. */
const STRUCTURAL = new Set(['Name', 'Type', 'Next', 'Default', 'StartAt', 'End']);

/**
 * Derives `next` from the derivation of the previous text when the only change lies inside one
 * plain scalar value of a state field (`Seconds: 10` → `Seconds: 107`) and the value keeps its
 * kind: the model gets the new value, every range after the change moves, and validation and the
 * graph run again, but the YAML is not parsed (the parse is nine tenths of the work). Returns
 * null for any other change (a key, a comment, a quoted or flow value, a name, a new kind of
 * value…): the caller then parses in full. The result equals `deriveText(next, mode)`
 * (scalarEdit.test.ts checks it on random edits).
 *
 * `prev` is left as it was: the new model shares every object of the old one except those on
 * the way to the changed value, so a patch between the two is small (see `plainPatch.ts`).
 */
export function deriveScalarEdit(
  prev: DerivedText,
  next: string,
  mode: ExecutionMode,
): DerivedText | null {
  const old = prev.text;
  if (!prev.ok || !prev.model || prev.legacy || next === old) return null;
  if (precheckSource(next)) return null;
  // The changed region: old[p, oldEnd) became next[p, p + (oldEnd - p) + delta).
  const delta = next.length - old.length;
  const limit = Math.min(old.length, next.length);
  let p = 0;
  while (p < limit && old.charCodeAt(p) === next.charCodeAt(p)) p++;
  let suffix = 0;
  while (
    suffix < limit - p &&
    old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix++;
  const oldEnd = old.length - suffix;

  const hit = innermostField(prev.sourceMap, p, oldEnd);
  if (!hit) return null;
  const { state, field, loc } = hit;
  const segments = splitPath(field);
  if (segments.some((s) => STRUCTURAL.has(s))) return null;
  const before = old.slice(loc.range.start, loc.range.end);
  const after = next.slice(loc.range.start, loc.range.end + delta);
  if (!plainSafe(before) || !plainSafe(after) || !inBlockContext(old, loc.range)) return null;
  const was = plainValue(before);
  const now = plainValue(after);
  if (was === undefined || now === undefined || !sameKind(was, now)) return null;

  const entry = findState(prev.model, state.path);
  if (!entry) return null;
  const holder = holderOf(entry.state, segments);
  const key = segments[segments.length - 1] as string;
  if (!holder || holder[key] !== was) return null;
  const toState = keyPathTo(prev.model, entry.state);
  if (!toState) return null;
  const model = applyPlain(
    prev.model,
    patchAt(prev.model, [...toState, ...segments], now),
  ) as StateMachine;

  const shift = (r: TextRange): TextRange =>
    r.end < p
      ? r
      : {
          start: r.start <= p ? r.start : r.start + delta,
          end: r.end < oldEnd ? r.end : r.end + delta,
        };
  const shiftLoc = (l: NodeLoc): NodeLoc => {
    const moved: NodeLoc = { range: shift(l.range) };
    if (l.keyRange) moved.keyRange = shift(l.keyRange);
    return moved;
  };
  const sourceMap = shiftSourceMap(prev.sourceMap, shift, shiftLoc);
  const lineIndex = new LineIndex(next);
  const parseDiagnostics = resolveDiagnostics(
    prev.parseDiagnostics.map((d) => draftOf(d, shift)),
    lineIndex,
  );
  const skipped = prev.skipped.map((s) => ({ ...s, range: shift(s.range) }));
  const derived: DerivedText = {
    ...prev,
    text: next,
    mode,
    model,
    sourceMap,
    parseDiagnostics,
    skipped,
    diagnostics: [],
    graph: null,
  };
  const parse = { ...parseFromDerived(derived), lineIndex };
  try {
    derived.diagnostics = validate(parse, { mode });
  } catch {
    derived.diagnostics = parseDiagnostics;
  }
  try {
    derived.graph = deriveGraph(model);
  } catch {
    derived.graph = null;
  }
  return derived;
}

/** The field of any state whose value range holds [from, to], the narrowest one. */
function innermostField(
  sm: SourceMap,
  from: number,
  to: number,
): { state: StateLoc; field: string; loc: NodeLoc } | null {
  let best: { state: StateLoc; field: string; loc: NodeLoc } | null = null;
  for (const state of sm.states.values()) {
    if (state.range.start > from || state.range.end < to) continue;
    for (const [field, loc] of state.fields) {
      const r = loc.range;
      if (r.start > from || r.end < to) continue;
      if (!best || r.end - r.start < best.loc.range.end - best.loc.range.start)
        best = { state, field, loc };
    }
  }
  return best;
}

/**
 * A single-line plain scalar whose meaning cannot depend on its surroundings: no indicator at
 * its start, no `: ` or ` #` inside, no flow punctuation, no surrounding blanks.
 */
function plainSafe(s: string): boolean {
  if (s.length === 0 || s.length > 2000) return false;
  if (/[\n\r\t,[\]{}]/.test(s) || /\s$/.test(s)) return false;
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(s) && !/^-\d/.test(s)) return false;
  return true;
}

/** The value sits after `key: ` or `- ` on its own line, outside any flow collection. */
function inBlockContext(text: string, r: TextRange): boolean {
  const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
  const head = text.slice(lineStart, r.start);
  if (/[[\]{}"'&*!|>]/.test(head) || !/(?:: |- )$/.test(head)) return false;
  const lineEnd = text.indexOf('\n', r.end);
  const tail = text.slice(r.end, lineEnd < 0 ? text.length : lineEnd);
  return /^\s*(?:#.*)?\r?$/.test(tail) && (tail === '' || tail === '\r' || /^\s/.test(tail));
}

/** The value of a plain scalar as the parser reads it; undefined if it is not one clean scalar. */
function plainValue(s: string): string | number | boolean | undefined {
  const doc = parseDocument(s, { uniqueKeys: false, merge: false, strict: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(doc.contents)) return undefined;
  const v: unknown = doc.contents.value;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return undefined;
}

/** Whether the model's kind checks treat both values alike (see yaml/fieldValue.ts). */
function sameKind(a: string | number | boolean, b: string | number | boolean): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'number') return Number.isInteger(a) === Number.isInteger(b as number);
  if (typeof a === 'string') {
    const numeric = /^\s*-?\d+(\.\d+)?\s*$/;
    return numeric.test(a) === numeric.test(b as string);
  }
  return true;
}

/** The object or array holding the last segment of a field path inside a state. */
/** The keys from `root` down to `target` (found by identity), or null. */
function keyPathTo(root: unknown, target: unknown): string[] | null {
  if (root === target) return [];
  if (typeof root !== 'object' || root === null) return null;
  for (const k of Object.keys(root)) {
    const rest = keyPathTo((root as Record<string, unknown>)[k], target);
    if (rest) return [k, ...rest];
  }
  return null;
}

/** The patch that sets the value at `keys` below `root` (an item of each array on the way). */
function patchAt(root: unknown, keys: readonly string[], value: unknown): PlainPatch {
  const containers: unknown[] = [];
  let at = root;
  for (const key of keys) {
    containers.push(at);
    at = (at as Record<string, unknown>)[key];
  }
  let patch: PlainPatch = { s: value };
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    patch = Array.isArray(containers[i]) ? { a: { [key]: patch } } : { o: { [key]: patch } };
  }
  return patch;
}

function holderOf(state: object, segments: readonly string[]): Record<string, unknown> | null {
  let at: unknown = state;
  for (const s of segments.slice(0, -1)) {
    if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, s))
      return null;
    at = (at as Record<string, unknown>)[s];
  }
  return typeof at === 'object' && at !== null ? (at as Record<string, unknown>) : null;
}

function shiftSourceMap(
  sm: SourceMap,
  shift: (r: TextRange) => TextRange,
  shiftLoc: (l: NodeLoc) => NodeLoc,
): SourceMap {
  const mapLocs = <K>(m: Map<K, NodeLoc>) => {
    const out = new Map<K, NodeLoc>();
    for (const [k, l] of m) out.set(k, shiftLoc(l));
    return out;
  };
  const states = new Map<string, StateLoc>();
  for (const [path, s] of sm.states)
    states.set(path, {
      path: s.path,
      scope: s.scope,
      range: shift(s.range),
      itemRange: shift(s.itemRange),
      fields: mapLocs(s.fields),
    });
  const scopes: SourceMap['scopes'] = new Map();
  for (const [path, s] of sm.scopes) {
    const moved: { startAt?: NodeLoc; states?: NodeLoc } = {};
    if (s.startAt) moved.startAt = shiftLoc(s.startAt);
    if (s.states) moved.states = shiftLoc(s.states);
    scopes.set(path, moved);
  }
  return { states, top: mapLocs(sm.top), scopes };
}

/** A diagnostic back to its draft (positions are resolved again for the new text). */
function draftOf(d: Diagnostic, shift: (r: TextRange) => TextRange) {
  const out = { severity: d.severity, code: d.code, message: d.message, range: shift(d.range) };
  return {
    ...out,
    ...(d.path !== undefined ? { path: d.path } : {}),
    ...(d.field !== undefined ? { field: d.field } : {}),
  };
}
