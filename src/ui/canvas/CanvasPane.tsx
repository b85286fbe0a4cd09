import type { Connection } from '@xyflow/react';
import { AlertOctagon } from 'lucide-react';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { deriveGraph, type FlowEdge, type LayoutDirection } from '../../core';
import { useStudioPort, useStudioView } from '../editor-context/StudioContext';
import { Canvas, type DragItem } from './Canvas';
import type { DropTarget } from './dropZones';
import { toFlowElements, type Box } from './toFlowElements';
import { useLayout, type LayoutFn } from './useLayout';

/** Charts up to this many graph nodes redraw with the store's render, not in the background. */
const URGENT_CHART_MAX_NODES = 300;

interface Props {
  direction: LayoutDirection;
  layoutFn: LayoutFn;
  collapsed: ReadonlySet<string>;
  onToggleCollapse: (path: string) => void;
  notice: string | null;
  onSelect: (paths: string[]) => void;
  onGoToError: () => void;
  canDropAt: (item: DragItem, target: DropTarget) => true | string;
  onDrop: (item: DragItem, target: DropTarget) => void;
  onInsertOnEdge: (edge: FlowEdge) => void;
  onConnect: (c: Connection) => void;
  isValidConnection: (c: Connection) => boolean;
  onNodeContextMenu: (path: string, x: number, y: number) => void;
  onEdgeContextMenu: (edgeId: string, x: number, y: number) => void;
  onNodeOpen: (path: string) => void;
}

/**
 * The canvas with its data: store graph → layout (Worker) → React Flow elements; the invalid
 * banner and dimming when the text does not parse (the last good chart stays).
 */
export function CanvasPane(props: Props) {
  // A large chart follows the store in a background render: after a canvas or inspector edit
  // the YAML editor paints first, and at thousands of states redrawing the chart never holds up
  // the editor's echo (React interrupts the background render when a key arrives). A small one
  // shows typed text with the store's own (synchronous) render: React Flow takes new nodes in an
  // effect, which React runs at once after a synchronous render but in a later task after a
  // background one, so the chart showed a value edit later, for a chart that takes a few ms to
  // draw. (Typed text is committed after the editor painted the key; after a canvas edit the
  // editor still paints first.)
  const live = useStudioView();
  const deferred = useDeferredValue(live);
  const urgent =
    live.lastOrigin === 'yaml' && (live.graph?.nodes.length ?? 0) <= URGENT_CHART_MAX_NODES;
  const view = urgent ? live : deferred;
  // Collapsed containers are a view choice: derive with them only when some are collapsed.
  const graph = useMemo(
    () =>
      props.collapsed.size > 0 && view.model
        ? deriveGraph(view.model, { collapsed: props.collapsed })
        : view.graph,
    [props.collapsed, view.model, view.graph],
  );
  const { layout, settled } = useLayout(graph, props.direction, props.layoutFn);
  // Canvas commands need the text parsed on this thread (typed text is parsed in a Worker):
  // when the pointer or focus comes to the canvas, parse it while the page is idle, before the
  // click or key that needs it.
  const port = useStudioPort();
  const prepare = useCallback(() => {
    const idle = (
      window as Window & { requestIdleCallback?: (f: () => void, o?: object) => number }
    ).requestIdleCallback;
    const run = () => port.prepareCommands?.();
    if (idle) idle(run, { timeout: 200 });
    else setTimeout(run, 0);
  }, [port]);

  const positions = useMemo(() => {
    const m = new Map<string, Box>();
    if (layout)
      for (const [id, n] of layout.nodes)
        m.set(id, { x: n.x, y: n.y, width: n.width, height: n.height });
    return m;
  }, [layout]);

  const stale = !view.ok;
  const { nodes, edges } = useMemo(
    () =>
      graph && layout
        ? toFlowElements({
            graph,
            positions,
            selection: view.selection,
            diagnostics: view.diagnostics,
            direction: props.direction,
            onToggleCollapse: props.onToggleCollapse,
            onInsert: stale ? null : props.onInsertOnEdge,
          })
        : { nodes: [], edges: [] },
    // Positions change only with the layout; the graph may be newer (value edits): fine.
    [
      graph,
      layout,
      positions,
      view.selection,
      view.diagnostics,
      props.direction,
      props.onToggleCollapse,
      props.onInsertOnEdge,
      stale,
    ],
  );

  const onSelect = props.onSelect;
  const select = useCallback((paths: string[]) => onSelect(paths), [onSelect]);
  const empty = view.ok && (view.model?.States.length ?? 0) === 0;

  const firstError = view.firstError;
  const onGoToError = props.onGoToError;
  const hasChart = nodes.length > 0;
  const banner = useMemo(
    () =>
      stale ? (
        <div className="canvas__banner" role="alert" data-testid="canvas.banner.invalid">
          <AlertOctagon size={16} aria-hidden="true" />
          <span className="canvas__banner-text">
            The YAML does not parse
            {firstError
              ? `: line ${firstError.line}: ${firstError.message.replace(/[.\s]+$/, '')}`
              : ''}
            .{' '}
            {hasChart
              ? 'The chart shows the last valid version.'
              : 'The chart appears once the text parses.'}
          </span>
          <button type="button" onClick={onGoToError}>
            Go to error
          </button>
        </div>
      ) : null,
    [stale, firstError, onGoToError, hasChart],
  );

  return (
    <Canvas
      graph={graph}
      nodes={nodes}
      edges={edges}
      stale={stale}
      banner={banner}
      empty={empty}
      notice={props.notice}
      layoutSettled={settled || empty}
      canDropAt={props.canDropAt}
      onDrop={props.onDrop}
      onSelect={select}
      onConnect={props.onConnect}
      isValidConnection={props.isValidConnection}
      onNodeContextMenu={props.onNodeContextMenu}
      onEdgeContextMenu={props.onEdgeContextMenu}
      onNodeOpen={props.onNodeOpen}
      onIntent={prepare}
    />
  );
}
