import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource, simulate, type StateMachine } from '../../core';
import { eventWindow, focusLevels, levelFor } from './runFocus';
import { overlayOf } from './runOverlay';

const load = (f: string) =>
  parseSource(readFileSync(`fixtures/valid/${f}`, 'utf8')).model as StateMachine;
const images = {
  images: [
    { key: 'a', format: 'jpg' },
    { key: 'b', format: 'gif' },
    { key: 'c', format: 'png' },
  ],
};

describe('run drill-down', () => {
  it('given a Map run, when iteration 1 is opened, then the canvas shows only its path (Skip, not MakeThumbnail)', () => {
    // given
    const snap = simulate(load('sample-06-thumbnail-batch.yaml'), { input: images });
    const whole = overlayOf(snap, new Set());
    expect(whole.statuses.get('ForEachImage/MakeThumbnail')).toBe('succeeded');
    expect(whole.statuses.get('ForEachImage/Skip')).toBe('succeeded');
    // when
    const levels = focusLevels(snap, [{ kind: 'iteration', container: 'ForEachImage', index: 1 }]);
    const o = overlayOf(snap, new Set(), levels);
    // then
    expect(levels).toHaveLength(2);
    expect(o.statuses.get('ForEachImage/Skip')).toBe('succeeded');
    expect(o.statuses.get('ForEachImage/MakeThumbnail') ?? 'notRun').toBe('notRun');
    expect(o.statuses.get('ForEachImage')).toBe('succeeded');
    expect(o.focus?.short).toBe('iteration #1');
    // and the state's details and events are those of the iteration
    const level = levelFor(levels, 'ForEachImage/Skip');
    expect(level.states['ForEachImage/Skip']?.input).toEqual({ key: 'b', format: 'gif' });
    expect(level.events[0]?.type).toBe('IterationEntered');
    expect(level.events.at(-1)?.type).toBe('IterationExited');
    expect(level.events.every((e) => e.index === undefined || e.index === 1)).toBe(true);
    expect(level.events.some((e) => e.state === 'ForEachImage/MakeThumbnail')).toBe(false);
  });

  it('given iteration 0, when opened, then MakeThumbnail ran with its evaluated parameters and the Skip edge is not taken', () => {
    const snap = simulate(load('sample-06-thumbnail-batch.yaml'), { input: images });
    const levels = focusLevels(snap, [{ kind: 'iteration', container: 'ForEachImage', index: 0 }]);
    const o = overlayOf(snap, new Set(), levels);
    expect(o.statuses.get('ForEachImage/Skip') ?? 'notRun').toBe('notRun');
    const s = levelFor(levels, 'ForEachImage/MakeThumbnail').states['ForEachImage/MakeThumbnail'];
    expect(s?.parameters).toMatchObject({ body: { key: 'a' } });
    expect([...o.taken].some((k) => k.includes('Skip'))).toBe(false);
    expect([...o.taken].some((k) => k.includes('MakeThumbnail'))).toBe(true);
  });

  it('given a Parallel run, when branch 1 is opened, then the other branch is not coloured', () => {
    const snap = simulate(load('tc-02-parallel-output.yaml'));
    const levels = focusLevels(snap, [{ kind: 'branch', container: 'Parallel1', index: 1 }]);
    const o = overlayOf(snap, new Set(), levels);
    expect(o.statuses.get('Parallel1/1/Pass2')).toBe('succeeded');
    expect(o.statuses.get('Parallel1/0/Pass1')).toBeUndefined();
    const level = levelFor(levels, 'Parallel1/1/Pass2');
    expect(level.scope).toBe('Parallel1/1');
    expect(level.events.map((e) => e.type)).toContain('BranchExited');
    expect(level.events.some((e) => e.state === 'Parallel1/0/Pass1')).toBe(false);
    // a state outside the branch keeps the whole run's details
    expect(levelFor(levels, 'Parallel1').step).toBeNull();
  });

  it('given a step that does not match the run, when resolved, then the drill-down stops at the whole run', () => {
    const snap = simulate(load('tc-02-parallel-output.yaml'));
    expect(
      focusLevels(snap, [{ kind: 'iteration', container: 'Parallel1', index: 0 }]),
    ).toHaveLength(1);
    expect(focusLevels(snap, [{ kind: 'branch', container: 'Parallel1', index: 7 }])).toHaveLength(
      1,
    );
    expect(eventWindow(snap.events, 'Nope', 0, 'BranchEntered', 'BranchExited')).toEqual([]);
  });
});
