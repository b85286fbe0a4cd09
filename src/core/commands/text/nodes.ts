import {
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { lineEndAfter, lineStart, onlySpacesBefore } from './lines';

/** Typed access to the parsed `yaml` nodes commands navigate. */

export type YMap = YAMLMap<unknown, unknown>;
export type YSeq = YAMLSeq<unknown>;
export type YPair = Pair<unknown, unknown>;

/**
 * Where a collection sits, so that emptying it can rewrite it as `{}`/`[]` in its owner:
 * a pair's value, a list item, or the document root.
 */
export type Owner =
  | { kind: 'pair'; map: YMap; pair: YPair }
  | { kind: 'item'; seq: YSeq; index: number }
  | { kind: 'root' };

export function asMap(n: unknown): YMap | undefined {
  return isMap(n) ? (n as YMap) : undefined;
}
export function asSeq(n: unknown): YSeq | undefined {
  return isSeq(n) ? (n as YSeq) : undefined;
}

/** `[start, valueEnd]` of a parsed node. */
export function rangeOf(n: unknown): [number, number] {
  const r = (n as Node | null)?.range;
  if (!r) throw new Error('node without a source range');
  return [r[0], r[1]];
}

/** The string form of a scalar key or value, or undefined for anything else. */
export function scalarString(n: unknown): string | undefined {
  if (!isScalar(n)) return undefined;
  const v = (n as Scalar).value;
  return v === null || typeof v === 'object' ? undefined : String(v);
}

export function findPair(map: YMap, key: string): YPair | undefined {
  return map.items.find((p) => scalarString(p.key) === key);
}

export function pairValue(map: YMap | undefined, key: string): unknown {
  return map ? findPair(map, key)?.value : undefined;
}

export function stringField(map: YMap | undefined, key: string): string | undefined {
  return scalarString(pairValue(map, key));
}

/** Offset where a pair's content ends (its value, or its key when the value is empty). */
export function pairContentEnd(pair: YPair): number {
  const v = pair.value as Node | null;
  if (v?.range) return Math.max(v.range[1], rangeOf(pair.key)[1]);
  return rangeOf(pair.key)[1];
}

/**
 * The text span of a block-map pair: whole lines, or from the key when the pair shares its
 * line with a `- ` list marker (the first key of a list item).
 */
export function pairSpan(
  text: string,
  pair: YPair,
): { start: number; end: number; inline: boolean } {
  const k = rangeOf(pair.key)[0];
  const inline = !onlySpacesBefore(text, k);
  return {
    start: inline ? k : lineStart(text, k),
    end: lineEndAfter(text, pairContentEnd(pair)),
    inline,
  };
}

/** Offset of the `-` marker of a block list item (on its first line or a line above). */
export function dashOf(text: string, item: unknown): number {
  const start = rangeOf(item)[0];
  let segEnd = start;
  let ls = lineStart(text, start);
  for (;;) {
    const seg = text.slice(ls, segEnd);
    const trimmed = seg.trimStart();
    if (trimmed.startsWith('-')) return ls + (seg.length - trimmed.length);
    if (ls === 0) return start;
    segEnd = ls - 1;
    ls = lineStart(text, segEnd);
  }
}

/** The text span of a block list item: whole lines from its `-` to its last content line. */
export function itemSpan(
  text: string,
  item: unknown,
): { start: number; end: number; dash: number } {
  const dash = dashOf(text, item);
  return { start: lineStart(text, dash), end: lineEndAfter(text, rangeOf(item)[1]), dash };
}
