import type { JsonValue } from '../model/types';
import {
  arrayArg,
  integerArg,
  integerResult,
  objectArg,
  rejectArg,
  stringArg,
  type Builtin,
} from './builtinArgs';
import {
  canonicalKey,
  deepEqual,
  getOwn,
  isJsonObject,
  objectFromEntries,
  toJsonText,
} from './values';

/** `{}` placeholders take the next value: strings as they are, anything else as JSON. */
const format: Builtin = (args, ctx) => {
  const template = stringArg(args, 0, ctx);
  let next = 1;
  return template.replace(/\{\}/g, (placeholder) => {
    if (next >= args.length) return placeholder; // extra placeholders stay as written
    const v = args[next++] as JsonValue;
    return typeof v === 'string' ? v : toJsonText(v);
  });
};

/** Strings count Unicode code points (characters), not UTF-16 units or UTF-8 bytes. */
const length: Builtin = (args, ctx) => {
  const v = args[0] ?? null;
  if (Array.isArray(v)) return v.length;
  if (isJsonObject(v)) return Object.keys(v).length;
  if (typeof v === 'string') {
    let n = 0;
    for (let i = 0; i < v.length; i++, n++) {
      const c = v.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
    return n;
  }
  return rejectArg(args, 0, ctx, 'an array, object or string');
};

/** Out-of-range indices and absent keys give null (fdl.md §3.2 rule 7: missing → null). */
const get: Builtin = (args, ctx) => {
  const c = args[0] ?? null;
  if (Array.isArray(c)) {
    const i = integerArg(args, 1, ctx);
    return c[i < 0 ? c.length + i : i] ?? null;
  }
  if (isJsonObject(c)) return getOwn(c, stringArg(args, 1, ctx)) ?? null;
  return rejectArg(args, 0, ctx, 'an array or object');
};

const intAdd: Builtin = (args, ctx) =>
  integerResult(integerArg(args, 0, ctx) + integerArg(args, 1, ctx), ctx);

/** min inclusive, max exclusive (as Go's rand.Intn(max-min)+min); requires min < max. */
const randomInt: Builtin = (args, ctx) => {
  const min = integerArg(args, 0, ctx);
  const max = integerArg(args, 1, ctx);
  if (max <= min) ctx.fail(`randomInt: max (${max}) must be greater than min (${min})`, 'value', 1);
  return integerResult(min + Math.floor(ctx.random() * (max - min)), ctx);
};

/** Go strings.Split: an empty separator splits into characters; "" splits into [""]. */
const split: Builtin = (args, ctx) => {
  const text = stringArg(args, 0, ctx);
  const sep = stringArg(args, 1, ctx);
  return sep === '' ? Array.from(text) : text.split(sep);
};

const toArray: Builtin = (args) => [...args];

const arrayContains: Builtin = (args, ctx) => {
  const needle = args[1] ?? null;
  return arrayArg(args, 0, ctx).some((v) => deepEqual(v, needle));
};

const arrayUnique: Builtin = (args, ctx) => {
  const seen = new Set<string>();
  return arrayArg(args, 0, ctx).filter((v) => {
    const key = canonicalKey(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Insertion order, as the object holds it. JavaScript objects list integer-like keys ("2")
 * first in ascending order, so such keys come before the others whatever the source order.
 */
const mapKeys: Builtin = (args, ctx) => Object.keys(objectArg(args, 0, ctx));

const mapValues: Builtin = (args, ctx) => Object.values(objectArg(args, 0, ctx));

/** Shallow; on a shared key the second object's value wins. Never mutates its arguments. */
const jsonMerge: Builtin = (args, ctx) => {
  const a = objectArg(args, 0, ctx);
  const b = objectArg(args, 1, ctx);
  return objectFromEntries([...Object.entries(a), ...Object.entries(b)]);
};

/** The functions over values and collections. */
export const DATA_BUILTINS: Readonly<Record<string, Builtin>> = {
  format,
  length,
  get,
  intAdd,
  randomInt,
  split,
  toArray,
  arrayContains,
  arrayUnique,
  mapKeys,
  mapValues,
  jsonMerge,
};
