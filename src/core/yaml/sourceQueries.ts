import type { StatePath } from '../model/statePath';
import type { TextRange } from '../model/range';
import type { NodeLoc, SourceMap } from './types';

/**
 * The innermost state whose text contains `offset` (for "cursor in YAML selects the node"), or
 * undefined. Linear in the number of states; callers debounce.
 */
export function stateAtOffset(sourceMap: SourceMap, offset: number): StatePath | undefined {
  let best: { path: StatePath; size: number } | undefined;
  for (const [path, loc] of sourceMap.states) {
    const r = loc.itemRange;
    if (offset >= r.start && offset <= r.end) {
      const size = r.end - r.start;
      if (!best || size < best.size) best = { path, size };
    }
  }
  return best?.path;
}

/** The location of a field of a state (`Next`, `Retry/0/IntervalSeconds`), or undefined. */
export function fieldLoc(
  sourceMap: SourceMap,
  path: StatePath,
  field: string,
): NodeLoc | undefined {
  return sourceMap.states.get(path)?.fields.get(field);
}

/** The range to highlight for a state: its whole list item. */
export function stateRange(sourceMap: SourceMap, path: StatePath): TextRange | undefined {
  return sourceMap.states.get(path)?.itemRange;
}

/**
 * Offset where the text of a scalar's content starts: after an opening quote, or at the first
 * content line of a block scalar. Expression parsers add their own offsets to this.
 */
export function scalarContentStart(text: string, range: TextRange): number {
  const c = text[range.start];
  if (c === '"' || c === "'") return range.start + 1;
  if (c === '|' || c === '>') {
    let i = text.indexOf('\n', range.start);
    if (i < 0) return range.end;
    i++;
    while (i < range.end && text[i] === ' ') i++;
    return i;
  }
  return range.start;
}
