import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ViewportPortal,
  useReactFlow,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
  type EdgeMouseHandler,
  type OnNodeDrag,
} from '@xyflow/react';
import { AlertOctagon } from 'lucide-react';
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import type { FlowGraph } from '../../core';
import { dropZones, nearestZone, type AbsBox, type DropTarget, type DropZone } from './dropZones';
import { StudioEdge } from './edges/StudioEdge';
import { EmptyDropZone } from './EmptyDropZone';
import type { StudioEdge as StudioEdgeType, StudioNode } from './flowTypes';
import { OverviewMinimap } from './OverviewMinimap';
import { useInitialViewport } from './useInitialViewport';
import { useRevealDropped } from './useRevealDropped';
import { useStableHandler } from './useStableHandler';
import { LaneNode } from './nodes/LaneNode';
import { MarkerNode } from './nodes/MarkerNode';
import { StateNode } from './nodes/StateNode';
import { PALETTE_MIME } from '../palette/paletteDrag';

const nodeTypes = { state: StateNode, container: StateNode, lane: LaneNode, marker: MarkerNode };
const edgeTypes = { studio: StudioEdge };

/** What is being dragged over the canvas: a palette entry or an existing state. */
export type DragItem = { kind: 'palette'; id: string } | { kind: 'state'; path: string };

/**
 * Charts with more nodes than this get the canvas-drawn minimap: React Flow's keeps an SVG
 * element and a store subscription per node (see OverviewMinimap).
 */
const OVERVIEW_MIN_NODES = 500;

/** Constant props, so that React Flow never sees them change (see useStableHandler). */
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];

interface Props {
  graph: FlowGraph | null;
  nodes: StudioNode[];
  edges: StudioEdgeType[];
  stale: boolean;
  banner: ReactNode;
  empty: boolean;
  notice: string | null;
  /** False while the chart shows a provisional layout (elk's answer not yet in): `data-layout`. */
  layoutSettled: boolean;
  /** The rule for a drop: true or the reason it is refused. */
  canDropAt: (item: DragItem, target: DropTarget) => true | string;
  onDrop: (item: DragItem, target: DropTarget) => void;
  onSelect: (paths: string[]) => void;
  onConnect: (c: Connection) => void;
  onNodeContextMenu: (path: string, x: number, y: number) => void;
  onEdgeContextMenu: (edgeId: string, x: number, y: number) => void;
  onNodeOpen: (path: string) => void;
  isValidConnection: (c: Connection) => boolean;
  /** The pointer or focus came into the canvas: a canvas gesture may follow. */
  onIntent?: () => void;
}

/**
 * The React Flow adapter: controlled nodes and edges in, user gestures out (selection,
 * connections, drops, context menus). No model logic: rules and commands are passed in.
 */
