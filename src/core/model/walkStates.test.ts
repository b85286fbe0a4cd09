import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, TREE_FLOW } from '../commands/testing/fixtures';
import { parseSource } from '../yaml/parseSource';
import type { Scope, StateMachine } from './types';
import { findState, walkStates, walkStateTree } from './walkStates';

const model = (text: string) => parseSource(text).model as StateMachine;

/** The definition of findState: the first walkStates entry with the path. */
const reference = (m: StateMachine, path: string) => walkStates(m).find((e) => e.path === path);

describe('findState', () => {
  it.each(Object.entries(ALL_FIXTURES))(
    'given %s, then every state path and its near misses resolve as walkStates does',
    (_, text) => {
      const m = model(text);
      const paths = walkStates(m).map((e) => e.path);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths)
        for (const q of [p, `${p}/`, `${p}\\`, `/${p}`, `${p}/0`, p.toUpperCase(), ''])
          expect(findState(m, q)).toStrictEqual(reference(m, q));
    },
  );

  it('given names with / and \\, duplicates and a Map whose name equals a branch scope, then it agrees with walkStates', () => {
    const m = model(`Type: StateMachine
SpecVersion: v1
StartAt: a/b
States:
  - Type: Pass
    Name: a/b
    Next: 'c\\d'
  - Type: Pass
    Name: 'c\\d'
    Next: P
  - Type: Parallel
    Name: P
    Branches:
      - StartAt: X
        States:
          - Type: Pass
            Name: X
            End: true
          - Type: Pass
            Name: X
            End: true
    Next: M
  - Type: Map
    Name: M
    Processor:
      StartAt: '0'
      States:
        - Type: Pass
          Name: '0'
          End: true
    End: true
`);
    const paths = walkStates(m).map((e) => e.path);
    expect(paths).toContain('a\\/b');
    expect(paths).toContain('M/0');
    for (const p of [...paths, 'a/b', 'c\\d', 'P/0/X', 'P/1/X', 'M/0', 'M/1'])
      expect(findState(m, p)).toStrictEqual(reference(m, p));
    // the duplicate: the first one, as walkStates lists them
    expect(findState(m, 'P/0/X')?.index).toBe(0);
  });

  it('property: any path string resolves as walkStates does', () => {
    const m = model(ALL_FIXTURES.NESTED_FLOW);
    const known = walkStates(m).map((e) => e.path);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...known), fc.string()), fc.string(), (p, tail) => {
        for (const q of [p, p + tail]) expect(findState(m, q)).toStrictEqual(reference(m, q));
      }),
      { numRuns: 300 },
    );
  });
});

describe('walkStateTree', () => {
  it('given nested containers, then each is followed by its states, branch by branch', () => {
    const m = model(TREE_FLOW);
    expect(walkStateTree(m).map((e) => `${e.depth} ${e.path}`)).toEqual([
      '0 P',
      '1 P/0/M',
      '2 P/0/M/Item',
      '1 P/0/A',
      '1 P/1/B',
      '0 Z',
    ]);
  });

  it.each(Object.entries(ALL_FIXTURES))(
    'given %s, then it holds exactly the entries of walkStates',
    (_, text) => {
      const m = model(text);
      const key = (e: { path: string; index: number }) => `${e.path}#${e.index}`;
      const tree = walkStateTree(m);
      const flat = walkStates(m);
      expect(tree.map(key).sort()).toEqual(flat.map(key).sort());
      const byKey = new Map(flat.map((e) => [key(e), e]));
      for (const e of tree) expect(e).toStrictEqual(byKey.get(key(e)));
    },
  );

  it('given 5,000 nested Parallels, then it walks them without overflowing the stack', () => {
    let scope: Scope = { StartAt: 'Leaf', States: [{ Type: 'Pass', Name: 'Leaf', End: true }] };
    for (let i = 0; i < 5000; i++)
      scope = {
        StartAt: `P${i}`,
        States: [{ Type: 'Parallel', Name: `P${i}`, End: true, Branches: [scope] }],
      } as Scope;
    const m = { Type: 'StateMachine', SpecVersion: 'v1', ...scope } as StateMachine;
    const entries = walkStateTree(m);
    expect(entries).toHaveLength(5001);
    expect(entries[5000]?.state.Name).toBe('Leaf');
    expect(entries[5000]?.depth).toBe(5000);
  });
});
