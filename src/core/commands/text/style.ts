import { columnOf } from './lines';
import { asMap, asSeq, dashOf, findPair, rangeOf, type YMap } from './nodes';
import { DEFAULT_STYLE, type Style } from './renderYaml';

/**
 * Detects the document's indentation conventions from the top-level `States` list: the column
 * of `- ` relative to `States:` (indented or not) and the step of nested mappings (2 or 4).
 */
export function detectStyle(text: string, root: YMap | undefined): Style {
  const pair = root ? findPair(root, 'States') : undefined;
  const seq = asSeq(pair?.value);
  const first = seq && !seq.flow ? seq.items[0] : undefined;
  if (!pair || !seq || first === undefined) return DEFAULT_STYLE;
  const keyCol = columnOf(text, rangeOf(pair.key)[0]);
  const dashCol = columnOf(text, dashOf(text, first));
  const indentSeq = dashCol > keyCol;
  let unit = indentSeq ? dashCol - keyCol : 0;
  for (const item of seq.items) {
    const m = asMap(item);
    const nested = m?.items.find((p) => {
      const v = asMap(p.value) ?? asSeq(p.value);
      return v && !v.flow && v.items.length > 0;
    });
    if (m && nested) {
      const childMap = asMap(nested.value);
      const child = childMap ? childMap.items[0]?.key : dashOf(text, asSeq(nested.value)?.items[0]);
      const childCol =
        typeof child === 'number' ? columnOf(text, child) : columnOf(text, rangeOf(child)[0]);
      const step = childCol - columnOf(text, rangeOf(nested.key)[0]);
      if (childMap && step > 0) unit = step;
      else if (!childMap && step > 0 && unit === 0) unit = step;
      if (childMap) break;
    }
  }
  return { unit: unit === 2 || unit === 4 ? unit : unit > 0 ? unit : 2, indentSeq };
}
