import { isScalar, type Scalar } from 'yaml';
import { CommandRefusal, defineCommand } from '../command';
import { columnOf, lineEndAfter } from '../text/lines';
import { findPair, pairContentEnd, rangeOf, type YMap } from '../text/nodes';
import { renderPair } from '../text/renderYaml';

/**
 * The top-level scalar fields of a workflow a user edits directly (the reference lists `Name`
 * and `Description`; `Type`, `SpecVersion`, `StartAt` and `States` have their own commands).
 */
export const DOCUMENT_FIELDS = ['Name', 'Description'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export interface DocumentSetFieldArgs {
  field: DocumentField;
  /** The new value; `undefined` removes the field. */
  value: string | number | undefined;
}

/** Where a missing field goes: after the first of these keys present (else before the rest). */
const AFTER: Record<DocumentField, readonly string[]> = {
  Name: ['Type'],
  Description: ['Name', 'SpecVersion', 'Type'],
};

/** Offset where a new top-level pair for `field` is inserted, as a line start. */
function insertionPoint(text: string, root: YMap, field: DocumentField): number {
  for (const key of AFTER[field]) {
    const pair = findPair(root, key);
    if (pair) return lineEndAfter(text, pairContentEnd(pair));
  }
  const first = root.items[0];
  if (!first) throw new CommandRefusal('The document has no top-level fields.');
  // Before the first key, below the comments that head the document.
  return rangeOf(first.key)[0] - columnOf(text, rangeOf(first.key)[0]);
}

/**
 * `document.setField`: sets or removes a top-level field (`Name`, `Description`) as one splice.
 * An existing value is replaced in place (quoting and trailing comment kept); a missing field is
 * added on its own line at its natural place (`Name` after `Type`, `Description` after `Name`).
 */
export const documentSetField = defineCommand<DocumentSetFieldArgs>({
  name: 'document.setField',
  label: (a) => (a.value === undefined ? `Remove workflow ${a.field}` : `Set workflow ${a.field}`),
  canExecute(ctx, a) {
    if (!(DOCUMENT_FIELDS as readonly string[]).includes(a.field))
      return `“${String(a.field)}” is not a workflow field that can be set here.`;
    if (a.value !== undefined && typeof a.value !== 'string' && typeof a.value !== 'number')
      return `The ${a.field} must be text or a number.`;
    if (typeof a.value === 'number' && !Number.isFinite(a.value))
      return `The ${a.field} must be a finite number.`;
    const pair = findPair(ctx.index.root, a.field);
    if (a.value === undefined && !pair) return `The workflow has no ${a.field}.`;
    if (pair && isScalar(pair.value) && (pair.value as Scalar).value === a.value)
      return `The ${a.field} is already “${String(a.value)}”.`;
    if (ctx.index.root.flow && !(pair && isScalar(pair.value) && a.value !== undefined))
      return 'The document is written in flow style: edit it in the YAML editor.';
    return true;
  },
  run(ctx, a, ed) {
    const root = ctx.index.root;
    const pair = findPair(root, a.field);
    if (a.value === undefined) {
      if (pair) ed.removePair(root, pair, { kind: 'root' });
      return;
    }
    if (pair && isScalar(pair.value) && (pair.value as Scalar).range) {
      ed.replaceScalar(pair.value as Scalar, a.value, root.flow);
      return;
    }
    if (pair) {
      ed.replacePairValue(root, pair, a.value);
      return;
    }
    const at = insertionPoint(ctx.text, root, a.field);
    const col = columnOf(ctx.text, rangeOf(root.items[0]?.key)[0]);
    const nl = at === ctx.text.length && !ctx.text.endsWith('\n') ? '\n' : '';
    ed.splice(at, at, nl + renderPair(a.field, a.value, col, ctx.style));
  },
});
