import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { escapeSegment } from '../model/statePath';
import type { JsonValue } from '../model/types';
import type { TextRange } from '../model/range';
import { ParseContext, locOf, rangeOf, setOwn } from './context';
import type { NodeLoc } from './types';

/** Called for every value found below a field, with its `/`-joined path. */
export type Recorder = (fieldPath: string, loc: NodeLoc) => void;

export interface ToJsonOptions {
  ctx: ParseContext;
  /** Field path of `node` (used for recording and diagnostics). */
  path: string;
  record?: Recorder;
  where?: { path?: string; field?: string };
}

/**
 * Converts a YAML node to plain JSON data without ever resolving aliases (FDL has no use for
 * them; resolving is how alias bombs and cyclic objects get in). Keys like `__proto__` become
 * own data properties. Duplicate keys, aliases, anchors, merge keys, non-scalar keys and
 * non-JSON scalars are reported at their location. Never throws.
 */
export function toJson(
  node: Node | null | undefined,
  opts: ToJsonOptions,
  fallback: TextRange,
): JsonValue {
  const { ctx } = opts;
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    // Reported once per alias by checkAnchorsAndAliases; here we only refuse to resolve it.
    return null;
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      ctx.report(
        'error',
        'yaml-non-json-value',
        `${String(v)} is not a JSON number; write a finite number or quote it as a string.`,
        rangeOf(node, fallback),
        opts.where,
      );
      return null;
    }
    if (typeof v === 'bigint') return Number(v);
    ctx.report(
      'error',
      'yaml-non-json-value',
      'This value has no JSON equivalent (binary, date or set); write it as a string.',
      rangeOf(node, fallback),
      opts.where,
    );
    return null;
  }
  if (isSeq(node)) {
    const out: JsonValue[] = [];
    const whole = rangeOf(node, fallback);
    node.items.forEach((item, i) => {
      const itemNode = item as Node | null;
      const p = `${opts.path}/${i}`;
      opts.record?.(p, locOf(itemNode, null, whole));
      out.push(toJson(itemNode, withPath(opts, p), whole));
    });
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, JsonValue> = {};
    const seen = new Set<string>();
    const whole = rangeOf(node, fallback);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = scalarKey(keyNode, ctx, whole, opts.where);
      // Duplicates are reported by checkHygiene; the first occurrence wins everywhere.
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      const p = `${opts.path}/${escapeSegment(key)}`;
      const valueNode = pair.value as Node | null;
      const loc = locOf(valueNode, keyNode, whole);
      opts.record?.(p, loc);
      setOwn(out, key, toJson(valueNode, withPath(opts, p), loc.keyRange ?? fallback));
    }
    return out;
  }
  return null;
}

/** The same options one level down (no spread: this runs for every value of a document). */
function withPath(opts: ToJsonOptions, path: string): ToJsonOptions {
  const o: ToJsonOptions = { ctx: opts.ctx, path };
  if (opts.record) o.record = opts.record;
  if (opts.where) o.where = opts.where;
  return o;
}

/**
 * The string form of a mapping key, or null (reported) when the key is not a scalar. Numbers
 * and booleans as keys become their text, as JSON would have them.
 */
export function scalarKey(
  keyNode: Node | null,
  ctx: ParseContext,
  fallback: TextRange,
  where?: { path?: string; field?: string },
): string | null {
  if (keyNode && isScalar(keyNode)) {
    const v = keyNode.value;
    if (v === null) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return keyNode.source ?? String(v);
  }
  ctx.report(
    'error',
    'yaml-complex-key',
    'Mapping keys must be plain text; lists, maps and aliases cannot be keys in FDL.',
    rangeOf(keyNode, fallback),
    where,
  );
  return null;
}
