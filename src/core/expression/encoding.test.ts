import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './encoding';

describe('UTF-8 and Base64', () => {
  it.each([
    ['', []],
    ['A', [0x41]],
    ['é', [0xc3, 0xa9]],
    ['€', [0xe2, 0x82, 0xac]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]],
    ['\ud800', [0xef, 0xbf, 0xbd]],
  ])('given %j, when UTF-8 encoded, then the bytes are %j', (text, bytes) => {
    expect([...utf8Encode(text)]).toEqual(bytes);
  });

  it.each([
    [[0xff], '\ufffd'],
    [[0xc3], '\ufffd'],
    [[0xe0, 0x80, 0x80], '\ufffd\ufffd\ufffd'],
    [[0xed, 0xa0, 0x80], '\ufffd\ufffd\ufffd'],
    [[0x41, 0xc3, 0x41], 'A\ufffdA'],
  ])(
    'given malformed bytes %j, when decoded, then replacement characters appear',
    (bytes, text) => {
      const decoded = utf8Decode(Uint8Array.from(bytes));
      expect(decoded.replace(/\ufffd+/g, '\ufffd')).toBe(text.replace(/\ufffd+/g, '\ufffd'));
    },
  );

  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('given the RFC 4648 vector %j, when Base64 encoded, then %s', (text, b64) => {
    expect(base64Encode(utf8Encode(text))).toBe(b64);
    expect(utf8Decode(base64Decode(b64) as Uint8Array)).toBe(text);
  });

  it.each(['Zm9v!', 'Z', 'Zm9v-', 'Zm 9v'])(
    'given %j, when decoded, then it is not Base64',
    (s) => {
      expect(base64Decode(s)).toBeNull();
    },
  );

  it('given any string without lone surrogates, when encoded then decoded, then it round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Decode(base64Decode(base64Encode(utf8Encode(s))) as Uint8Array)).toBe(s);
      }),
    );
  });
});
