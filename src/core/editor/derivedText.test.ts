import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../commands/testing/fixtures';
import {
  derivedBody,
  deriveText,
  packDerived,
  unpackDerived,
  type DerivedText,
} from './derivedText';
import { deriveScalarEdit } from './scalarEdit';

/** What the receiving thread gets: packed, posted (structured clone with transfer), unpacked. */
function posted(d: DerivedText): { back: DerivedText; json: boolean } {
  const { packed, transfer } = packDerived(d);
  const clone = structuredClone(packed, { transfer });
  return { back: unpackDerived(clone, d.text), json: clone.json !== null };
}

function expectSame(back: DerivedText, d: DerivedText): void {
  const { sourceMap: a, ...restBack } = back;
  const { sourceMap: b, ...rest } = d;
  // toStrictEqual: a key JSON dropped or a value it changed would show here
  expect(restBack).toStrictEqual(rest);
  expect(a.states).toEqual(b.states);
  expect(a.top).toEqual(b.top);
  expect(a.scopes).toEqual(b.scopes);
}

describe('packDerived / unpackDerived', () => {
  it.each(Object.entries(ALL_FIXTURES))(
    'given %s, when posted, then the derivation is the same and travelled as JSON',
    (_, text) => {
      const d = deriveText(text, 'Standard');
      const { back, json } = posted(d);
      expect(json).toBe(true);
      expectSame(back, d);
    },
  );

  it('given a quick-path derivation (a value edit), then it travels as JSON too', () => {
    const text = ALL_FIXTURES.ORDER_FLOW;
    const edited = text.replace('Seconds: 5', 'Seconds: 57');
    expect(edited).not.toBe(text);
    const quick = deriveScalarEdit(deriveText(text, 'Standard'), edited, 'Standard');
    expect(quick).not.toBeNull();
    const { back, json } = posted(quick as DerivedText);
    expect(json).toBe(true);
    expectSame(back, quick as DerivedText);
  });

  it('given a value JSON cannot carry (-0), then it travels cloned and arrives unchanged', () => {
    const text = `Type: StateMachine
SpecVersion: v1
StartAt: P
States:
  - Type: Pass
    Name: P
    OutputConstructor:
      nan: .nan
      inf: .inf
      negInf: -.inf
      negZero: -0.0
    End: true
`;
    const d = deriveText(text, 'Standard');
    const { back, json } = posted(d);
    expect(json).toBe(false);
    expectSame(back, d);
    const out = (back.model?.States[0] as { OutputConstructor?: Record<string, number> })
      .OutputConstructor;
    // the parser itself reports NaN and Infinity and keeps null; -0 is a number JSON loses
    expect(out?.nan).toBeNull();
    expect(out?.inf).toBeNull();
    expect(Object.is(out?.negZero, -0)).toBe(true);
  });

  it('given a text that does not parse, then the failed derivation arrives the same', () => {
    const d = deriveText('Type: StateMachine\nStates: [\n', 'Standard');
    expect(d.ok).toBe(false);
    const { back } = posted(d);
    expectSame(back, d);
  });

  it.each(Object.entries(ALL_FIXTURES))(
    'given %s and a derivation of another fixture as the base, when posted as a patch, then it arrives the same',
    (_, text) => {
      const base = derivedBody(deriveText(ALL_FIXTURES.ORDER_FLOW, 'Standard'));
      const d = deriveText(text, 'Standard');
      const { packed, transfer } = packDerived(d, base);
      expect(packed.patched).toBe(true);
      const back = unpackDerived(structuredClone(packed, { transfer }), text, base);
      expectSame(back, d);
      expect(() => unpackDerived(packed, text)).toThrow(/without its base/);
    },
  );

  it('given a value edit posted as a patch, then the patch is small and carries the new value', () => {
    const text = ALL_FIXTURES.ORDER_FLOW;
    const prev = deriveText(text, 'Standard');
    const next = text.replace('Seconds: 5', 'Seconds: 57');
    const d = deriveScalarEdit(prev, next, 'Standard');
    expect(d).not.toBeNull();
    const { packed } = packDerived(d as DerivedText, derivedBody(prev));
    expect(packed.json?.length).toBeLessThan((packDerived(prev).packed.json?.length ?? 0) / 4);
    expectSame(unpackDerived(packed, next, derivedBody(prev)), d as DerivedText);
  });
});
