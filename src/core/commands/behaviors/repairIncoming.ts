import type { ScopeNode, StateNode } from '../docIndex';
import { refsTo, type RefSite } from '../refs';
import { findPair, scalarString, type Owner, type YSeq } from '../text/nodes';
import type { YamlTextEditor } from '../text/yamlTextEditor';

/**
 * The successor a removed state hands to its predecessors: its `Next` (or a Choice's
 * `Default`) when that names another state of the scope; undefined when it ends the scope.
 */
export function successorOf(scope: ScopeNode, state: StateNode): string | undefined {
  const field =
    state.type === 'Choice'
      ? 'Default'
      : state.type === 'Succeed' || state.type === 'Fail'
        ? undefined
        : 'Next';
  const next = field ? scalarString(findPair(state.map, field)?.value) : undefined;
  if (next === undefined || next === state.name) return undefined;
  return scope.children.some((s) => s.name === next) ? next : undefined;
}

/**
 * Repair behavior when `state` leaves its scope (removed or moved elsewhere). Predecessors take
 * its successor, as a user expects when a box is taken out of a chain:
 * - `Next: X` → `Next: <successor>`, or `End: true` when X ended the scope;
 * - a Choice branch or Catch rule → retargeted to the successor, or removed when there is none;
 * - `Default: X` → the successor, or removed (validation then asks for a Default);
 * - `StartAt: X` → the successor, else the first other state of the scope, else removed.
 * References written inside the leaving state itself are left to the caller.
 */
export function repairIncoming(ed: YamlTextEditor, scope: ScopeNode, state: StateNode): void {
  const successor = successorOf(scope, state);
  const lists = new Map<YSeq, { owner: Owner; indices: number[] }>();
  const dropItem = (r: RefSite) => {
    if (!r.list) return;
    const entry = lists.get(r.list.seq) ?? { owner: r.list.owner, indices: [] };
    entry.indices.push(r.list.index);
    lists.set(r.list.seq, entry);
  };
  for (const r of refsTo(scope, state.name)) {
    if (r.state && r.state.path === state.path) continue;
    if (successor !== undefined) {
      ed.replaceScalar(r.scalar, successor);
      continue;
    }
    if (r.kind === 'next') ed.replacePair(r.holder, r.pair, 'End', true);
    else if (r.kind === 'branch' || r.kind === 'catch') dropItem(r);
    else if (r.kind === 'default') ed.removePair(r.holder, r.pair, { kind: 'root' });
    else {
      const other = scope.children.find((s) => s.path !== state.path);
      if (other) ed.replaceScalar(r.scalar, other.name);
      else ed.removePair(r.holder, r.pair, { kind: 'root' });
    }
  }
  for (const [seq, { owner, indices }] of lists) ed.removeItems(seq, indices, owner);
}
