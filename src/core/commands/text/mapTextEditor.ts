import { isCollection, isScalar, type Scalar } from 'yaml';
import type { JsonValue } from '../../model/types';
import { columnOf, lineEndAfter, sp } from './lines';
import {
  findPair,
  pairContentEnd,
  pairSpan,
  rangeOf,
  type Owner,
  type YMap,
  type YPair,
  type YSeq,
} from './nodes';
import { isScalarValue, renderFlow, renderPair, renderScalar, type Style } from './renderYaml';
import type { TextEdit } from './textEdit';

/**
 * Collects text splices against one source text, node by node. Every method touches only the
 * lines of the node it edits. Block collections are edited line by line; a structural change
 * inside a flow collection (`[FnF.ALL]`, `{a: 1}`) rewrites that flow collection alone, in flow
 * style, on its own span; replacing a scalar keeps its quoting style and trailing comment.
 */
export abstract class MapTextEditor {
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
    const rendered = this.keepEof(span.end, renderPair(keyText(pair), value, col, this.style));
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
    const rendered = this.keepEof(span.end, renderPair(key, value, col, this.style));
    const kept = this.keepTrailingComment(pair, rendered);
    this.splice(span.start, span.end, span.inline ? kept.slice(col) : kept);
  }

  /**
   * A comment after a one-line pair (`Next: B  # to B`) stays at the end of the first line of
   * the text replacing it (`End: true  # to B`), with its spacing: only the pair is replaced.
   */
  protected keepTrailingComment(pair: YPair, rendered: string): string {
    const valueEnd = pairContentEnd(pair);
    const tail = this.text.slice(valueEnd, lineEndAfter(this.text, valueEnd)).replace(/\r?\n$/, '');
    if (!/^\s+#/.test(tail) || this.text.slice(rangeOf(pair.key)[0], valueEnd).includes('\n')) {
      return rendered;
    }
    const eol = rendered.indexOf('\n');
    return eol === -1 ? rendered + tail : rendered.slice(0, eol) + tail + rendered.slice(eol);
  }

  /**
   * A rendered block replacing text up to the end of a file without a final line break does not
   * add one (another edit inserting after it would otherwise leave a blank line).
   */
  protected keepEof(end: number, rendered: string): string {
    return end === this.text.length && !this.text.endsWith('\n') && rendered.endsWith('\n')
      ? rendered.slice(0, -1)
      : rendered;
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

  /** Replaces list item `index` with a value (lists are edited by the subclass). */
  abstract replaceItem(seq: YSeq, index: number, value: JsonValue): void;
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
