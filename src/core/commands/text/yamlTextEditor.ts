import { isCollection, isScalar, type Scalar } from 'yaml';
import type { JsonValue } from '../../model/types';
import {
  aboveLeadingComments,
  columnOf,
  itemFromLines,
  lineEndAfter,
  lineStart,
  sp,
} from './lines';
import {
  findPair,
  itemSpan,
  pairContentEnd,
  pairSpan,
  rangeOf,
  type Owner,
  type YMap,
  type YPair,
  type YSeq,
} from './nodes';
import {
  isScalarValue,
  renderFlow,
  renderItem,
  renderKey,
  renderMapBody,
  renderPair,
  renderScalar,
  type Style,
} from './renderYaml';
import type { TextEdit } from './textEdit';

/** A list item to insert: a value rendered fresh, or existing text lines moved verbatim. */
export type ItemPayload = { value: JsonValue } | { lines: readonly string[] };

/**
 * Collects text splices against one source text, node by node. Every method touches only the
 * lines of the node it edits. Block collections are edited line by line; a structural change
 * inside a flow collection (`[FnF.ALL]`, `{a: 1}`) rewrites that flow collection alone, in flow
 * style, on its own span; replacing a scalar keeps its quoting style and trailing comment.
 */
export class YamlTextEditor {
  readonly edits: TextEdit[] = [];

  constructor(
    readonly text: string,
    readonly style: Style,
  ) {}

  splice(start: number, end: number, text: string): void {
    if (start === end && text === '') return;
    this.edits.push({ start, end, text });
  }

  /** Replaces a scalar in place, keeping single/double quoting when the value allows it. */
  replaceScalar(node: Scalar, value: JsonValue, inFlow = false): void {
    const [start, end] = rangeOf(node);
    if (node.value === value && typeof value !== 'object') return;
    let out: string;
    if (typeof value === 'string' && node.type === 'QUOTE_SINGLE' && !value.includes('\n')) {
      out = `'${value.replace(/'/g, "''")}'`;
    } else if (typeof value === 'string' && node.type === 'QUOTE_DOUBLE') {
      out = JSON.stringify(value);
    } else if (
      typeof value === 'string' &&
      node.type === 'BLOCK_LITERAL' &&
      blockLiteral(this.text, start, end, value) !== undefined
    ) {
      out = blockLiteral(this.text, start, end, value) as string;
    } else {
      out = isScalarValue(value) ? renderScalar(value, inFlow) : renderFlow(value);
      // A block scalar's span ends after its last line break; keep the line structure.
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') out += '\n';
    }
    this.splice(start, end, out);
  }

  /** Rewrites a flow collection with a new value, in flow style. */
  rewriteFlow(node: unknown, value: JsonValue): void {
    const [start, end] = rangeOf(node);
    this.splice(start, end, renderFlow(value));
  }

  /** Sets `key` in a mapping: replaces the value if the key exists, else adds the pair. */
  setPair(map: YMap, key: string, value: JsonValue, before: readonly string[] = []): void {
    const pair = findPair(map, key);
    if (map.flow) {
      const obj = { ...(map.toJSON() as Record<string, JsonValue>), [key]: value };
      this.rewriteFlow(map, obj);
    } else if (pair) this.replacePairValue(map, pair, value);
    else this.insertPair(map, key, value, before);
  }

  replacePairValue(map: YMap, pair: YPair, value: JsonValue): void {
    const v = pair.value;
    if (map.flow) {
      const key = String((pair.key as Scalar).value);
      this.rewriteFlow(map, { ...(map.toJSON() as Record<string, JsonValue>), [key]: value });
      return;
    }
    if (isScalar(v) && v.range && v.range[1] > v.range[0] && isScalarValue(value)) {
      this.replaceScalar(v as Scalar, value);
      return;
    }
    if (isCollection(v) && v.flow && !isScalarValue(value)) {
      this.rewriteFlow(v, value);
      return;
    }
    const span = pairSpan(this.text, pair);
    const col = columnOf(this.text, rangeOf(pair.key)[0]);
    const rendered = renderPair(keyText(pair), value, col, this.style);
    this.splice(span.start, span.end, span.inline ? rendered.slice(col) : rendered);
  }

