/** Line helpers over raw text offsets. Lines end with `\n` (a `\r` before it is content). */

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Offset just after the line break ending the line that holds the character before `offset`:
 * for a node ending at `offset`, the start of the next line. At a line start already, stays.
 */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Column (0-based) of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Whether only spaces stand between the line start and `offset`. */
export function onlySpacesBefore(text: string, offset: number): boolean {
  for (let i = lineStart(text, offset); i < offset; i++) if (text[i] !== ' ') return false;
  return true;
}

/** `n` spaces. */
export function sp(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/**
 * Moves an insertion point at a line start up over the comment lines directly above it, so a
 * block inserted there does not separate a comment from the item it describes.
 */
export function aboveLeadingComments(text: string, offset: number, floor: number): number {
  let at = offset;
  while (at > floor) {
    const prev = lineStart(text, at - 1);
    if (prev < floor) break;
    const line = text.slice(prev, at).trim();
    if (!line.startsWith('#')) break;
    at = prev;
  }
  return at;
}

/**
 * Splits a block into lines relative to `column`: every line loses up to `column` leading spaces
 * (comment lines indented less keep what they have left). The trailing line break is dropped.
 */
export function dedentLines(block: string, column: number): string[] {
  const body = block.endsWith('\n') ? block.slice(0, -1) : block;
  return body.split('\n').map((line) => {
    let i = 0;
    while (i < column && line[i] === ' ') i++;
    return line.slice(i);
  });
}

/** Re-indents relative lines as a list item: `- ` at `dashCol`, content at `contentCol`. */
export function itemFromLines(
  lines: readonly string[],
  dashCol: number,
  contentCol: number,
): string {
  const gap = Math.max(1, contentCol - dashCol - 1);
  return (
    lines
      .map((l, i) =>
        i === 0 ? `${sp(dashCol)}-${sp(gap)}${l}` : l === '' ? '' : `${sp(dashCol + 1 + gap)}${l}`,
      )
      .join('\n') + '\n'
  );
}
