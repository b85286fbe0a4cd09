import type { TextEdit } from '../commands/text/textEdit';

/**
 * The minimal single-region edit turning `before` into `after`: the common prefix and suffix
 * stay, the middle is replaced. The Monaco bridge applies it with `pushEditOperations` so the
 * cursor, folding and undo stops outside the change survive. Returns [] for equal texts.
 * The split never cuts a UTF-16 surrogate pair.
 */
export function textDiff(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isHighSurrogate(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (
    s < max - p &&
    before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)
  ) {
    s++;
  }
  if (s > 0 && isLowSurrogate(before.charCodeAt(before.length - s))) s--;
  return [{ start: p, end: before.length - s, text: after.slice(p, after.length - s) }];
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