  /** Replaces a whole pair with `key: value` (a different key, e.g. `Next: X` → `End: true`). */
  replacePair(map: YMap, pair: YPair, key: string, value: JsonValue): void {
    if (map.flow) {
      const obj: Record<string, JsonValue> = {};
      for (const [k, v] of Object.entries(map.toJSON() as Record<string, JsonValue>)) {
        if (k === keyText(pair)) obj[key] = value;
        else if (k !== key) obj[k] = v;
      }
      this.rewriteFlow(map, obj);
      return;
    }
    const span = pairSpan(this.text, pair);
    const col = columnOf(this.text, rangeOf(pair.key)[0]);
    const rendered = renderPair(key, value, col, this.style);
    this.splice(span.start, span.end, span.inline ? rendered.slice(col) : rendered);
  }

  /**
   * Adds a pair to a block mapping, before the first of the `before` keys present (so `Next`
   * and `End` stay last), else after the last pair.
   */
  insertPair(map: YMap, key: string, value: JsonValue, before: readonly string[] = []): void {
    this.insertPairText(map, (col) => renderPair(key, value, col, this.style), before);
  }

  /** Adds a pair whose text is produced for the mapping's key column. */
  insertPairText(map: YMap, render: (col: number) => string, before: readonly string[] = []): void {
    const first = map.items[0];
    if (!first) throw new Error('cannot add a pair to an empty block mapping');
    const col = columnOf(this.text, rangeOf(first.key)[0]);
    const anchor = map.items.find((p) => before.includes(keyText(p)));
    if (anchor) {
      const span = pairSpan(this.text, anchor);
      const rendered = render(col);
      this.splice(span.start, span.start, span.inline ? rendered.slice(col) + sp(col) : rendered);
      return;
    }
    const last = map.items[map.items.length - 1] as YPair;
    const at = lineEndAfter(this.text, pairContentEnd(last));
    const nl = at === this.text.length && !this.text.endsWith('\n') ? '\n' : '';
    this.splice(at, at, nl + render(col));
  }

  /** Removes a pair; a mapping left empty becomes `{}` in its owner. */
  removePair(map: YMap, pair: YPair, owner: Owner): void {
    if (map.flow) {
      const obj = { ...(map.toJSON() as Record<string, JsonValue>) };
      delete obj[keyText(pair)];
      this.rewriteFlow(map, obj);
      return;
    }
    if (map.items.length === 1) {
      this.replaceOwned(owner, {});
      return;
    }
    const span = pairSpan(this.text, pair);
    if (span.inline) {
      const next = map.items[map.items.indexOf(pair) + 1];
      const end = next ? rangeOf(next.key)[0] : span.end;
      this.splice(span.start, end, '');
    } else this.splice(span.start, span.end, '');
  }

  /** Replaces whatever an owner holds with a new value. */
  replaceOwned(owner: Owner, value: JsonValue): void {
    if (owner.kind === 'pair') this.replacePairValue(owner.map, owner.pair, value);
    else if (owner.kind === 'item') this.replaceItem(owner.seq, owner.index, value);
    else throw new Error('cannot replace the document root');
  }

  replaceItem(seq: YSeq, index: number, value: JsonValue): void {
    const item = seq.items[index];
    if (seq.flow) {
      const arr = [...(seq.toJSON() as JsonValue[])];
      arr[index] = value;
      this.rewriteFlow(seq, arr);
      return;
    }
    if (isScalar(item) && isScalarValue(value)) {
      this.replaceScalar(item as Scalar, value);
      return;
    }
    if (isCollection(item) && item.flow && !isScalarValue(value)) {
      this.rewriteFlow(item, value);
      return;
    }
    const span = itemSpan(this.text, item);
    const dashCol = columnOf(this.text, span.dash);
    this.splice(span.start, span.end, renderItem(value, dashCol, this.style));
  }

