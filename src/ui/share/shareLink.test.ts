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
