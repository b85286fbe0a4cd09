import { getSmoothStepPath, Position } from '@xyflow/react';
import type { FlowEdgeKind } from '../../../core';

/** Longest condition shown on an edge pill; the full text is on hover. */
export const MAX_LABEL = 28;

/** The pill text of an edge label: shortened to MAX_LABEL characters with an ellipsis. */
export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** Edges drawn with a pill label (Choice conditions, "default", Catch error names). */
export function isLabelledKind(kind: FlowEdgeKind): boolean {
  return kind === 'choice' || kind === 'default' || kind === 'catch';
}

// Mirrors `.edge-pill` in canvas.css: 11px text (about 6.2 px a character), 7px padding and a
// 1px border on each side, at most 220px. Drop zones are placed from it before any pill exists.
const CHAR_WIDTH = 6.2;
const PILL_CHROME = 16;
const PILL_MAX = 220;
/** Gap between a pill and its "+" button (`.edge-insert--beside` in canvas.css). */
export const INSERT_GAP = 4;
/** Diameter of the "+" button. */
export const INSERT_SIZE = 18;

/** The estimated width of an edge pill showing `label` (0 for no label). */
export function pillWidth(label: string): number {
  if (label === '') return 0;
  return Math.min(PILL_MAX, Math.round(PILL_CHROME + CHAR_WIDTH * shortLabel(label).length));
}

export type Direction = 'DOWN' | 'RIGHT';
export type HandleId = 'in' | 'next' | 'default' | 'catch';
export interface HandlePoint {
  x: number;
  y: number;
  position: Position;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a node's handle sits (see nodes/StateNode.tsx): top-to-bottom, `in` on top, `next` at
 * the bottom, `default` and `catch` on the right; left-to-right, `in` left, `next` right,
 * `default` and `catch` at the bottom.
 */
export function handlePoint(box: Box, handle: HandleId, direction: Direction): HandlePoint {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const down = direction === 'DOWN';
  switch (handle) {
    case 'in':
      return down
        ? { x: cx, y: box.y, position: Position.Top }
        : { x: box.x, y: cy, position: Position.Left };
    case 'next':
      return down
        ? { x: cx, y: box.y + box.height, position: Position.Bottom }
        : { x: box.x + box.width, y: cy, position: Position.Right };
    default:
      return down
        ? { x: box.x + box.width, y: cy, position: Position.Right }
        : { x: cx, y: box.y + box.height, position: Position.Bottom };
  }
}

/** The source handle an edge of `kind` leaves from. */
export function sourceHandleOf(kind: FlowEdgeKind): HandleId {
  return kind === 'default' ? 'default' : kind === 'catch' ? 'catch' : 'next';
}

/** The corners of the smooth-step path from `s` to `t` (drawn with square corners). */
function corners(s: HandlePoint, t: HandlePoint): { x: number; y: number }[] {
  const [path] = getSmoothStepPath({
    sourceX: s.x,
    sourceY: s.y,
    sourcePosition: s.position,
    targetX: t.x,
    targetY: t.y,
    targetPosition: t.position,
    borderRadius: 0,
  });
  const nums = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const pts: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const p = { x: nums[i] ?? 0, y: nums[i + 1] ?? 0 };
    const last = pts[pts.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) pts.push(p);
  }
  return pts;
}

/**
 * Where an edge's pill (and its "+" button) is centred. A Choice branch or Default sits at the
 * last bend before its target: the branches of one Choice share their first segments, so their
 * midpoints crowd together and the conditions overlapped; the bends above distinct targets are
 * at least a node apart. Other edges (and straight ones) use the path's midpoint, as React Flow
 * does: several Catch rules often lead to one handler, so the bend above it would be shared.
 */
export function labelPoint(kind: FlowEdgeKind, s: HandlePoint, t: HandlePoint) {
  if (kind === 'choice' || kind === 'default') {
    const pts = corners(s, t);
    const bend = pts.length > 2 ? pts[pts.length - 2] : undefined;
    if (bend) return { x: bend.x, y: bend.y };
  }
  const [, x, y] = getSmoothStepPath({
    sourceX: s.x,
    sourceY: s.y,
    sourcePosition: s.position,
    targetX: t.x,
    targetY: t.y,
    targetPosition: t.position,
    borderRadius: 8,
  });
  return { x, y };
}

/** Height of an edge pill (11px text, 1px padding and border above and below). */
export const PILL_HEIGHT = 18;

/**
 * The centre of an edge's "+" button given its pill's centre, so that it never covers the
 * condition: to the right of the pill top-to-bottom (sibling branches are a node apart
 * sideways); below it left-to-right (a pill is wider than the gap between layers, so the "+"
 * beside it would land on the target). On the pill point when the edge has no label.
 */
export function insertPoint(label: string, at: { x: number; y: number }, direction: Direction) {
  const w = pillWidth(label);
  if (w === 0) return at;
  const off = INSERT_GAP + INSERT_SIZE / 2;
  return direction === 'DOWN'
    ? { x: at.x + w / 2 + off, y: at.y }
    : { x: at.x, y: at.y + PILL_HEIGHT / 2 + off };
}