  /** Inserts items at `index` (0..length) of a list. A flow list receiving text turns block. */
  insertItems(seq: YSeq, index: number, payloads: readonly ItemPayload[], owner: Owner): void {
    if (payloads.length === 0) return;
    if (seq.flow || seq.items.length === 0) {
      const existing = (seq.toJSON() as JsonValue[]).map((value) => ({ value }));
      const all: ItemPayload[] = [...existing];
      all.splice(index, 0, ...payloads);
      // An empty `[]` receiving mappings becomes a block list; a non-empty flow list stays flow.
      const scalarsOnly = payloads.every((p) => 'value' in p && isScalarValue(p.value));
      if (all.every((p) => 'value' in p) && (seq.items.length > 0 || scalarsOnly)) {
        this.rewriteFlow(
          seq,
          all.map((p) => (p as { value: JsonValue }).value),
        );
      } else if (owner.kind === 'pair') this.setPairItems(owner.map, owner.pair, all);
      else throw new Error('a flow list outside a mapping cannot receive block items');
      return;
    }
    const firstItem = seq.items[0];
    const dash0 = itemSpan(this.text, firstItem).dash;
    const dashCol = columnOf(this.text, dash0);
    const sameLine = lineStart(this.text, rangeOf(firstItem)[0]) === lineStart(this.text, dash0);
    const contentCol = sameLine ? columnOf(this.text, rangeOf(firstItem)[0]) : dashCol + 2;
    let at: number;
    if (index < seq.items.length) {
      const floor =
        index > 0
          ? itemSpan(this.text, seq.items[index - 1]).end
          : owner.kind === 'pair'
            ? lineEndAfter(this.text, rangeOf(owner.pair.key)[1])
            : 0;
      at = aboveLeadingComments(this.text, itemSpan(this.text, seq.items[index]).start, floor);
    } else {
      at = itemSpan(this.text, seq.items[seq.items.length - 1]).end;
    }
    const nl = at === this.text.length && !this.text.endsWith('\n') ? '\n' : '';
    const sep = this.blankSeparated(seq) ? '\n' : '';
    const body = payloads.map((p) => this.itemText(p, dashCol, contentCol)).join(sep);
    const atEnd = index >= seq.items.length;
    this.splice(at, at, atEnd ? nl + sep + body : body + sep);
  }

  /** Renders one payload as a block list item. */
  itemText(p: ItemPayload, dashCol: number, contentCol: number): string {
    if ('lines' in p) return itemFromLines(p.lines, dashCol, contentCol);
    const v = p.value;
    if (isScalarValue(v) || Array.isArray(v) || Object.keys(v).length === 0) {
      return renderItem(v, dashCol, this.style);
    }
    const body = renderMapBody(v, 0, this.style);
    return itemFromLines(body.slice(0, -1).split('\n'), dashCol, contentCol);
  }

  /** Writes `key:` followed by block items, replacing the pair (or adding it when absent). */
  setPairItems(
    map: YMap,
    pair: YPair | string,
    payloads: readonly ItemPayload[],
    before: readonly string[] = [],
  ): void {
    const render = (col: number, key: string) => {
      const dashCol = col + (this.style.indentSeq ? this.style.unit : 0);
      const items = payloads.map((p) => this.itemText(p, dashCol, dashCol + 2)).join('');
      return `${sp(col)}${renderKey(key)}:\n${items}`;
    };
    if (typeof pair === 'string') {
      this.insertPairText(map, (col) => render(col, pair), before);
      return;
    }
    const span = pairSpan(this.text, pair);
    const col = columnOf(this.text, rangeOf(pair.key)[0]);
    const rendered = render(col, keyText(pair));
    this.splice(span.start, span.end, span.inline ? rendered.slice(col) : rendered);
  }

