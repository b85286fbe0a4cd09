import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareUrl, shareValueFromHash } from './shareLink';

describe('share links', () => {
  it('round-trips YAML with comments, unicode and names with spaces', () => {
    // given a definition with a comment, non-ASCII text and a spaced name
    const yaml =
      '# note: ünïcödé ✓\nStartAt: Hello World\nStates:\n  - Type: Pass\n    Name: Hello World\n';
    // when encoded into a link and read back
    const value = shareValueFromHash(new URL(shareUrl(yaml, 'http://x.test/app/')).hash);
    // then the text is byte-identical and the value is URL-safe
    expect(value).not.toBeNull();
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(value as string)).toEqual({ ok: true, yaml });
  });

  it('rejects a truncated link with a clear error', () => {
    const value = encodeShare('Type: StateMachine\n'.repeat(50));
    const result = decodeShare(value.slice(0, value.length - 6));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/damaged|incomplete|valid UTF-8/);
  });

  it('round-trips a text that holds U+FFFD itself (valid UTF-8)', () => {
    const yaml = 'Type: StateMachine\nName: caf\uFFFD\n';
    expect(decodeShare(encodeShare(yaml))).toEqual({ ok: true, yaml });
  });

  it('rejects bytes that are not UTF-8, naming the reason', () => {
    // given a link whose compressed bytes decode to a lone continuation byte
    const bytes = deflateSync(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x80]));
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    const value = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeShare(value)).toEqual({
      ok: false,
      error: 'The linked definition is not valid UTF-8 text.',
    });
  });

  it('rejects characters outside base64url and an empty value', () => {
    expect(decodeShare('abc$def').ok).toBe(false);
    expect(decodeShare('').ok).toBe(false);
  });

  it('finds the def value only when present', () => {
    expect(shareValueFromHash('#def=abc')).toBe('abc');
    expect(shareValueFromHash('#other=1')).toBeNull();
    expect(shareValueFromHash('')).toBeNull();
  });
});
