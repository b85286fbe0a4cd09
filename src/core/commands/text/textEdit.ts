/**
 * A splice of the source text: replace `[start, end)` (UTF-16 offsets into the text the edit was
 * computed against) with `text`. Commands return their edits so the Monaco bridge can apply them
 * minimally; `applyEdits` gives the new text.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Edits sorted by start, then end: an insertion at `p` goes before a removal starting at `p`. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies non-overlapping edits, all computed against `text`, in one pass. Throws when two
 * edits overlap: that is a bug in the command that produced them, never a user error.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const e of sortEdits(edits)) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or invalid text edit at ${e.start}..${e.end}`);
    }
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * Applies the edits that lie inside `[start, end)` to that slice only and returns the edited
 * slice (used to move a block of text somewhere else with changes made inside it).
 */
export function applyEditsToSlice(
  text: string,
  start: number,
  end: number,
  edits: readonly TextEdit[],
): string {
  const inside = edits
    .filter((e) => e.start >= start && e.end <= end)
    .map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  return applyEdits(text.slice(start, end), inside);
}

/** Whether any two edits overlap (a zero-width insertion at a removal's edge does not). */
export function editsOverlap(edits: readonly TextEdit[]): boolean {
  let cursor = -1;
  for (const e of sortEdits(edits)) {
    if (e.start < cursor) return true;
    cursor = Math.max(cursor, e.end);
  }
  return false;
}
