import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../commands/testing/fixtures';
import { deriveText } from './derivedText';
import { deriveScalarEdit } from './scalarEdit';

const VALID = join(__dirname, '..', '..', '..', 'fixtures', 'valid');
const TEXTS: string[] = [
  ...Object.values(ALL_FIXTURES),
  ...readdirSync(VALID)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(join(VALID, f), 'utf8')),
];

/** Every value range of a state field that is one line of plain text (a place to edit). */
function scalarSpots(text: string): { start: number; end: number }[] {
  const d = deriveText(text, 'Standard');
  const spots: { start: number; end: number }[] = [];
  for (const s of d.sourceMap.states.values())
    for (const loc of s.fields.values()) {
      const v = text.slice(loc.range.start, loc.range.end);
      if (v.length > 0 && !/[\n{}[\]"']/.test(v)) spots.push(loc.range);
    }
  return spots;
}

const SPOTS = TEXTS.map((t) => ({ text: t, spots: scalarSpots(t) })).filter(
  (x) => x.spots.length > 0,
);

/** Replacement values: numbers, words, expressions, booleans and text with YAML punctuation. */
const value = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.double({ min: -100, max: 100, noNaN: true }).map((n) => n.toFixed(2)),
  fc.constantFrom('true', 'false', 'null', '~', '0x1F', '0o17', '.inf', '1e3', '', ' 5', '5 '),
  fc.stringMatching(/^[A-Za-z$][A-Za-z0-9_.$ =<>"-]{0,20}$/),
  fc.string({ unit: fc.constantFrom(...'ab1:# -[]{},&*!|>\'"%@`\\.$'.split('')), maxLength: 6 }),
);

describe('deriveScalarEdit', () => {
  it('given a value typed into Seconds of a large chain, then it takes the fast path and equals a full parse', () => {
    const lines = ['Type: StateMachine', 'SpecVersion: v1', 'StartAt: S0', 'States:'];
    for (let i = 0; i < 50; i++)
      lines.push('  - Type: Wait', `    Name: S${i}`, '    Seconds: 10   # wait');
    lines.push('    End: true');
    for (let i = 0; i < 49; i++) lines.splice(7 + i * 4, 0, `    Next: S${i + 1}`);
    const old = lines.join('\n') + '\n';
    const next = old.replace('Seconds: 10   # wait', 'Seconds: 107   # wait');

    const fast = deriveScalarEdit(deriveText(old, 'Standard'), next, 'Standard');

    expect(fast).not.toBeNull();
    expect(fast).toEqual(deriveText(next, 'Standard'));
  });

  it('given a value typed into a state inside a Parallel branch, then the old derivation is left as it was and the new model shares what did not change', () => {
    const old = [
      'Type: StateMachine',
      'SpecVersion: v1',
      'StartAt: Fan',
      'States:',
      '  - Type: Wait',
      '    Name: Before',
      '    Seconds: 1',
      '    Next: Fan',
      '  - Type: Parallel',
      '    Name: Fan',
      '    End: true',
      '    Branches:',
      '      - StartAt: Inner',
      '        States:',
      '          - Type: Wait',
      '            Name: Inner',
      '            Seconds: 10',
      '            End: true',
      '',
    ].join('\n');
    const next = old.replace('Seconds: 10', 'Seconds: 107');
    const prev = deriveText(old, 'Standard');
    const snapshot = JSON.stringify(prev.model);

    const fast = deriveScalarEdit(prev, next, 'Standard');

    expect(fast).not.toBeNull();
    expect(fast).toEqual(deriveText(next, 'Standard'));
    expect(JSON.stringify(prev.model)).toBe(snapshot);
    expect(fast?.model?.States[0]).toBe(prev.model?.States[0]);
    expect(fast?.model?.States[1]).not.toBe(prev.model?.States[1]);
  });

  it.each([
    ['a state name', (t: string) => t.replace('Name: Hold', 'Name: Holds')],
    ['a key', (t: string) => t.replace('Seconds: 5', 'Second: 5')],
    ['a comment', (t: string) => t.replace('# first step', '# first steps')],
    ['a number becoming text', (t: string) => t.replace('Seconds: 5', 'Seconds: 5x')],
    ['a Next target', (t: string) => t.replace('Next: Charge', 'Next: Charges')],
    ['a value in a flow mapping', (t: string) => t.replace('retries: 3}', 'retries: 4}')],
  ])('given an edit of %s, then it is left to a full parse', (_, edit) => {
    const old = ALL_FIXTURES.ORDER_FLOW;
    const next = edit(old);
    expect(next).not.toBe(old);
    expect(deriveScalarEdit(deriveText(old, 'Standard'), next, 'Standard')).toBeNull();
  });

  it('given random edits inside one-line values of every fixture, then any fast result equals a full parse', () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        value,
        fc.oneof(fc.constant('replace'), fc.constant('insert'), fc.constant('delete')),
        fc.constantFrom<'Standard' | 'Express'>('Standard', 'Express'),
        (i, j, v, how, mode) => {
          const { text, spots } = SPOTS[i % SPOTS.length] as (typeof SPOTS)[number];
          const spot = spots[j % spots.length] as { start: number; end: number };
          const at = spot.start + (j % (spot.end - spot.start + 1));
          const next =
            how === 'replace'
              ? text.slice(0, spot.start) + v + text.slice(spot.end)
              : how === 'insert'
                ? text.slice(0, at) + v + text.slice(at)
                : text.slice(0, at) + text.slice(Math.min(spot.end, at + 1));
          if (next === text) return;
          const result = deriveScalarEdit(deriveText(text, mode), next, mode);
          if (!result) return;
          fast++;
          expect(result).toEqual(deriveText(next, mode));
        },
      ),
      { numRuns: 600, seed: 20261125 },
    );
    // Not vacuous: a good share of the edits took the fast path.
    expect(fast).toBeGreaterThan(100);
  });
});
