import { describe, expect, it } from 'vitest';
import { findState, parseSource, type StateEntry, type StateMachine } from '../../core';
import { siblingOptions } from './scope';

const entry = (names: string[], path: string, types: string[] = []): StateEntry => {
  const text = `Type: StateMachine
SpecVersion: v1
StartAt: ${names[0]}
States:
${names.map((n, i) => `  - Type: ${types[i] ?? 'Pass'}\n    Name: ${n}\n    End: true\n`).join('')}`;
  const found = findState(parseSource(text).model as StateMachine, path);
  if (!found) throw new Error(`no ${path}`);
  return found;
};

describe('siblingOptions', () => {
  it('given a new model with the same states, then the very same options come back', () => {
    const a = siblingOptions(entry(['A', 'B', 'C'], 'A'));
    expect(a.map((o) => o.label)).toEqual(['B (Pass)', 'C (Pass)']);
    expect(siblingOptions(entry(['A', 'B', 'C'], 'A'))).toBe(a);
  });

  it('given a rename, a type change, another state or includeSelf, then the options follow', () => {
    const a = siblingOptions(entry(['A', 'B', 'C'], 'A'));
    expect(siblingOptions(entry(['A', 'B', 'D'], 'A')).map((o) => o.value)).toEqual(['B', 'D']);
    expect(
      siblingOptions(entry(['A', 'B', 'C'], 'A', ['Pass', 'Succeed'])).map((o) => o.label),
    ).toEqual(['B (Succeed)', 'C (Pass)']);
    expect(siblingOptions(entry(['A', 'B', 'C'], 'B')).map((o) => o.value)).toEqual(['A', 'C']);
    expect(siblingOptions(entry(['A', 'B', 'C'], 'B'), true).map((o) => o.value)).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(siblingOptions(entry(['A', 'B', 'C'], 'A'))).not.toBe(a);
  });
});