/** Memoised: the pane's urgent render with the previous (deferred) view passes equal props. */
export const Canvas = memo(function Canvas(props: Props) {
  const { nodes, edges, graph, canDropAt, onDrop, onSelect } = props;
  const flow = useReactFlow();
  const [drag, setDrag] = useState<{
    item: DragItem;
    zones: DropZone[];
    active: DropZone | null;
  } | null>(null);
  const [dragPos, setDragPos] = useState<{ id: string; x: number; y: number } | null>(null);
  const selection = useRef<string[]>([]);
  selection.current = nodes.filter((n) => n.selected).map((n) => n.id);
  const wrapper = useRef<HTMLDivElement>(null);
  useInitialViewport(nodes, wrapper, props.layoutSettled);
  const revealDropped = useRevealDropped(nodes, wrapper);
  const drop = (item: DragItem, target: DropTarget) => {
    revealDropped();
    onDrop(item, target);
  };

  const shown = useMemo(
    () =>
      dragPos
        ? nodes.map((n) =>
            n.id === dragPos.id ? { ...n, position: { x: dragPos.x, y: dragPos.y } } : n,
          )
        : nodes,
    [nodes, dragPos],
  );

  const zonesFor = useCallback(
    (item: DragItem): DropZone[] => {
      if (!graph) return [];
      const boxes = new Map<string, AbsBox>();
      for (const n of graph.nodes) {
        const internal = flow.getInternalNode(n.id);
        if (!internal) continue;
        const { x, y } = internal.internals.positionAbsolute;
        boxes.set(n.id, {
          x,
          y,
          width: internal.measured.width ?? 0,
          height: internal.measured.height ?? 0,
        });
      }
      const all = dropZones(graph, boxes);
      if (item.kind !== 'state') return all;
      // Moving a state next to itself changes nothing: hide those zones.
      return all.filter((z) => {
        const t = z.target;
        if (t.kind === 'between') return t.after !== item.path && t.before !== item.path;
        if (t.kind === 'after') return t.after !== item.path;
        if (t.kind === 'first') return t.before !== item.path;
        return true;
      });
    },
    [graph, flow],
  );

  // An empty workflow has one zone, the whole canvas: a drop anywhere creates the first state.
  const zoneAt = (zones: readonly DropZone[], x: number, y: number): DropZone | null =>
    props.empty ? (zones[0] ?? null) : nearestZone(zones, x, y);

  const track = (item: DragItem, clientX: number, clientY: number) => {
    const p = flow.screenToFlowPosition({ x: clientX, y: clientY });
    setDrag((d) => {
      const zones = d && sameItem(d.item, item) ? d.zones : zonesFor(item);
      const active = zoneAt(zones, p.x, p.y);
      return d && d.active === active && sameItem(d.item, item) ? d : { item, zones, active };
    });
  };

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    // The entry id is not readable during dragover; the zones do not depend on it.
    track({ kind: 'palette', id: '' }, e.clientX, e.clientY);
  };
  const onDropEvent = (e: DragEvent<HTMLDivElement>) => {
    const id = e.dataTransfer.getData(PALETTE_MIME);
    e.preventDefault();
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const zones = drag?.zones ?? zonesFor({ kind: 'palette', id });
    const zone = zoneAt(zones, p.x, p.y);
    setDrag(null);
    if (id && zone) drop({ kind: 'palette', id }, zone.target);
  };
  const onDragLeave = (e: DragEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDrag(null);
  };

  const onNodesChange = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      const sel = changes.filter((c) => c.type === 'select');
      if (sel.length === 0) return;
      const next = new Set(selection.current);
      for (const c of sel) {
        if (c.type !== 'select') continue;
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      onSelect([...next]);
    },
    [onSelect],
  );

  const onNodeDragStart: OnNodeDrag<StudioNode> = useStableHandler((_e, node) => {
    if (node.type !== 'state' && node.type !== 'container') return;
    setDrag({
      item: { kind: 'state', path: node.id },
      zones: zonesFor({ kind: 'state', path: node.id }),
      active: null,
    });
  });
  const onNodeDrag: OnNodeDrag<StudioNode> = useStableHandler((e, node) => {
    if (node.type !== 'state' && node.type !== 'container') return;
    setDragPos({ id: node.id, x: node.position.x, y: node.position.y });
    const pt = pointOf(e);
    track({ kind: 'state', path: node.id }, pt.x, pt.y);
  });
  const onNodeDragStop: OnNodeDrag<StudioNode> = useStableHandler((e, node) => {
    const p = flow.screenToFlowPosition(pointOf(e));
    const zone = drag ? nearestZone(drag.zones, p.x, p.y) : null;
    setDrag(null);
    setDragPos(null);
    if (zone && (node.type === 'state' || node.type === 'container'))
      drop({ kind: 'state', path: node.id }, zone.target);
  });

  const onNodeContextMenu: NodeMouseHandler<StudioNode> = useStableHandler((e, node) => {
    if (node.type !== 'state' && node.type !== 'container') return;
    e.preventDefault();
    props.onNodeContextMenu(node.id, e.clientX, e.clientY);
  });
  const onEdgeContextMenu: EdgeMouseHandler<StudioEdgeType> = useStableHandler((e, edge) => {
    e.preventDefault();
    props.onEdgeContextMenu(edge.id, e.clientX, e.clientY);
  });
  const onNodeDoubleClick: NodeMouseHandler<StudioNode> = useStableHandler((_e, n) =>
    props.onNodeOpen(n.id),
  );
  const onPaneClick = useStableHandler(() => onSelect([]));
  const onConnect = useStableHandler((c: Connection) => props.onConnect(c));
  const isValidConnection = useStableHandler((c: Connection) => props.isValidConnection(c));

  const activeVerdict =
    drag?.active && drag.item.kind === 'state' ? canDropAt(drag.item, drag.active.target) : true;

  return (
    <div
      ref={wrapper}
      className={`canvas${props.stale ? ' canvas--stale' : ''}${drag ? ' canvas--dragging' : ''}`}
      onDragOver={onDragOver}
      onDrop={onDropEvent}
      onDragLeave={onDragLeave}
      onPointerEnter={props.onIntent}
      onFocus={props.onIntent}
      data-layout={props.layoutSettled ? 'settled' : 'pending'}
    >
      {props.banner}
      <ReactFlow<StudioNode, StudioEdgeType>
        nodes={shown}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection as never}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onNodeDoubleClick={onNodeDoubleClick}
        onPaneClick={onPaneClick}
        nodesDraggable={!props.stale}
        nodesConnectable={!props.stale}
        nodesFocusable
        edgesFocusable={false}
        elementsSelectable
        selectNodesOnDrag={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        aria-label="Workflow chart"
      >
        <Background
          variant={BackgroundVariant.Dots}
          gap={16}
          size={1.2}
          color="var(--canvas-dots)"
        />
        {/* An empty workflow has nothing to map: an empty frame there only looked broken. */}
        {!props.empty && nodes.length > OVERVIEW_MIN_NODES && <OverviewMinimap />}
        {!props.empty && nodes.length <= OVERVIEW_MIN_NODES && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            ariaLabel="Minimap"
            nodeStrokeWidth={2}
          />
        )}
        <Controls position="bottom-left" showInteractive={false} />
        {drag && !props.empty && (
          <ViewportPortal>
            {drag.zones.map((z, i) => {
              const active = z === drag.active;
              const verdict = active ? activeVerdict : true;
              return (
                <div
                  key={i}
                  className={`drop-zone${active ? ' drop-zone--active' : ''}${verdict !== true ? ' drop-zone--refused' : ''}${z.beside ? ' drop-zone--beside' : ''}`}
                  style={{ left: z.x, top: z.y }}
                  data-testid={active ? 'canvas.dropline' : undefined}
                >
                  {active && (
                    <span className="drop-zone__label">{verdict === true ? z.label : verdict}</span>
                  )}
                </div>
              );
            })}
          </ViewportPortal>
        )}
      </ReactFlow>
      {props.empty && (
        <EmptyDropZone
          active={drag?.active != null}
          disabled={props.stale}
          onAdd={() => onDrop({ kind: 'palette', id: 'Pass' }, { kind: 'first', scope: '' })}
        />
      )}
      {props.notice && (
        <div className="canvas__notice" role="alert">
          <AlertOctagon size={14} aria-hidden="true" /> {props.notice}
        </div>
      )}
    </div>
  );
});

function sameItem(a: DragItem, b: DragItem): boolean {
  return (
    a.kind === b.kind && (a.kind === 'palette' ? true : a.path === (b as { path: string }).path)
  );
}

function pointOf(e: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in e) return { x: e.clientX, y: e.clientY };
  const t = e.changedTouches[0];
  return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
}
