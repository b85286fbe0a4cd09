import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlain, diffPlain, type PlainPatch } from './plainPatch';

describe('diffPlain and applyPlain', () => {
  it('given equal values, then there is no patch', () => {
    expect(diffPlain({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBeUndefined();
    expect(diffPlain(null, null)).toBeUndefined();
  });

  it('given one changed scalar deep inside, then the patch names only it and the rest keeps its identity', () => {
    const states = Array.from({ length: 100 }, (_, i) => ({ Name: `S${i}`, Seconds: 10 }));
    const base = { States: states, StartAt: 'S0' };
    const next = { ...base, States: states.map((s, i) => (i === 42 ? { ...s, Seconds: 107 } : s)) };
    const patch = diffPlain(base, next);
    expect(patch).toEqual({ o: { States: { a: { 42: { o: { Seconds: { s: 107 } } } } } } });
    const out = applyPlain(base, patch) as typeof base;
    expect(out).toEqual(next);
    expect(out.States[41]).toBe(base.States[41]);
    expect(out.States[42]).not.toBe(base.States[42]);
    expect(base.States[42]?.Seconds).toBe(10); // the base is not modified
  });

  it('given added and removed keys, and arrays of another length, then applying the patch gives the new value', () => {
    const base = { a: 1, gone: true, list: [1, 2, 3], nested: { x: null as unknown } };
    const next = { a: 1, added: 'yes', list: [1, 2], nested: { x: [true] } };
    const patch = diffPlain(base, next);
    expect(applyPlain(base, patch)).toEqual(next);
    expect(patch).toEqual({ s: next }); // other keys: replaced whole
  });

  it('given "__proto__" as a key, then it stays a plain own key', () => {
    const base = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as unknown;
    const next = JSON.parse('{"__proto__": {"a": 2}, "b": 2}') as unknown;
    const patch = JSON.parse(JSON.stringify(diffPlain(base, next))) as PlainPatch;
    const out = applyPlain(base, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe(JSON.stringify(next));
  });

  it('given a patch that does not fit the base, then applying it throws', () => {
    expect(() => applyPlain(5, { a: { 0: { s: 1 } } })).toThrow();
    expect(() => applyPlain([1], { a: { 3: { s: 1 } } })).toThrow();
    expect(() => applyPlain([1], { o: { x: { s: 1 } } })).toThrow();
    expect(() => applyPlain({ y: 1 }, { o: { x: { s: 1 } } })).toThrow();
  });

  it('given any two JSON values, then the patch survives JSON and turns the first into the second', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        // Bodies travel as JSON: compare JSON forms (-0 is 0 there).
        const base = JSON.parse(JSON.stringify(a)) as unknown;
        const next = JSON.parse(JSON.stringify(b)) as unknown;
        const patch = diffPlain(base, next);
        const sent = patch && (JSON.parse(JSON.stringify(patch)) as typeof patch);
        const out = applyPlain(base, sent);
        expect(JSON.stringify(out)).toBe(JSON.stringify(next));
        expect(JSON.stringify(base)).toBe(
          JSON.stringify(a === undefined ? a : JSON.parse(JSON.stringify(a))),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('given a value and a variant of it with one change, then the patch is small and the unchanged parts are shared', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.string(), v: fc.integer() }), { minLength: 2 }),
        (items) => {
          const base = { items };
          const next = { items: items.map((it, i) => (i === 1 ? { ...it, v: it.v + 1 } : it)) };
          const out = applyPlain(base, diffPlain(base, next)) as typeof base;
          expect(out).toEqual(next);
          expect(out.items[0]).toBe(items[0]);
        },
      ),
    );
  });
});
