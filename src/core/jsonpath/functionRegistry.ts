/**
 * The function extensions of RFC 9535 §2.4.4–§2.4.8 with their declared types. The parser uses
 * the signatures to reject ill-typed calls as syntax errors; the evaluator calls `apply` with
 * arguments already evaluated to their declared parameter types:
 * ValueType → `JsonValue | undefined` (undefined is Nothing), LogicalType → `boolean`,
 * NodesType → `JsonValue[]`.
 */
import type { JsonValue } from '../model/types';
import type { FunctionType } from './ast';
import { compileIRegexpMatcher, type IRegexpMatcher } from './compileIRegexpMatcher';

export type FunctionArgValue = JsonValue | undefined | boolean | JsonValue[];
export type FunctionResult = JsonValue | undefined | boolean | JsonValue[];

export interface FunctionDefinition {
  params: readonly FunctionType[];
  result: FunctionType;
  apply(args: readonly FunctionArgValue[]): FunctionResult;
}

/** Compiled patterns, shared across evaluations; bounded so hostile data cannot grow it. */
const matcherCaches = {
  match: new Map<string, IRegexpMatcher | null>(),
  search: new Map<string, IRegexpMatcher | null>(),
};
const MATCHER_CACHE_LIMIT = 64;

function cachedMatcher(pattern: string, mode: 'match' | 'search'): IRegexpMatcher | null {
  const cache = matcherCaches[mode];
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  const compiled = compileIRegexpMatcher(pattern, mode);
  const matcher = compiled.ok ? compiled.matcher : null;
  if (cache.size >= MATCHER_CACHE_LIMIT) cache.clear();
  cache.set(pattern, matcher);
  return matcher;
}

/** Number of Unicode scalar values, not UTF-16 code units (RFC 9535 §2.4.4). */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = s.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

function regexpTest(mode: 'match' | 'search', args: readonly FunctionArgValue[]): boolean {
  const [s, p] = args;
  if (typeof s !== 'string' || typeof p !== 'string') return false;
  // Per RFC 9535 §2.4.6/§2.4.7 a pattern that is not valid I-Regexp yields LogicalFalse.
  // The automaton, not a JavaScript RegExp: patterns may come from the document, and a
  // backtracking engine takes exponential time on some valid I-Regexps.
  const matcher = cachedMatcher(p, mode);
  return matcher !== null && matcher.test(s);
}

const definitions: [string, FunctionDefinition][] = [
  [
    'length',
    {
      params: ['value'],
      result: 'value',
      apply([v]) {
        if (typeof v === 'string') return codePointLength(v);
        if (Array.isArray(v)) return v.length;
        if (v !== null && typeof v === 'object') return Object.keys(v).length;
        return undefined;
      },
    },
  ],
  [
    'count',
    {
      params: ['nodes'],
      result: 'value',
      apply([nodes]) {
        return (nodes as JsonValue[]).length;
      },
    },
  ],
  [
    'match',
    { params: ['value', 'value'], result: 'logical', apply: (a) => regexpTest('match', a) },
  ],
  [
    'search',
    { params: ['value', 'value'], result: 'logical', apply: (a) => regexpTest('search', a) },
  ],
  [
    'value',
    {
      params: ['nodes'],
      result: 'value',
      apply([nodes]) {
        const list = nodes as JsonValue[];
        return list.length === 1 ? list[0] : undefined;
      },
    },
  ],
];

/** The registered functions, by name. A Map, so that names like `constructor` find nothing. */
export const JSONPATH_FUNCTIONS: ReadonlyMap<string, FunctionDefinition> = new Map(definitions);
