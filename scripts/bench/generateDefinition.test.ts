import { describe, expect, it } from 'vitest';
import { deriveGraph, parseSource, transitionTargets, walkStates } from '../../src/core';
import { generateDefinition } from './generateDefinition';

describe('generateDefinition', () => {
  it.each([1, 2, 7, 100, 1000])(
    'given %i states, when generated, then it parses with exactly that many',
    (n) => {
      const parsed = parseSource(generateDefinition(n));
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const entries = walkStates(parsed.model ?? { States: [] });
      expect(entries).toHaveLength(n);
      // every transition resolves inside its own scope
      for (const e of entries) {
        const names = new Set(e.owner.States.map((s) => s.Name));
        for (const t of transitionTargets(e.state))
          expect(names.has(t.target), `${e.path} ${t.field}`).toBe(true);
        if ('End' in e.state && e.state.End === true) expect('Next' in e.state).toBe(false);
      }
      expect(new Set(entries.map((e) => e.state.Name)).size).toBe(n);
    },
  );

  it('given 1000 states, when generated, then Choice, Parallel, Map and three nesting levels occur', () => {
    const model = parseSource(generateDefinition(1000)).model;
    const entries = walkStates(model ?? { States: [] });
    const types = new Set(entries.map((e) => e.state.Type));
    expect([...types].sort()).toEqual(['Choice', 'Map', 'Parallel', 'Pass', 'Task', 'Wait']);
    expect(Math.max(...entries.map((e) => e.depth))).toBe(3);
    expect(deriveGraph(model ?? { States: [] }).edges.some((e) => e.kind === 'catch')).toBe(true);
  });

  it('given the same size, when generated twice, then the text is identical', () => {
    expect(generateDefinition(250)).toBe(generateDefinition(250));
  });
});
