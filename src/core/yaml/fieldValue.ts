import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { FieldSpec } from '../model/fieldSpec';
import type { TextRange } from '../model/range';
import { ParseContext, locOf, rangeOf, setOwn } from './context';
import { scalarKey, toJson, type Recorder } from './toJson';

export interface FieldEnv {
  ctx: ParseContext;
  record: Recorder;
  where: { path?: string; field?: string };
}

const describe = (node: Node | null): string => {
  if (node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
    return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the value'} ${String(v)}`;
  }
  return 'a value of another kind';
};

const expected: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  secondsLike: 'a number of seconds',
  expression: 'an expression (text)',
  constructor: 'a mapping of keys to values',
  object: 'a mapping',
  stringList: 'a list of names',
};

/** Reports a value of the wrong kind; returns undefined so the field is left out of the model. */
function wrongKind(env: FieldEnv, spec: FieldSpec, node: Node | null, range: TextRange): undefined {
  const hint =
    spec.kind === 'string' && node && isScalar(node) && node.value !== null
      ? ` Quote it if it is meant as text: ${spec.name}: "${String(node.value)}".`
      : '';
  env.ctx.report(
    'error',
    'field-type',
    `${spec.name} must be ${expected[spec.kind] ?? 'another kind of value'}, not ${describe(node)}.${hint}`,
    rangeOf(node, range),
    env.where,
  );
  return undefined;
}

/**
 * Converts the value of a simple field by its kind. Returns undefined (after reporting) when the
 * value has the wrong kind, so that the model only ever holds well-typed values.
 */
export function simpleValue(
  env: FieldEnv,
  spec: FieldSpec,
  node: Node | null,
  keyRange: TextRange,
  fieldPath: string,
): unknown {
  const v = node && isScalar(node) ? node.value : undefined;
  switch (spec.kind) {
    case 'string':
    case 'expression':
      return typeof v === 'string' ? v : wrongKind(env, spec, node, keyRange);
    case 'boolean':
      return typeof v === 'boolean' ? v : wrongKind(env, spec, node, keyRange);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v)
        ? v
        : wrongKind(env, spec, node, keyRange);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? v : wrongKind(env, spec, node, keyRange);
    case 'secondsLike':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return v;
      return wrongKind(env, spec, node, keyRange);
    case 'constructor':
    case 'object':
      if (!node || !isMap(node)) return wrongKind(env, spec, node, keyRange);
      return toJson(
        node,
        { ctx: env.ctx, path: fieldPath, record: env.record, where: env.where },
        keyRange,
      );
    case 'any':
      return toJson(
        node,
        { ctx: env.ctx, path: fieldPath, record: env.record, where: env.where },
        keyRange,
      );
    case 'stringList': {
      if (!node || !isSeq(node)) return wrongKind(env, spec, node, keyRange);
      const out: string[] = [];
      const listRange = rangeOf(node, keyRange);
      node.items.forEach((item, i) => {
        const n = item as Node | null;
        env.record(`${fieldPath}/${i}`, locOf(n, null, listRange));
        if (n && isScalar(n) && typeof n.value === 'string') out.push(n.value);
        else
          env.ctx.report(
            'error',
            'field-type',
            `Each entry of ${spec.name} must be an error name (text), not ${describe(n)}.`,
            rangeOf(n, listRange),
            env.where,
          );
      });
      return out;
    }
    default:
      return undefined;
  }
}

/** Each small field table by name, built on first use (a lookup per key instead of a scan). */
const tableIndex = new WeakMap<readonly FieldSpec[], Map<string, FieldSpec>>();

function specsByName(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  let m = tableIndex.get(fields);
  if (!m) tableIndex.set(fields, (m = new Map(fields.map((f) => [f.name, f]))));
  return m;
}

/**
 * Converts a mapping by a small field table (Retry rules, Catch rules, Choice branches): known
 * fields by kind, unknown ones reported. Returns a plain object of the known, well-typed fields.
 */
export function tableObject(
  env: FieldEnv,
  fields: readonly FieldSpec[],
  node: YAMLMap,
  fieldPath: string,
  what: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  const whole = rangeOf(node, { start: 0, end: 0 });
  const specs = specsByName(fields);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const key = scalarKey(keyNode, env.ctx, whole, env.where);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const valueNode = pair.value as Node | null;
    const p = `${fieldPath}/${key}`;
    const loc = locOf(valueNode, keyNode, whole);
    env.record(p, loc);
    const spec = specs.get(key);
    const keyRange = loc.keyRange ?? whole;
    if (!spec) {
      const names = fields.map((f) => f.name);
      env.ctx.report(
        'warning',
        'unknown-field',
        `Unknown field "${key}" in ${what}.${suggest(key, names)} Known fields: ${names.join(', ')}.`,
        keyRange,
        { ...env.where, field: p },
      );
      continue;
    }
    const value = simpleValue(
      { ctx: env.ctx, record: env.record, where: { ...env.where, field: p } },
      spec,
      valueNode,
      keyRange,
      p,
    );
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

/** " Did you mean X?" for a near miss (edit distance ≤ 2 or a case difference), else ''. */
export function suggest(word: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== null && bestD <= Math.max(1, Math.min(2, Math.floor(word.length / 3)))
    ? ` Did you mean "${best}"?`
    : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min(
        (prev[j] as number) + 1,
        (prev[j - 1] as number) + 1,
        diag + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}
