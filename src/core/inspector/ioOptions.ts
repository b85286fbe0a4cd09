import { parseJsonPath } from '../jsonpath';
import type { Constructor } from '../model/types';
import { EXPRESSION_SUFFIX } from './constructorRows';

/**
 * The guide's Input Settings and Output Settings options, encoded as plain FDL constructors
 * (decisions.md; docs/inspector.md "Encoding"). The option shown is a pure function of the
 * YAML, so saving and reopening shows the same option:
 *
 * Input (`InputConstructor`)
 * - `original`: no `InputConstructor`.
 * - `jsonpath`: a non-empty map whose every entry is `name.$: <JSONPath>` (`$`, `$.…`, `$[…]`),
 *   each query evaluated against the state input (RFC 9535).
 * - `filters`: any other map (constants and `.$` expressions), including `{}`.
 *
 * Output (`OutputConstructor`)
 * - `result`: no `OutputConstructor`: the state's result is its output (not one of the guide's
 *   three options, but the state every new Task starts in).
 * - `jsonpath`: a non-empty map whose every entry is `name.$: $Output<path>`, `<path>` made of
 *   `.name`, `[index]` and `["key"]` only; the form shows it as the JSONPath `$<path>` over the
 *   result.
 * - `raw`: exactly one entry `name.$: $Input`: the state's input is forwarded (under `name`,
 *   because a constructor always builds an object) and the result is ignored.
 * - `filters`: any other map.
 */
export type InputOption =
  | { mode: 'original' }
  | { mode: 'jsonpath'; rows: PathRow[] }
  | { mode: 'filters'; map: Constructor };

export type OutputOption =
  | { mode: 'result' }
  | { mode: 'jsonpath'; rows: PathRow[] }
  | { mode: 'raw'; key: string }
  | { mode: 'filters'; map: Constructor };

export type InputMode = InputOption['mode'];
export type OutputMode = OutputOption['mode'];

/** One "select with JSONPath" row: the field it creates and the query (`$.order.id`). */
export interface PathRow {
  key: string;
  path: string;
}

/** Labels as the guide writes them (plus the no-constructor output state). */
export const INPUT_MODE_LABELS: Record<InputMode, string> = {
  jsonpath: 'Use JSONPath to select some parameters',
  original: 'Original inputs as node inputs',
  filters: 'Use parameter filters to construct parameters',
};

export const OUTPUT_MODE_LABELS: Record<OutputMode, string> = {
  result: 'Use the result as the output (no filter)',
  jsonpath: 'Use JSONPath to select some parameters',
  raw: 'Pass raw inputs to outputs',
  filters: 'Use parameter filters to construct parameters',
};

/** The key `raw` forwards the input under unless the YAML names another. */
export const DEFAULT_RAW_KEY = 'input';

const JSONPATH_START = /^\$(?:$|[.[])/;
/** `$Output` followed by `.name`, `[0]`, `["key"]` or `['key']` accessors only. */
const OUTPUT_PATH =
  /^\$Output((?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\['(?:[^'\\]|\\.)*'\])*)$/;

function expressionEntries(map: Constructor): { key: string; value: string }[] | undefined {
  const out: { key: string; value: string }[] = [];
  for (const [k, v] of Object.entries(map)) {
    if (!k.endsWith(EXPRESSION_SUFFIX) || typeof v !== 'string') return undefined;
    out.push({ key: k.slice(0, -EXPRESSION_SUFFIX.length), value: v.trim() });
  }
  return out;
}

/** Which Input option an `InputConstructor` (or its absence) encodes. */
export function readInputOption(ctor: Constructor | undefined): InputOption {
  if (ctor === undefined) return { mode: 'original' };
  const entries = expressionEntries(ctor);
  if (entries && entries.length > 0 && entries.every((e) => JSONPATH_START.test(e.value))) {
    return { mode: 'jsonpath', rows: entries.map((e) => ({ key: e.key, path: e.value })) };
  }
  return { mode: 'filters', map: ctor };
}

/** Which Output option an `OutputConstructor` (or its absence) encodes. */
export function readOutputOption(ctor: Constructor | undefined): OutputOption {
  if (ctor === undefined) return { mode: 'result' };
  const entries = expressionEntries(ctor);
  if (entries && entries.length === 1 && entries[0]?.value === '$Input') {
    return { mode: 'raw', key: entries[0].key };
  }
  if (entries && entries.length > 0 && entries.every((e) => OUTPUT_PATH.test(e.value))) {
    return {
      mode: 'jsonpath',
      rows: entries.map((e) => ({ key: e.key, path: '$' + e.value.slice('$Output'.length) })),
    };
  }
  return { mode: 'filters', map: ctor };
}

/**
 * The constructor an option writes; `undefined` means "remove the constructor". Throws nothing:
 * rows are checked with `checkPathRows` before the caller writes.
 */
export function encodeInputOption(option: InputOption): Constructor | undefined {
  if (option.mode === 'original') return undefined;
  if (option.mode === 'filters') return option.map;
  return Object.fromEntries(option.rows.map((r) => [r.key + EXPRESSION_SUFFIX, r.path.trim()]));
}

/** See `encodeInputOption`; output JSONPath rows are stored as `$Output` paths. */
export function encodeOutputOption(option: OutputOption): Constructor | undefined {
  switch (option.mode) {
    case 'result':
      return undefined;
    case 'filters':
      return option.map;
    case 'raw':
      return { [(option.key.trim() || DEFAULT_RAW_KEY) + EXPRESSION_SUFFIX]: '$Input' };
    case 'jsonpath':
      return Object.fromEntries(
        option.rows.map((r) => [r.key + EXPRESSION_SUFFIX, '$Output' + r.path.trim().slice(1)]),
      );
  }
}

/**
 * Problems with "select with JSONPath" rows, by row: key missing or repeated, the query not
 * RFC 9535 JSONPath, or (for output rows) not a plain path of names and indices, which is all a
 * `$Output` path can hold. A key defaults to the query's last name when left empty by the
 * caller (`defaultKeyFor`).
 */
export function checkPathRows(
  rows: readonly PathRow[],
  side: 'input' | 'output',
): (string | null)[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    const key = r.key.trim();
    if (key === '') return 'A field name is needed.';
    if (seen.has(key)) return `“${key}” is used twice.`;
    seen.add(key);
    const path = r.path.trim();
    if (!JSONPATH_START.test(path)) return 'A JSONPath starts with $, e.g. $.order.id';
    const parsed = parseJsonPath(path);
    if (!parsed.ok) return `Not a JSONPath: ${parsed.message}`;
    if (side === 'output') {
      if (!parsed.query.singular)
        return 'Select one value from the output: names and indices only (e.g. $.Body.id).';
      if (!OUTPUT_PATH.test('$Output' + path.slice(1))) {
        return 'Write names as .name or ["name"] and indices as [0].';
      }
    }
    return null;
  });
}

/** The field name a JSONPath row gets by default: the query's last name (`$.a.id` → `id`). */
export function defaultKeyFor(path: string): string {
  const m = /(?:\.([A-Za-z_][A-Za-z0-9_]*)|\["([^"]+)"\]|\['([^']+)'\])\s*$/.exec(path.trim());
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? 'value';
}
