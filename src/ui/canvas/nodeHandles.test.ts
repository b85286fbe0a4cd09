import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { HANDLE_SIZE, markerHandles, stateHandleSides, stateHandles } from './nodeHandles';

const byId = (hs: ReturnType<typeof stateHandles>) => new Map(hs.map((h) => [h.id, h]));

describe('stateHandles', () => {
  it('centres each handle on its side, half outside the card (top to bottom)', () => {
    // given a Task card of 200×56 laid out top to bottom
    const hs = byId(stateHandles('Task', 'DOWN', 200, 56));
    // then in/next/catch sit where the browser draws them (measured in Chromium: 8×8 boxes)
    expect(hs.get('in')).toEqual({
      id: 'in',
      type: 'target',
      position: Position.Top,
      x: 96,
      y: -4,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
    expect(hs.get('next')).toMatchObject({
      type: 'source',
      position: Position.Bottom,
      x: 96,
      y: 52,
    });
    expect(hs.get('catch')).toMatchObject({
      type: 'source',
      position: Position.Right,
      x: 196,
      y: 24,
    });
    expect(hs.has('default')).toBe(false);
  });

  it('turns with the direction: left to right, a Choice default below', () => {
    const hs = byId(stateHandles('Choice', 'RIGHT', 200, 56));
    expect(hs.get('in')).toMatchObject({ position: Position.Left, x: -4, y: 24 });
    expect(hs.get('next')).toMatchObject({ position: Position.Right, x: 196, y: 24 });
    expect(hs.get('default')).toMatchObject({ position: Position.Bottom, x: 96, y: 52 });
    expect(hs.has('catch')).toBe(false);
  });

  it('follows the size of a container', () => {
    const hs = byId(stateHandles('Parallel', 'DOWN', 520, 320));
    expect(hs.get('next')).toMatchObject({ x: 256, y: 316 });
    expect(hs.get('catch')).toMatchObject({ x: 516, y: 156 });
  });

  it('gives a Pass only in and next', () => {
    expect(stateHandles('Pass', 'DOWN', 200, 56).map((h) => h.id)).toEqual(['in', 'next']);
  });

  it('agrees with the sides the node draws its handles on', () => {
    for (const kind of ['Task', 'Choice', 'Map', 'Succeed'] as const)
      for (const dir of ['DOWN', 'RIGHT'] as const) {
        const sides = stateHandleSides(kind, dir);
        for (const h of stateHandles(kind, dir, 200, 56))
          expect(h.position).toBe(sides[h.id as keyof typeof sides]);
      }
  });
});

describe('markerHandles', () => {
  it('gives a start marker one source handle leaving it, without an id', () => {
    expect(markerHandles('start', 'DOWN', 18)).toEqual([
      { id: null, type: 'source', position: Position.Bottom, x: 5, y: 14, width: 8, height: 8 },
    ]);
    expect(markerHandles('start', 'RIGHT', 18)[0]).toMatchObject({
      position: Position.Right,
      x: 14,
      y: 5,
    });
  });

  it('gives end and fail markers one target handle entering them', () => {
    expect(markerHandles('end', 'DOWN', 18)[0]).toMatchObject({
      type: 'target',
      position: Position.Top,
      x: 5,
      y: -4,
    });
    expect(markerHandles('fail', 'RIGHT', 18)[0]).toMatchObject({
      type: 'target',
      position: Position.Left,
      x: -4,
      y: 5,
    });
  });
});
