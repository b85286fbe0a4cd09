import { describe, expect, it } from 'vitest';
import { joinPath, outermostPaths, scopeOf } from './statePath';

describe('outermostPaths', () => {
  it('drops states inside a selected Parallel or Map, keeps the rest in order', () => {
    // given a Parallel with states in two branches, a Map with its processor's states, and others
    const selection = ['Fan/0/A1', 'Fan', 'Start', 'Fan/1/B1', 'Each/P1', 'Each', 'Done'];
    // then only the containers and the states outside them remain
    expect(outermostPaths(selection)).toEqual(['Fan', 'Start', 'Each', 'Done']);
  });

  it('keeps nested states whose container is not selected', () => {
    expect(outermostPaths(['Fan/0/A1', 'Fan/0/A2', 'Each/P1'])).toEqual([
      'Fan/0/A1',
      'Fan/0/A2',
      'Each/P1',
    ]);
  });

  it('drops states several levels down, and repeats', () => {
    expect(outermostPaths(['Outer/0/Inner/P', 'Outer', 'Outer', 'X'])).toEqual(['Outer', 'X']);
  });

  it('does not take a name that merely starts like a container for its child', () => {
    // "Fan/x" is one top-level state whose name holds a slash: not inside Fan
    const slashed = joinPath(['Fan/x']);
    expect(scopeOf(slashed)).toBe('');
    expect(outermostPaths(['Fan', slashed, 'Fanout'])).toEqual(['Fan', slashed, 'Fanout']);
  });
});
