import {
  layoutGraph,
  type ElkLike,
  type FlowGraph,
  type LayoutOptions,
  type LayoutResult,
} from '../../core';

/** Main thread → layout worker. */
export interface LayoutRequest {
  id: number;
  graph: FlowGraph;
  options: LayoutOptions;
  /** The cache key the result must carry (computed once on the main thread). */
  key: string;
}

/** Layout worker → main thread. */
export type LayoutResponse =
  { id: number; ok: true; result: LayoutResult } | { id: number; ok: false; error: string };

/** Runs one request: what the worker does with each message (testable without a Worker). */
export async function serveLayoutRequest(
  request: LayoutRequest,
  elk: ElkLike,
): Promise<LayoutResponse> {
  try {
    const result = await layoutGraph(request.graph, elk, request.options, request.key);
    return { id: request.id, ok: true, result };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
