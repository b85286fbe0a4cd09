/**
 * `npm run conformance -- <suite dir>`: runs the JSONPath engine against cburgmer's
 * json-path-comparison consensus (`<dir>/regression_suite/regression_suite.yaml`). The data is
 * GPL-3.0 and stays outside this repository; it is read at run time only.
 *
 * For each query with a consensus: `NOT_SUPPORTED` means our parser must reject the query;
 * otherwise our result must equal the consensus (as a multiset when `ordered: false`). Queries
 * where the consensus contradicts RFC 9535 are listed in OUT_OF_SCOPE with the deciding section
 * and the behaviour RFC 9535 requires, which is checked instead. Every query, with or without
 * consensus, is also run to prove none crashes or hangs. Exit code 1 when any check fails.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { evaluateJsonPath, parseJsonPath } from '../src/core/jsonpath/index';
import type { JsonValue } from '../src/core/model/types';

export interface SuiteQuery {
  id: string;
  selector: string;
  document: JsonValue;
  consensus?: JsonValue[] | 'NOT_SUPPORTED';
  ordered?: boolean;
}

/**
 * Consensus answers that RFC 9535 decides otherwise. `expect` is what RFC 9535 requires of us:
 * `reject` (a syntax error) or `accept` (a well-formed query whose RFC result differs from the
 * consensus; the RFC examples in src/core/jsonpath tests pin the exact semantics).
 */
export const OUT_OF_SCOPE: Readonly<
  Record<string, { expect: 'reject' | 'accept'; rfc: string; why: string }>
> = {
  dot_notation_with_dash: {
    expect: 'reject',
    rfc: 'RFC 9535 §2.5.1.1',
    why: "member-name-shorthand has no '-': write $['key-dash']",
  },
  dot_notation_with_number_on_object: {
    expect: 'reject',
    rfc: 'RFC 9535 §2.5.1.1',
    why: "a member-name-shorthand cannot start with a digit: write $['2']",
  },
};

export interface Failure {
  id: string;
  selector: string;
  problem: string;
}

export interface ConformanceReport {
  total: number;
  withConsensus: number;
  inScope: number;
  inScopePassed: number;
  failures: Failure[];
  outOfScope: { id: string; selector: string; rfc: string; why: string; ok: boolean }[];
  /** Queries (any) that threw or took longer than SLOW_MS. */
  crashes: Failure[];
}

const SLOW_MS = 1000;

/** Reads the suite's main file with the `yaml` package. */
export function loadSuite(dir: string): SuiteQuery[] {
  const file = join(dir, 'regression_suite', 'regression_suite.yaml');
  const data = parse(readFileSync(file, 'utf8')) as { queries: SuiteQuery[] };
  return data.queries;
}

/** Deep equality of plain JSON values (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    return `{${keys.map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',')}}`;
  }
  return JSON.stringify(v);
}

function sameResults(actual: JsonValue[], expected: JsonValue[], ordered: boolean): boolean {
  if (actual.length !== expected.length) return false;
  if (ordered) return actual.every((v, i) => same(v, expected[i]));
  const a = actual.map(canonical).sort();
  const e = expected.map(canonical).sort();
  return a.every((v, i) => v === e[i]);
}

type Outcome =
  | { kind: 'rejected'; message: string }
  | { kind: 'values'; values: JsonValue[] }
  | { kind: 'crash'; message: string };

function run(q: SuiteQuery): { outcome: Outcome; ms: number } {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    const parsed = parseJsonPath(q.selector);
    outcome = parsed.ok
      ? { kind: 'values', values: evaluateJsonPath(parsed.query, q.document).values }
      : { kind: 'rejected', message: `${parsed.message} at ${parsed.offset}` };
  } catch (e) {
    outcome = { kind: 'crash', message: e instanceof Error ? e.message : String(e) };
  }
  return { outcome, ms: performance.now() - t0 };
}

function describe(o: Outcome): string {
  if (o.kind === 'values') return `got ${JSON.stringify(o.values)}`;
  return `${o.kind}: ${o.message}`;
}

/** Runs every query of the suite and checks the consensus ones. */
export function runConformance(queries: readonly SuiteQuery[]): ConformanceReport {
  const report: ConformanceReport = {
    total: queries.length,
    withConsensus: 0,
    inScope: 0,
    inScopePassed: 0,
    failures: [],
    outOfScope: [],
    crashes: [],
  };
  for (const q of queries) {
    const { outcome, ms } = run(q);
    const base = { id: q.id, selector: q.selector };
    if (outcome.kind === 'crash') report.crashes.push({ ...base, problem: outcome.message });
    else if (ms > SLOW_MS) report.crashes.push({ ...base, problem: `took ${ms.toFixed(0)} ms` });
    if (q.consensus === undefined) continue;
    report.withConsensus++;
    const scope = OUT_OF_SCOPE[q.id];
    if (scope !== undefined) {
      const ok =
        scope.expect === 'reject' ? outcome.kind === 'rejected' : outcome.kind === 'values';
      report.outOfScope.push({ ...base, rfc: scope.rfc, why: scope.why, ok });
      continue;
    }
    report.inScope++;
    let problem: string | null = null;
    if (q.consensus === 'NOT_SUPPORTED') {
      if (outcome.kind !== 'rejected') problem = `expected a syntax error, ${describe(outcome)}`;
    } else if (outcome.kind !== 'values') {
      problem = `expected ${JSON.stringify(q.consensus)}, ${describe(outcome)}`;
    } else if (!sameResults(outcome.values, q.consensus, q.ordered !== false)) {
      problem = `expected ${JSON.stringify(q.consensus)}, ${describe(outcome)}`;
    }
    if (problem === null) report.inScopePassed++;
    else report.failures.push({ ...base, problem });
  }
  return report;
}

/** Whether the report has no failing in-scope query, no wrong out-of-scope one, no crash. */
export function conformancePassed(r: ConformanceReport): boolean {
  return r.failures.length === 0 && r.crashes.length === 0 && r.outOfScope.every((o) => o.ok);
}

function print(r: ConformanceReport): void {
  const pct = r.inScope === 0 ? 0 : (100 * r.inScopePassed) / r.inScope;
  const lines = [
    `JSONPath conformance (json-path-comparison consensus, RFC 9535 semantics)`,
    `queries: ${r.total}, with consensus: ${r.withConsensus}, out of scope: ${r.outOfScope.length}`,
    `in-scope consensus queries passed: ${r.inScopePassed}/${r.inScope} (${pct.toFixed(1)}%)`,
    `all ${r.total} queries ran; crashes or slow (> ${SLOW_MS} ms): ${r.crashes.length}`,
  ];
  if (r.failures.length > 0) {
    lines.push('', 'FAILURES:');
    for (const f of r.failures) lines.push(`  ${f.id}  ${f.selector}\n      ${f.problem}`);
  }
  if (r.crashes.length > 0) {
    lines.push('', 'CRASHES / SLOW:');
    for (const f of r.crashes) lines.push(`  ${f.id}  ${f.selector}: ${f.problem}`);
  }
  lines.push('', 'OUT OF SCOPE (consensus contradicts RFC 9535; RFC behaviour checked):');
  for (const o of r.outOfScope) {
    lines.push(`  [${o.ok ? 'ok' : 'WRONG'}] ${o.id}  ${o.selector}  (${o.rfc}: ${o.why})`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

function main(): void {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write('usage: npm run conformance -- <json-path-comparison dir>\n');
    process.exit(2);
  }
  const report = runConformance(loadSuite(resolve(dir)));
  print(report);
  process.exit(conformancePassed(report) ? 0 : 1);
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main();