  /** Moves item `from` so that it ends at index `to` (indices of the list after the move). */
  moveItem(seq: YSeq, from: number, to: number, owner: Owner): void {
    if (from === to) return;
    if (seq.flow) {
      const arr = [...(seq.toJSON() as JsonValue[])];
      const [v] = arr.splice(from, 1);
      arr.splice(to, 0, v ?? null);
      this.rewriteFlow(seq, arr);
      return;
    }
    const lines = this.itemLines(seq.items[from]);
    this.removeItemLines(seq, from);
    this.insertItems(seq, to >= from ? to + 1 : to, [{ lines }], owner);
  }

  /** Removes items by index; a list left empty becomes `[]`. */
  removeItems(seq: YSeq, indices: readonly number[], owner: Owner): void {
    const drop = new Set(indices);
    if (drop.size === 0) return;
    if (seq.flow || drop.size >= seq.items.length) {
      const rest = (seq.toJSON() as JsonValue[]).filter((_, i) => !drop.has(i));
      if (seq.flow) this.rewriteFlow(seq, rest);
      else this.replaceOwned(owner, rest);
      return;
    }
    for (const i of drop) this.removeItemLines(seq, i);
  }

  /** Whether a block list's items are separated by blank lines (kept so on insert/remove). */
  blankSeparated(seq: YSeq): boolean {
    const [a, b] = seq.items;
    if (seq.flow || a === undefined || b === undefined) return false;
    const gap = this.text.slice(itemSpan(this.text, a).end, itemSpan(this.text, b).start);
    return gap.split('\n').some((l, i, all) => i < all.length - 1 && l.trim() === '');
  }

  /** Removes one block item's lines, with one neighbouring blank separator line if any. */
  private removeItemLines(seq: YSeq, i: number): void {
    let { start, end } = itemSpan(this.text, seq.items[i]);
    const blankAt = (from: number) => {
      const nl = this.text.indexOf('\n', from);
      return nl !== -1 && this.text.slice(from, nl).trim() === '' ? nl + 1 : -1;
    };
    const prevStart = start > 0 ? lineStart(this.text, start - 1) : -1;
    const prevBlank = prevStart >= 0 && blankAt(prevStart) === start;
    const nextBlank = blankAt(end);
    if (prevBlank && nextBlank !== -1 && end < this.text.length) end = nextBlank;
    else if (prevBlank && i === seq.items.length - 1) start = prevStart;
    this.splice(start, end, '');
  }

  /** The exact text of a block list item as lines relative to its content column. */
  itemLines(item: unknown, edits: readonly TextEdit[] = []): string[] {
    const span = itemSpan(this.text, item);
    const content = rangeOf(item)[0];
    const inner = edits.filter((e) => e.start >= content && e.end <= span.end);
    let body = this.text.slice(content, span.end);
    for (const e of [...inner].sort((a, b) => b.start - a.start)) {
      body = body.slice(0, e.start - content) + e.text + body.slice(e.end - content);
    }
    const col = columnOf(this.text, content);
    const lines = (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
    return lines.map((line, i) => {
      if (i === 0) return line;
      let k = 0;
      while (k < col && line[k] === ' ') k++;
      return line.slice(k);
    });
  }
}

/** The key of a pair as a string. */
export function keyText(pair: YPair): string {
  const k = pair.key;
  return isScalar(k) ? String((k as Scalar).value) : String(k);
}

/**
 * A multi-line string as a `|` block scalar replacing the one at `[start, end)`, indented like
 * the old content; undefined when the value cannot be a literal block (leading spaces, trailing
 * blank lines, control characters) or the old block has no content line to copy.
 */
function blockLiteral(text: string, start: number, end: number, value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!value.includes('\n') || /^[ \n]|\n\n$|[\u0000-\u0008\u000b-\u001f\u007f\r]/.test(value)) {
    return undefined;
  }
  const body = text.slice(start, end).split('\n').slice(1);
  const sample = body.find((l) => l.trim() !== '');
  if (sample === undefined) return undefined;
  const indent = sample.length - sample.trimStart().length;
  const chomp = value.endsWith('\n') ? '' : '-';
  const lines = (chomp === '' ? value.slice(0, -1) : value).split('\n');
  return `|${chomp}\n${lines.map((l) => (l === '' ? '' : sp(indent) + l)).join('\n')}\n`;
}
