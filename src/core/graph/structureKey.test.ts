import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StateMachine } from '../model/types';
import { deriveGraph } from './deriveGraph';
import { structureKey } from './structureKey';

const base = `
Type: StateMachine
SpecVersion: v1
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.n > 1
        Next: Big
    Default: Small
  - Type: Task
    Name: Big
    Action: FC:InvokeFunction
    Parameters:
      invocationType: Sync
    Catch:
      - Errors: [FnF.ALL]
        Next: Small
    End: true
  - Type: Map
    Name: Small
    ItemsPath: $Input.items
    Processor:
      StartAt: Each
      States:
        - Type: Pass
          Name: Each
          End: true
    End: true
`;
const keyOf = (text: string, collapsed?: Set<string>) =>
  structureKey(deriveGraph(parse(text) as StateMachine, collapsed ? { collapsed } : {}));

describe('structureKey', () => {
  const before = keyOf(base);

  it.each([
    ['a Condition text', '$Input.n > 1', '$Input.n > 100000'],
    ['a Parameter value', 'invocationType: Sync', 'invocationType: Async'],
    ['an Action', 'Action: FC:InvokeFunction', 'Action: HTTP:Request'],
    ['the Catch error names', 'Errors: [FnF.ALL]', 'Errors: [FnF.Timeout, X]'],
    ['the ItemsPath', 'ItemsPath: $Input.items', 'ItemsPath: $Input.other'],
  ])('given a change of %s only, when keyed, then the key is unchanged', (_what, from, to) => {
    expect(base.includes(from)).toBe(true);
    expect(keyOf(base.replace(from, to))).toBe(before);
  });

  it.each([
    ['a Default target', 'Default: Small', 'Default: Big'],
    ['a state name', 'Name: Each\n', 'Name: Each2\n'],
    ['a type', 'Type: Pass', 'Type: Succeed'],
    ['the start state', 'StartAt: Route', 'StartAt: Big'],
    [
      'a new Choice branch',
      '    Default: Small',
      '      - Condition: x\n        Next: Small\n    Default: Small',
    ],
  ])('given a change of %s, when keyed, then the key changes', (_what, from, to) => {
    expect(base.includes(from)).toBe(true);
    expect(keyOf(base.replace(from, to))).not.toBe(before);
  });

  it('given a container collapsed, when keyed, then the key changes', () => {
    expect(keyOf(base, new Set(['Small']))).not.toBe(before);
    expect(keyOf(base, new Set(['Route']))).toBe(before);
  });
});

describe('structureKey from remembered parts', () => {
  const plain = (g: ReturnType<typeof deriveGraph>) =>
    JSON.stringify([
      g.nodes.map((n) => [
        n.id,
        n.kind,
        n.parentId ?? null,
        'collapsed' in n && n.collapsed ? 1 : 0,
      ]),
      g.edges.map((e) => [e.id, e.source, e.target, e.kind]),
    ]);

  it('given graphs that share nodes and edges (a patched derivation), then each key is the full JSON text', () => {
    const g = deriveGraph(parse(base) as StateMachine);
    expect(structureKey(g)).toBe(plain(g));
    const first = g.nodes[0];
    if (!first) throw new Error('no node');
    // a value edit: one node replaced by a copy with another subtitle, everything else shared
    const patched = { ...g, nodes: [{ ...first, subtitle: 'changed' }, ...g.nodes.slice(1)] };
    expect(structureKey(patched)).toBe(structureKey(g));
    // a structural change in a shared list's copy: the key follows it
    const moved = { ...g, edges: g.edges.slice(1) };
    expect(structureKey(moved)).toBe(plain(moved));
    expect(structureKey(moved)).not.toBe(structureKey(g));
  });
});
