import { Position, type NodeHandle } from '@xyflow/react';
import { supportsErrorHandling, type StateType } from '../../core';
import type { Direction } from './flowTypes';

/** A handle's side length (`.react-flow__handle` in canvas.css). */
export const HANDLE_SIZE = 8;

/** Where a state's handles sit: the StateNode draws them there, and the geometry below agrees. */
export interface StateHandleSides {
  in: Position;
  next: Position;
  /** Choice only. */
  default?: Position;
  /** States with Catch (Task, Parallel, Map). */
  catch?: Position;
}

/** The sides of a state's handles, along the flow (`in` before, `next` after, others across). */
export function stateHandleSides(kind: StateType, direction: Direction): StateHandleSides {
  const vertical = direction === 'DOWN';
  const across = vertical ? Position.Right : Position.Bottom;
  return {
    in: vertical ? Position.Top : Position.Left,
    next: vertical ? Position.Bottom : Position.Right,
    ...(kind === 'Choice' ? { default: across } : {}),
    ...(supportsErrorHandling(kind) ? { catch: across } : {}),
  };
}

/** The side of a marker's one handle: a start marker's leaves it, an end or fail marker's enters. */
export function markerHandleSide(kind: 'start' | 'end' | 'fail', direction: Direction): Position {
  const vertical = direction === 'DOWN';
  if (kind === 'start') return vertical ? Position.Bottom : Position.Right;
  return vertical ? Position.Top : Position.Left;
}

/**
 * One handle's box relative to its node, as the browser lays it out: centred on the middle of
 * its side, half outside (React Flow's base.css translates each handle by -50% across its side).
 */
function handleBox(
  id: string | null,
  type: 'source' | 'target',
  side: Position,
  width: number,
  height: number,
): NodeHandle {
  const half = HANDLE_SIZE / 2;
  const x =
    side === Position.Left ? -half : side === Position.Right ? width - half : width / 2 - half;
  const y =
    side === Position.Top ? -half : side === Position.Bottom ? height - half : height / 2 - half;
  return { id, type, position: side, x, y, width: HANDLE_SIZE, height: HANDLE_SIZE };
}

/** A state's handles with their boxes, given to React Flow with the node (`toFlowElements`). */
export function stateHandles(
  kind: StateType,
  direction: Direction,
  width: number,
  height: number,
): NodeHandle[] {
  const sides = stateHandleSides(kind, direction);
  const out = [
    handleBox('in', 'target', sides.in, width, height),
    handleBox('next', 'source', sides.next, width, height),
  ];
  if (sides.default) out.push(handleBox('default', 'source', sides.default, width, height));
  if (sides.catch) out.push(handleBox('catch', 'source', sides.catch, width, height));
  return out;
}

/** A marker's one handle (no id), with its box. */
export function markerHandles(
  kind: 'start' | 'end' | 'fail',
  direction: Direction,
  size: number,
): NodeHandle[] {
  const type = kind === 'start' ? 'source' : 'target';
  return [handleBox(null, type, markerHandleSide(kind, direction), size, size)];
}
