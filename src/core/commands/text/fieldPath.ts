import { isScalar, type Scalar } from 'yaml';
import type { JsonValue } from '../../model/types';
import { isScalarValue } from './renderYaml';
import { CommandRefusal } from '../command';
import { asMap, asSeq, findPair, type Owner, type YMap, type YSeq } from './nodes';
import type { YamlTextEditor } from './yamlTextEditor';

/**
 * Field paths address values inside a state: `Next`, `Retry/0/IntervalSeconds`,
 * `Catch/1/Errors`, `InputConstructor/FieldC.$`, `Parameters/body/key2.$`. Segments are joined by
 * `/`; list indices are numbers; a `/` inside a key is written `\/`.
 */
export function isIndex(seg: string): boolean {
  return /^(0|[1-9]\d*)$/.test(seg);
}

/** Builds the value to write where `segs` do not exist yet: `a/0/b` → `{a: [{b: v}]}`. */
export function buildNested(segs: readonly string[], value: JsonValue): JsonValue {
  let v = value;
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i] as string;
    if (isIndex(seg)) {
      if (seg !== '0')
        throw new CommandRefusal(`Cannot create item ${seg} of a list that does not exist yet.`);
      v = [v];
    } else v = { [seg]: v };
  }
  return v;
}

/** Sets `segs` inside a plain JS value (for flow collections, rewritten whole). */
export function setInJs(
  base: JsonValue,
  segs: readonly string[],
  value: JsonValue | undefined,
): JsonValue {
  const [seg, ...rest] = segs;
  if (seg === undefined) return value ?? null;
  // An index into a list, or into nothing yet (a list is created, as `buildNested` does).
  if (isIndex(seg) && (Array.isArray(base) || base === null)) {
    const list = Array.isArray(base) ? base : [];
    const i = Number(seg);
    if (i > list.length)
      throw new CommandRefusal(`The list has ${list.length} items: there is no item ${i}.`);
    const copy = [...list];
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setInJs(copy[i] ?? null, rest, value);
    return copy;
  }
  const obj: Record<string, JsonValue> =
    base && typeof base === 'object' && !Array.isArray(base) ? { ...base } : {};
  if (value === undefined && rest.length === 0) delete obj[seg];
  else obj[seg] = rest.length === 0 ? (value as JsonValue) : setInJs(obj[seg] ?? null, rest, value);
  return obj;
}

/**
 * Writes `value` at `segs` under a collection node, creating what is missing. `before` orders a
 * new top-level key (e.g. before `Next`/`End`).
 */
export function setIn(
  ed: YamlTextEditor,
  node: YMap | YSeq,
  owner: Owner,
  segs: readonly string[],
  value: JsonValue,
  before: readonly string[] = [],
): void {
  const [seg, ...rest] = segs;
  if (seg === undefined) throw new CommandRefusal('A field path is needed.');
  if (node.flow) {
    const existing = resolveNode(node, segs);
    if (isScalar(existing) && isScalarValue(value))
      ed.replaceScalar(existing as Scalar, value, true);
    else ed.rewriteFlow(node, setInJs(node.toJSON() as JsonValue, segs, value));
    return;
  }
  const map = asMap(node);
  if (map) {
    const pair = findPair(map, seg);
    if (!pair) return ed.insertPair(map, seg, buildNested(rest, value), before);
    if (rest.length === 0) return ed.replacePairValue(map, pair, value);
    const child = asMap(pair.value) ?? asSeq(pair.value);
    if (!child || child.items.length === 0)
      return ed.replacePairValue(map, pair, buildNested(rest, value));
    return setIn(ed, child, { kind: 'pair', map, pair }, rest, value);
  }
  const seq = node as YSeq;
  if (!isIndex(seg)) throw new CommandRefusal(`“${seg}” is not a list index.`);
  const i = Number(seg);
  if (i > seq.items.length) {
    throw new CommandRefusal(`The list has ${seq.items.length} items: there is no item ${i}.`);
  }
  if (i === seq.items.length)
    return ed.insertItems(seq, i, [{ value: buildNested(rest, value) }], owner);
  if (rest.length === 0) return ed.replaceItem(seq, i, value);
  const child = asMap(seq.items[i]) ?? asSeq(seq.items[i]);
  if (!child || child.items.length === 0) return ed.replaceItem(seq, i, buildNested(rest, value));
  return setIn(ed, child, { kind: 'item', seq, index: i }, rest, value);
}

/** Removes the value at `segs`. Returns false when there is nothing there. */
export function unsetIn(
  ed: YamlTextEditor,
  node: YMap | YSeq,
  owner: Owner,
  segs: readonly string[],
): boolean {
  const [seg, ...rest] = segs;
  if (seg === undefined) return false;
  const map = asMap(node);
  const seq = map ? undefined : (node as YSeq);
  const pair = map ? findPair(map, seg) : undefined;
  const i = isIndex(seg) ? Number(seg) : -1;
  const exists = map ? pair !== undefined : i >= 0 && i < (seq?.items.length ?? 0);
  if (!exists) return false;
  if (rest.length === 0) {
    if (node.flow) ed.rewriteFlow(node, setInJs(node.toJSON() as JsonValue, segs, undefined));
    else if (map && pair) ed.removePair(map, pair, owner);
    else if (seq) ed.removeItems(seq, [i], owner);
    return true;
  }
  const childNode = map ? pair?.value : seq?.items[i];
  const child = asMap(childNode) ?? asSeq(childNode);
  if (!child) return false;
  if (node.flow) {
    ed.rewriteFlow(node, setInJs(node.toJSON() as JsonValue, segs, undefined));
    return true;
  }
  const childOwner: Owner =
    map && pair ? { kind: 'pair', map, pair } : { kind: 'item', seq: seq as YSeq, index: i };
  return unsetIn(ed, child, childOwner, rest);
}

/** The node at `segs` under a collection, or undefined. */
function resolveNode(node: unknown, segs: readonly string[]): unknown {
  let cur: unknown = node;
  for (const seg of segs) {
    const m = asMap(cur);
    if (m) cur = findPair(m, seg)?.value;
    else {
      const q = asSeq(cur);
      if (!q || !isIndex(seg)) return undefined;
      cur = q.items[Number(seg)];
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}
