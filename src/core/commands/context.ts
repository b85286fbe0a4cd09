import { parseDocument, type Document } from 'yaml';
import type { StateMachine } from '../model/types';
import { indexDocument, type DocIndex } from './docIndex';
import { modelFromDoc } from './modelFromDoc';
import type { Style } from './text/renderYaml';
import { detectStyle } from './text/style';

/** Everything a command reads: the text, its parsed document, an index of it and a model. */
export interface CommandContext {
  text: string;
  doc: Document.Parsed;
  index: DocIndex;
  model: StateMachine;
  style: Style;
}

/**
 * Parses `text` once for a command (or reuses a document already parsed from exactly this
 * text). Returns a reason instead when the text has a syntax error or is not a mapping: commands
 * never edit text they cannot read.
 */
export function createCommandContext(
  text: string,
  parsed?: Document.Parsed | null,
): CommandContext | { reason: string } {
  // uniqueKeys: false — the library's pairwise duplicate-key check is quadratic in the size of a
  // mapping; duplicates do not matter to a splice and validation reports them.
  const doc = parsed ?? parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const l = lineAt(text, first?.pos[0] ?? 0);
    return { reason: `The YAML has a syntax error at line ${l}: fix it to edit on the canvas` };
  }
  const index = indexDocument(doc);
  if (!index) return { reason: 'The document is not a YAML mapping: it has no states to edit.' };
  let model: StateMachine;
  try {
    model = modelFromDoc(doc);
  } catch {
    // toJS refuses alias bombs (maxAliasCount): such a document is not edited.
    return { reason: 'The YAML expands too many aliases to be edited safely.' };
  }
  return { text, doc, index, model, style: detectStyle(text, index.root) };
}

export function isCommandContext(c: CommandContext | { reason: string }): c is CommandContext {
  return 'doc' in c;
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
