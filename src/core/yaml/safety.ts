import type { TextRange } from '../model/range';

/** Largest definition we parse: far above any real workflow, far below what hurts the editor. */
export const MAX_SOURCE_CHARS = 2 * 1024 * 1024;
/** Deepest nesting we parse. Real FDL rarely goes past 30 (each Parallel adds about 3 levels). */
export const MAX_NESTING_DEPTH = 64;

export interface PrecheckFailure {
  code: 'document-too-large' | 'document-too-deep';
  message: string;
  range: TextRange;
}

/**
 * Cheap checks that run before the YAML parser sees the text, so that a hostile document (a
 * 10 MiB paste, thousands of nested brackets) fails fast with a clear message instead of
 * costing seconds or the stack. Linear in the text, no allocation per character.
 */
export function precheckSource(text: string): PrecheckFailure | null {
  if (text.length > MAX_SOURCE_CHARS) {
    const mib = (text.length / (1024 * 1024)).toFixed(1);
    return {
      code: 'document-too-large',
      message: `The document is ${mib} MiB; FDL Studio opens definitions up to 2 MiB. CloudFlow definitions are far smaller: check that this is the right file.`,
      range: { start: 0, end: Math.min(text.length, 1) },
    };
  }
  const deep = findExcessiveNesting(text);
  if (deep !== null) {
    return {
      code: 'document-too-deep',
      message: `The document nests more than ${MAX_NESTING_DEPTH} levels deep here; FDL Studio does not open documents nested this deeply. Flatten the structure.`,
      range: { start: deep, end: Math.min(text.length, deep + 1) },
    };
  }
  return null;
}

/**
 * Returns the offset where nesting first exceeds the limit, or null. Counts flow brackets outside
 * quotes and comments, plus block nesting measured by a stack of indentation levels (each
 * `- ` on a line opens one more level). An estimate on purpose: it must never be fooled into
 * passing a document that nests deeper than the limit, and real documents stay far below it.
 */
function findExcessiveNesting(text: string): number | null {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: measure block indentation (only outside flow collections).
    let col = 0;
    while (i < n && text.charCodeAt(i) === 32) {
      i++;
      col++;
    }
    const lineStart = i;
    const blank = i >= n || text[i] === '\n' || text[i] === '\r' || text[i] === '#';
    if (!blank && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= col) indents.pop();
      indents.push(col);
      // `- - - x` opens several levels on one line.
      let j = i;
      while (j + 1 < n && text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        j += 2;
        while (j < n && text[j] === ' ') j++;
        indents.push(col + (j - i));
      }
      if (indents.length > MAX_NESTING_DEPTH) return lineStart;
    }
    // Scan the rest of the line for flow brackets, skipping quoted text and comments.
    let quote: string | null = null;
    let prev = ' ';
    while (i < n && text[i] !== '\n') {
      const c = text[i] as string;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
      } else if (c === '#' && (prev === ' ' || prev === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      } else if ((c === '"' || c === "'") && (flow > 0 || /[\s:,[{-]/.test(prev))) {
        quote = c;
      } else if (c === '[' || c === '{') {
        flow++;
        if (flow + indents.length > MAX_NESTING_DEPTH) return i;
      } else if (c === ']' || c === '}') {
        if (flow > 0) flow--;
      }
      prev = c;
      i++;
    }
    i++;
  }
  return null;
}
