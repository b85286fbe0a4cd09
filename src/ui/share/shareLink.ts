import { strToU8, deflateSync, inflateSync } from 'fflate';

/** The URL fragment key carrying a definition: `#def=<base64url(deflate(yaml))>`. */
export const SHARE_KEY = 'def';
/** Links larger than this are refused when decoding (a zip bomb guard: 2 MiB of YAML). */
const MAX_DECODED = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new Error('the link contains characters that are not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes YAML text as a URL fragment value (without the leading `#def=`). */
export function encodeShare(yaml: string): string {
  return toBase64Url(deflateSync(strToU8(yaml), { level: 9 }));
}

export type DecodeResult = { ok: true; yaml: string } | { ok: false; error: string };

/** Decodes a fragment value; a malformed link gives a clear error, never a partial text. */
export function decodeShare(value: string): DecodeResult {
  if (value === '') return { ok: false, error: 'The link holds no definition.' };
  try {
    const bytes = inflateSync(fromBase64Url(value));
    if (bytes.length > MAX_DECODED)
      return { ok: false, error: 'The linked definition is larger than 2 MiB.' };
    // A fatal decoder refuses bytes that are not UTF-8; a text may still hold U+FFFD itself.
    let yaml: string;
    try {
      yaml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: 'The linked definition is not valid UTF-8 text.' };
    }
    return { ok: true, yaml };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: `This share link is damaged or incomplete (${why}). Nothing was opened.`,
    };
  }
}

/** The `def` value of a location hash like `#def=...`, or null when the hash has none. */
export function shareValueFromHash(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(h);
  return params.has(SHARE_KEY) ? (params.get(SHARE_KEY) ?? '') : null;
}

/** A full URL that opens `yaml`, based on the current page address. */
export function shareUrl(yaml: string, base: string): string {
  const url = new URL(base);
  url.hash = `${SHARE_KEY}=${encodeShare(yaml)}`;
  return url.toString();
}
