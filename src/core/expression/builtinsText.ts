import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { JsonValue } from '../model/types';
import { stringArg, type Builtin } from './builtinArgs';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './encoding';
import { uuidV4 } from './random';
import { compileSafeRegex, MAX_REGEX_INPUT_LENGTH } from './safeRegex';
import { toJsonText } from './values';

/** Any JSON text (object, array or scalar). `JSON.parse` keeps `__proto__` as plain data. */
const stringToJson: Builtin = (args, ctx) => {
  const text = stringArg(args, 0, ctx);
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    const detail = e instanceof SyntaxError ? `: ${e.message}` : '';
    return ctx.fail(`${ctx.name}: the text is not valid JSON${detail}`, 'value', 0);
  }
};

/** Compact JSON, object keys in insertion order. */
const jsonToString: Builtin = (args) => toJsonText(args[0] ?? null);

const toBase64: Builtin = (args, ctx) => base64Encode(utf8Encode(stringArg(args, 0, ctx)));

/** Decoded bytes are read as UTF-8; malformed sequences become U+FFFD. */
const fromBase64: Builtin = (args, ctx) => {
  const bytes = base64Decode(stringArg(args, 0, ctx));
  if (!bytes) return ctx.fail('fromBase64: the text is not valid Base64', 'value', 0);
  return utf8Decode(bytes);
};

const HASHES: Record<string, (data: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-512': sha512,
};

/** Lower-case hex digest of the UTF-8 text; the algorithm name is matched case-insensitively. */
const hash: Builtin = (args, ctx) => {
  const text = stringArg(args, 0, ctx);
  const name = stringArg(args, 1, ctx);
  const fn = HASHES[name.toUpperCase()];
  if (!fn) {
    const known = Object.keys(HASHES).join(', ');
    return ctx.fail(`hash: unknown algorithm "${name}"; use one of ${known}`, 'value', 1);
  }
  return bytesToHex(fn(utf8Encode(text)));
};

const uuid: Builtin = (_args, ctx) => uuidV4(() => ctx.random());

/**
 * `regexMatchString(pattern, text)`: the order of Go's `regexp.MatchString(pattern, s)`, whose
 * name the function mirrors. True when the pattern matches anywhere in the text (unanchored).
 */
const regexMatchString: Builtin = (args, ctx) => {
  const pattern = stringArg(args, 0, ctx);
  const text = stringArg(args, 1, ctx);
  const compiled = compileSafeRegex(pattern);
  if (!compiled.ok) return ctx.fail(`regexMatchString: ${compiled.message}`, 'value', 0);
  if (text.length > MAX_REGEX_INPUT_LENGTH) {
    const message = `regexMatchString: the text is too long (${text.length} characters; the limit is ${MAX_REGEX_INPUT_LENGTH})`;
    return ctx.fail(message, 'limit', 1);
  }
  return compiled.test(text);
};

/** The functions over text, JSON, encodings, hashes and identifiers. */
export const TEXT_BUILTINS: Readonly<Record<string, Builtin>> = {
  stringToJson,
  fromJSON: stringToJson,
  jsonToString,
  toBase64,
  fromBase64,
  hash,
  uuid,
  regexMatchString,
};
