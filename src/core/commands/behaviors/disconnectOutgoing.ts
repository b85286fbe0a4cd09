import type { StateNode } from '../docIndex';
import { outgoingRefs, type RefSite } from '../refs';
import type { Owner, YSeq } from '../text/nodes';
import type { YamlTextEditor } from '../text/yamlTextEditor';

/**
 * Moving behavior: a state moved to another scope keeps only the transitions that still make
 * sense there (targets named in `keep`, e.g. the names of the target scope). Others go:
 * `Next` becomes `End: true`, a Choice branch or Catch rule pointing elsewhere is removed,
 * a `Default` pointing elsewhere is removed.
 */
export function disconnectOutgoing(
  ed: YamlTextEditor,
  state: StateNode,
  keep: ReadonlySet<string>,
): void {
  const lists = new Map<YSeq, { owner: Owner; indices: number[] }>();
  const drop = (r: RefSite) => {
    if (!r.list) return;
    const e = lists.get(r.list.seq) ?? { owner: r.list.owner, indices: [] };
    e.indices.push(r.list.index);
    lists.set(r.list.seq, e);
  };
  for (const r of outgoingRefs(state)) {
    if (keep.has(r.target)) continue;
    if (r.kind === 'next') ed.replacePair(r.holder, r.pair, 'End', true);
    else if (r.kind === 'default') ed.removePair(r.holder, r.pair, { kind: 'root' });
    else drop(r);
  }
  for (const [seq, { owner, indices }] of lists) ed.removeItems(seq, indices, owner);
}
