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
 */
export function structureKey(graph: FlowGraph): string {
  const nodes = graph.nodes.map((n) => [
    n.id,
    n.kind,
    n.parentId ?? null,
    'collapsed' in n && n.collapsed ? 1 : 0,
  ]);
  const edges = graph.edges.map((e) => [e.id, e.source, e.target, e.kind]);
  return JSON.stringify([nodes, edges]);
}
