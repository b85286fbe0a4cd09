import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../commands/testing/fixtures';
import { parseSource } from '../yaml/parseSource';
import type { StateMachine } from './types';
import { findState, walkStates } from './walkStates';

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
