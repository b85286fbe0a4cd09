import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  OUT_OF_SCOPE,
  conformancePassed,
  loadSuite,
  runConformance,
} from '../../../scripts/conformance';

// The GPL suite lives beside the repository, never inside it (see scripts/conformance.ts).
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const suiteDir = join(repoRoot, '..', 'shared', 'conformance', 'json-path-comparison');
const exists = existsSync(join(suiteDir, 'regression_suite', 'regression_suite.yaml'));

describe('json-path-comparison consensus', () => {
  it.skipIf(!exists)('passes every in-scope consensus query and crashes on none', () => {
    // given the suite's queries
    const queries = loadSuite(suiteDir);
    // when all of them run
    const report = runConformance(queries);
    // then every in-scope consensus query matches, out-of-scope ones follow RFC 9535
    expect(report.failures).toEqual([]);
    expect(report.crashes).toEqual([]);
    expect(report.outOfScope.filter((o) => !o.ok)).toEqual([]);
    expect(report.inScopePassed).toBe(report.inScope);
    expect(report.inScope).toBeGreaterThan(150);
    expect(report.outOfScope).toHaveLength(Object.keys(OUT_OF_SCOPE).length);
    expect(conformancePassed(report)).toBe(true);
  });

  it('fails a query whose result differs from the consensus', () => {
    // given a consensus our engine cannot meet
    const report = runConformance([
      { id: 'x', selector: '$.a', document: { a: 1 }, consensus: [2] },
      { id: 'y', selector: '$.a', document: { a: 1 }, consensus: 'NOT_SUPPORTED' },
      { id: 'z', selector: '$[*]', document: [1, 2], consensus: [2, 1], ordered: false },
    ]);
    // then both wrong ones are reported and the unordered one passes
    expect(report.failures.map((f) => f.id)).toEqual(['x', 'y']);
    expect(report.inScopePassed).toBe(1);
    expect(conformancePassed(report)).toBe(false);
  });
});
