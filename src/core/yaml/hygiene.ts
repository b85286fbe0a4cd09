import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { ParseContext, rangeOf } from './context';

/**
 * Reports what FDL has no use for and what would make the model lie: aliases and anchors
 * (errors: resolving them is how alias bombs and cyclic objects get in), duplicate keys (errors:
 * one value would silently win), merge keys `<<` (warnings: they are plain keys in YAML 1.2).
 * Iterative, so no document depth can exhaust the stack.
 */
export function checkHygiene(doc: Document.Parsed, ctx: ParseContext): void {
  const root = doc.contents as Node | null;
  if (!root) return;
  const stack: Node[] = [root];
  const whole = { start: 0, end: ctx.text.length };
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isAlias(node)) {
      ctx.report(
        'error',
        'yaml-alias',
        `Aliases (*${node.source}) are not supported in FDL definitions: write the value out in full.`,
        rangeOf(node, whole),
      );
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) {
      ctx.report(
        'error',
        'yaml-anchor',
        `Anchors (&${anchor}) are not supported in FDL definitions: remove the anchor and write values out in full.`,
        rangeOf(node, whole),
      );
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key && isScalar(key)) {
          const k = String(key.value);
          if (k === '<<' && key.type === 'PLAIN') {
            ctx.report(
              'warning',
              'yaml-merge-key',
              'Merge keys (<<) are not part of YAML 1.2 or FDL: this is read as a plain key named "<<". Write the fields out instead.',
              rangeOf(key, whole),
            );
          } else if (seen.has(k)) {
            ctx.report(
              'error',
              'duplicate-key',
              `Duplicate key "${k}": only the first value is used. Remove or rename one of them.`,
              rangeOf(key, whole),
            );
          }
          seen.add(k);
        }
        if (key) stack.push(key);
        if (pair.value) stack.push(pair.value as Node);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push(item as Node);
    }
  }
}
