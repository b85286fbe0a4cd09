import type { Rule } from '../rule';

/** CloudFlow's limit on the size of a v1 definition (fdl.md §13 table "Size limit", Q21). */
export const CLOUDFLOW_DEFINITION_LIMIT_BYTES = 64 * 1024;

/**
 * A definition larger than 64 KiB (UTF-8) opens and runs in FDL Studio, but CloudFlow rejects
 * it on deployment (fdl.md: "Size limit 64 KiB"; Q21: warn, do not block). Reported once, at
 * the first key of the document.
 */
export const definitionSize: Rule = {
  name: 'definitionSize',
  codes: ['definition-size-limit'],
  run(ctx) {
    // Each UTF-16 unit is at most 3 UTF-8 bytes: short texts need no count.
    if (ctx.text.length * 3 <= CLOUDFLOW_DEFINITION_LIMIT_BYTES) return;
    if (
      utf8Length(ctx.text, CLOUDFLOW_DEFINITION_LIMIT_BYTES) <= CLOUDFLOW_DEFINITION_LIMIT_BYTES
    ) {
      return;
    }
    const bytes = utf8Length(ctx.text);
    ctx.report(
      'definition-size-limit',
      `This definition is ${(bytes / 1024).toFixed(1)} KiB; CloudFlow accepts definitions up to 64 KiB, so deploying it is likely to fail. Move parts of the flow into child workflows (FNF:StartExecution) or shorten long constant values and comments.`,
    );
  },
};

/**
 * The UTF-8 length of a string, without allocating. With `stopAbove`, counting stops as soon as
 * the length exceeds it (the result is then some number above `stopAbove`).
 */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair (4 bytes) counts 2 per half; a lone surrogate is written as U+FFFD (3).
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
