import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../commands/testing/fixtures';
import { parseSource } from '../yaml/parseSource';
import { packedBuffers, packSourceMap, unpackSourceMap } from './packedSourceMap';

describe('packSourceMap', () => {
  it.each(Object.entries(ALL_FIXTURES))(
    'given %s, when packed, posted and unpacked, then the source map is the same',
    (_, text) => {
      const sm = parseSource(text).sourceMap;
      const packed = packSourceMap(sm);
      const posted = structuredClone(packed, { transfer: packedBuffers(packed) });

      const back = unpackSourceMap(posted);

      expect(back.states).toEqual(sm.states);
      expect([...back.states.keys()]).toEqual([...sm.states.keys()]);
      expect(back.top).toEqual(sm.top);
      expect(back.scopes).toEqual(sm.scopes);
    },
  );

  it('given an unpacked map, then a state decodes its fields once, on first read', () => {
    const sm = parseSource(ALL_FIXTURES.ORDER_FLOW).sourceMap;
    const back = unpackSourceMap(packSourceMap(sm));
    const charge = back.states.get('Charge');
    const first = charge?.fields;
    expect(first?.get('Retry/0/IntervalSeconds')).toEqual(
      sm.states.get('Charge')?.fields.get('Retry/0/IntervalSeconds'),
    );
    expect(charge?.fields).toBe(first);
  });

  it('given field keys with odd characters, then they survive', () => {
    const text = [
      'Type: StateMachine',
      'SpecVersion: v1',
      'StartAt: P',
      'States:',
      '  - Type: Pass',
      '    Name: P',
      '    InputConstructor:',
      '      "a/b\\"c\\n.$": $Input.x',
      '    End: true',
      '',
    ].join('\n');
    const sm = parseSource(text).sourceMap;
    expect(unpackSourceMap(packSourceMap(sm)).states.get('P')?.fields).toEqual(
      sm.states.get('P')?.fields,
    );
  });
});
