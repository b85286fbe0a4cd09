import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDefinition } from '../../../scripts/bench/generateDefinition';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { deriveGraph } from './deriveGraph';
import { structureKey } from './structureKey';
import { referenceDeriveGraph, referenceStructureKey } from './testing/referenceDeriveGraph';
import type { FlowGraph } from './types';

// deriveGraph and structureKey were rewritten for speed (session 3). Their output must stay
// byte-identical to session 2's, kept in testing/referenceDeriveGraph.ts: same nodes and edges,
// same key order inside each object, same structure key text.

const samples = import.meta.glob<string>('./testdata/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modelOf = (text: string): StateMachine => {
  const parsed = parseSource(text);
  if (parsed.model === null) throw new Error('does not parse');
  return parsed.model;
};
const containers = (g: FlowGraph): string[] =>
  g.nodes.filter((n) => 'container' in n && n.container !== null).map((n) => n.id);

/** Compares new and reference on a model, with nothing and every other container collapsed. */
function expectSameAsReference(model: StateMachine): void {
  const plain = deriveGraph(model);
  const expected = referenceDeriveGraph(model);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(expected));
  expect(structureKey(plain)).toBe(referenceStructureKey(expected));
  const collapsed = new Set(containers(plain).filter((_, i) => i % 2 === 0));
  const folded = deriveGraph(model, { collapsed });
  const expectedFolded = referenceDeriveGraph(model, { collapsed });
  expect(JSON.stringify(folded)).toBe(JSON.stringify(expectedFolded));
  expect(structureKey(folded)).toBe(referenceStructureKey(expectedFolded));
}

describe('deriveGraph equals the session-2 reference byte for byte', () => {
  it.each(Object.keys(samples))('given sample %s, when derived, then graph and key match', (k) => {
    expectSameAsReference(modelOf(samples[k] as string));
  });

  it('given a generated definition of 1,000 states, when derived, then graph and key match', () => {
    const model = modelOf(generateDefinition(1_000));
    const graph = deriveGraph(model);
    expect(graph.nodes.length).toBeGreaterThan(2_000);
    expectSameAsReference(model);
  });

  it('given names with escapes, repeats, odd values and dangling targets, when derived, then they match', () => {
    const model = {
      Type: 'StateMachine',
      SpecVersion: 'v1',
      StartAt: 'a/b',
      States: [
        {
          Type: 'Task',
          Name: 'a/b',
          Action: 'x',
          Next: 'q"\\#>',
          Catch: [{ Errors: ['E', 3, 'F'], Next: 'Missing' }, null, { Errors: 'E', Next: 'a/b' }],
          Retry: [{}],
        },
        {
          Type: 'Choice',
          Name: 'q"\\#>',
          Branches: [null, { Condition: 7, Next: 'a/b' }, { Next: 'Tab\there' }],
          Default: 'a/b',
        },
        { Type: 'Pass', Name: 'a/b', End: true },
        { Type: 'Wait', Name: 'Tab\there', 'Seconds.$': '$Input.s', End: true, Next: 'a/b' },
        {
          Type: 'Parallel',
          Name: '\ud800lone',
          Branches: [null, { StartAt: 'x', States: [{ Type: 'Fail', Name: 'x', Code: 'C' }] }],
          End: true,
        },
        {
          Type: 'Map',
          Name: 'M>',
          ItemsPath: '$Input.items',
          Processor: { StartAt: 7, States: 'no' },
          Next: 'a/b',
        },
        'not a state',
        { Type: 'Succeed' },
      ],
    } as unknown as StateMachine;
    expectSameAsReference(model);
  });

  it('given random scopes (fast-check), when derived, then graph and key match', () => {
    const name = fc.constantFrom('A', 'B', 'C/1', 'D\\', '#E', 'F>');
    const state = fc.record({
      Type: fc.constantFrom('Task', 'Pass', 'Wait', 'Choice', 'Succeed', 'Fail', 'Parallel', 'Map'),
      Name: name,
      Next: fc.option(name, { nil: undefined }),
      End: fc.boolean(),
      Default: fc.option(name, { nil: undefined }),
      Branches: fc.array(fc.record({ Next: name, Condition: fc.string({ maxLength: 4 }) }), {
        maxLength: 2,
      }),
      Catch: fc.array(fc.record({ Errors: fc.array(fc.string({ maxLength: 3 })), Next: name }), {
        maxLength: 2,
      }),
    });
    fc.assert(
      fc.property(fc.array(state, { maxLength: 8 }), fc.option(name), (states, startAt) => {
        // Parallel branches and Map processors get a nested copy of the same scope (one level).
        const inner = { StartAt: startAt, States: structuredClone(states) };
        const nested = states.map((s) =>
          s.Type === 'Parallel'
            ? { ...s, Branches: [inner, inner] }
            : s.Type === 'Map'
              ? { ...s, Processor: inner }
              : s,
        );
        expectSameAsReference({ StartAt: startAt, States: nested } as unknown as StateMachine);
      }),
      { numRuns: 300 },
    );
  });

  it('given one graph keyed twice and an equal graph derived again, when keyed, then the keys are equal', () => {
    const model = modelOf(generateDefinition(50));
    const graph = deriveGraph(model);
    const first = structureKey(graph);
    expect(structureKey(graph)).toBe(first);
    expect(structureKey(deriveGraph(model))).toBe(first);
    expect(structureKey(deriveGraph(modelOf(generateDefinition(51))))).not.toBe(first);
  });
});
