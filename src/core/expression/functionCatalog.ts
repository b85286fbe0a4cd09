/** What an editor needs to know about one built-in function. */
export interface FunctionInfo {
  readonly name: string;
  /** The call shape shown in completion, e.g. `format(template, ...values)`. */
  readonly signature: string;
  readonly description: string;
  readonly minArgs: number;
  /** `Infinity` for variadic functions. */
  readonly maxArgs: number;
  /** `documented`: the reference gives the function's behaviour; `inferred`: only its name. */
  readonly status: 'documented' | 'inferred';
}

const fn = (
  name: string,
  signature: string,
  minArgs: number,
  maxArgs: number,
  status: FunctionInfo['status'],
  description: string,
): FunctionInfo => ({ name, signature, description, minArgs, maxArgs, status });

/** The built-in functions of fdl.md §4.3, in the reference's order. */
export const FUNCTIONS: readonly FunctionInfo[] = [
  fn(
    'format',
    'format(template, ...values)',
    1,
    Infinity,
    'documented',
    'Fills each {} placeholder of the template with the next value, in order. Strings are inserted as they are, other values as JSON.',
  ),
  fn(
    'length',
    'length(value)',
    1,
    1,
    'documented',
    'The number of items of an array, keys of an object, or characters (Unicode code points) of a string.',
  ),
  fn(
    'get',
    'get(collection, indexOrKey)',
    2,
    2,
    'inferred',
    'The element of an array at an integer index, or the value of an object at a key; null when absent.',
  ),
  fn('intAdd', 'intAdd(a, b)', 2, 2, 'inferred', 'The sum of two integers.'),
  fn(
    'randomInt',
    'randomInt(min, max)',
    2,
    2,
    'inferred',
    'A random integer n with min ≤ n < max (max exclusive). Seeded in the simulator.',
  ),
  fn(
    'regexMatchString',
    'regexMatchString(pattern, text)',
    2,
    2,
    'inferred',
    'Whether the regular expression (RE2-style; no backreferences or lookarounds) matches anywhere in the text.',
  ),
  fn(
    'split',
    'split(text, separator)',
    2,
    2,
    'inferred',
    'Splits a string at each occurrence of the separator; an empty separator splits into characters.',
  ),
  fn(
    'arrayContains',
    'arrayContains(array, value)',
    2,
    2,
    'documented',
    'Whether the array holds a value equal to the given one (deep equality).',
  ),
  fn(
    'arrayUnique',
    'arrayUnique(array)',
    1,
    1,
    'documented',
    'The array without duplicates (deep equality), keeping first occurrences in order.',
  ),
  fn('toArray', 'toArray(...values)', 0, Infinity, 'inferred', 'An array of the arguments.'),
  fn('mapKeys', 'mapKeys(object)', 1, 1, 'inferred', 'The keys of an object, in insertion order.'),
  fn(
    'mapValues',
    'mapValues(object)',
    1,
    1,
    'inferred',
    'The values of an object, in key insertion order.',
  ),
  fn(
    'jsonMerge',
    'jsonMerge(object1, object2)',
    2,
    2,
    'documented',
    'A shallow merge of two objects; on a shared key the second object wins.',
  ),
  fn(
    'stringToJson',
    'stringToJson(text)',
    1,
    1,
    'documented',
    'Parses a JSON string into a value.',
  ),
  fn('fromJSON', 'fromJSON(text)', 1, 1, 'documented', 'Alias of stringToJson.'),
  fn(
    'jsonToString',
    'jsonToString(value)',
    1,
    1,
    'inferred',
    'Serialises a value as compact JSON.',
  ),
  fn(
    'fromBase64',
    'fromBase64(text)',
    1,
    1,
    'documented',
    'Decodes standard Base64 into a UTF-8 string.',
  ),
  fn(
    'toBase64',
    'toBase64(text)',
    1,
    1,
    'inferred',
    'Encodes a string (as UTF-8) in standard Base64.',
  ),
  fn(
    'hash',
    'hash(text, algorithm)',
    2,
    2,
    'documented',
    'The lower-case hex digest of the UTF-8 text; algorithm is MD5, SHA-1, SHA-256 or SHA-512.',
  ),
  fn('uuid', 'uuid()', 0, 0, 'documented', 'A random version 4 UUID. Seeded in the simulator.'),
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

/** The catalogue entry of a built-in function, or undefined (names are case-sensitive). */
export function findFunction(name: string): FunctionInfo | undefined {
  return BY_NAME.get(name);
}
