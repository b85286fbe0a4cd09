import { describe, expect, it } from 'vitest';
import { textToValue, valueToText } from './yamlText';

describe('sub-tree text', () => {
  it('given the guide request payload in JSON, when read, then the map with its .$ key results', () => {
    const r = textToValue('{"key1": "value1", "key2.$": "$.myStateInput.key", "key3": 100}', {
      mapping: true,
    });
    expect(r).toEqual({
      ok: true,
      value: { key1: 'value1', 'key2.$': '$.myStateInput.key', key3: 100 },
    });
  });

  it('given a value, when shown as YAML or JSON and read back, then it round-trips', () => {
    const v = { FieldA: 123, FieldB: 'string', 'FieldC.$': '$Input', nested: { list: [1, 'two'] } };
    for (const f of ['yaml', 'json'] as const) {
      expect(textToValue(valueToText(v, f), { mapping: true })).toEqual({ ok: true, value: v });
    }
  });

  it('given a .$ key with a broken expression, when read, then it is refused with the key named', () => {
    const r = textToValue('a.$: format(', { mapping: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^a\.\$: /);
  });

  it('given a list where a map is needed, when read, then it is refused', () => {
    expect(textToValue('- a', { mapping: true }).ok).toBe(false);
  });

  it('given empty text, when read, then there is no value (the field is removed)', () => {
    expect(textToValue('  \n', { mapping: true })).toEqual({ ok: true, value: undefined });
  });

  it('given unparseable YAML, when read, then the reason is given', () => {
    const r = textToValue('a: [1, 2', { mapping: false });
    expect(r.ok).toBe(false);
  });
});
