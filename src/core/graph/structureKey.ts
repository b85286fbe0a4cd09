import type { FlowGraph } from './types';

/**
 * A string that identifies what the layout depends on: node ids, kinds, containment and order,
 * collapsed containers, edge ids, ends and kinds. Equal keys mean the same layout.
 *
 * It deliberately leaves out values: labels, subtitles, Choice conditions, Catch error names,
 * Retry/Catch counts and start/end flags. Cards have a fixed size (text is truncated to fit) and
 * labelled edges reserve a fixed-size label slot, so none of these changes the geometry, and
 * editing a Condition, a Parameter or even a state's Action never triggers a re-layout. The layout
 * direction is not part of the graph; the layout cache adds it to the key.
 *
 * The key is exact (a canonical JSON text, no hash), so two graphs never share a key by chance.
 *
 * A value edit asks for the key of one graph several times (the canvas, the layout client, the
 * layout cache), and at 5,000 states each text is megabytes: the key is computed once per graph
 * object and remembered (weakly). A FlowGraph is treated as immutable once derived: derive a new
 * one rather than editing its nodes or edges in place.
 */
export function structureKey(graph: FlowGraph): string {
  let key = remembered.get(graph);
  if (key === undefined) {
    key = computeKey(graph);
    remembered.set(graph, key);
  }
  return key;
}

const remembered = new WeakMap<FlowGraph, string>();

/**
 * Each node's and edge's part of the key, and each list's, remembered by object: a derivation
 * patched after a value edit shares every unchanged node and edge (and the edge list) with the
 * last one, so its key is put together from remembered parts instead of being written out again
 * (~20 ms per value edit at 5,000 states).
 */
const parts = new WeakMap<object, string>();
const lists = new WeakMap<readonly object[], string>();

function listKey<T extends object>(list: readonly T[], part: (x: T) => unknown[]): string {
  let key = lists.get(list);
  if (key === undefined) {
    const out: string[] = [];
    for (const x of list) {
      let p = parts.get(x);
      if (p === undefined) {
        p = JSON.stringify(part(x));
        parts.set(x, p);
      }
      out.push(p);
    }
    key = out.join(',');
    lists.set(list, key);
  }
  return key;
}

/** The same text as `JSON.stringify([nodes, edges])` of the structural fields. */
function computeKey(graph: FlowGraph): string {
  const nodes = listKey(graph.nodes, (n) => [
    n.id,
    n.kind,
    n.parentId ?? null,
    'collapsed' in n && n.collapsed ? 1 : 0,
  ]);
  const edges = listKey(graph.edges, (e) => [e.id, e.source, e.target, e.kind]);
  return `[[${nodes}],[${edges}]]`;
}
