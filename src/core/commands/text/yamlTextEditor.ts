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
import { MapTextEditor, keyText } from './mapTextEditor';
import {
  itemSpan,
  pairContentEnd,
  pairSpan,
  rangeOf,
  type Owner,
  type YMap,
  type YPair,
  type YSeq,
} from './nodes';
import { isScalarValue, renderItem, renderKey, renderMapBody } from './renderYaml';
import type { TextEdit } from './textEdit';

export { keyText };

/** A list item to insert: a value rendered fresh, or existing text lines moved verbatim. */
export type ItemPayload =
  | { value: JsonValue }
  | {
      lines: readonly string[];
      /** Comment lines written directly above the item (they move with it). */
      comments?: readonly string[];
    };

/**
 * The text editor commands use: mapping edits (`MapTextEditor`) plus list edits. Block lists are
 * edited line by line with the list's own `- ` column and content column; items separated by
 * blank lines stay so.
 */
export class YamlTextEditor extends MapTextEditor {
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
    if ('lines' in p) {
      const above = (p.comments ?? []).map((c) => `${sp(dashCol)}${c}\n`).join('');
      return above + itemFromLines(p.lines, dashCol, contentCol);
    }
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
    let rendered = render(col, keyText(pair));
    // A comment after a one-line value (`States: []   # none yet`) stays on the key line.
    const valueEnd = pairContentEnd(pair);
    const tail = this.text.slice(valueEnd, lineEndAfter(this.text, valueEnd)).replace(/\r?\n$/, '');
    if (/^\s+#/.test(tail) && !this.text.slice(rangeOf(pair.key)[1], valueEnd).includes('\n')) {
      const colon = rendered.indexOf(':\n');
      rendered = rendered.slice(0, colon + 1) + tail + rendered.slice(colon + 1);
    }
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
    const comments = this.itemComments(seq, from);
    this.removeItemLines(seq, from);
    this.insertItems(seq, to >= from ? to + 1 : to, [{ lines, comments }], owner);
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
    let { end } = itemSpan(this.text, seq.items[i]);
    let start = this.commentStart(seq, i);
    const blankAt = (from: number) => {
      const nl = this.text.indexOf('\n', from);
      return nl !== -1 && this.text.slice(from, nl).trim() === '' ? nl + 1 : -1;
    };
    const prevStart = start > 0 ? lineStart(this.text, start - 1) : -1;
    const prevBlank = prevStart >= 0 && blankAt(prevStart) === start;
    const nextBlank = blankAt(end);
    if (prevBlank && nextBlank !== -1 && end < this.text.length) end = nextBlank;
    else if (prevBlank && i === seq.items.length - 1) start = prevStart;
    else if (i === 0 && nextBlank !== -1 && seq.items.length > 1) end = nextBlank;
    this.splice(start, end, '');
  }

  /**
   * Start of the comment block directly above block item `i` (comment lines, no blank line
   * between, indented no deeper than its `-`): that block describes the item and goes with it
   * when the item is removed or moved. The item's own line start when there is none.
   */
  commentStart(seq: YSeq, i: number): number {
    const span = itemSpan(this.text, seq.items[i]);
    const dashCol = columnOf(this.text, span.dash);
    let at = span.start;
    while (at > 0) {
      const prev = lineStart(this.text, at - 1);
      const line = this.text.slice(prev, at);
      const t = line.trimStart();
      if (!t.startsWith('#') || line.length - t.length > dashCol) break;
      at = prev;
    }
    return at;
  }

  /** The comment lines directly above block item `i` (see `commentStart`), without indentation. */
  itemComments(seq: YSeq, i: number): string[] {
    const start = this.commentStart(seq, i);
    const end = itemSpan(this.text, seq.items[i]).start;
    if (start === end) return [];
    return this.text
      .slice(start, end)
      .replace(/\r?\n$/, '')
      .split('\n')
      .map((l) => l.trim());
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
