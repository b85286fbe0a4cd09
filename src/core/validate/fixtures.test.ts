import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExecutionMode } from '../model/types';
import { parseSource } from '../yaml/parseSource';
import { DIAGNOSTIC_CODES } from './codes';
import { RULES } from './rules';
import { validate } from './validate';

const root = join(__dirname, '../../..');
const validDir = join(root, 'fixtures/valid');
const invalidDir = join(root, 'fixtures/invalid');
const definition = /\.(ya?ml|json)$/;

interface Expected {
  severity: string;
  code: string;
  line: number;
}

/** `<name>.expected.json`: a list, or `{mode, diagnostics}` for Express-mode fixtures. */
function readExpected(base: string): { mode: ExecutionMode; diagnostics: Expected[] } {
  const raw = JSON.parse(readFileSync(join(invalidDir, `${base}.expected.json`), 'utf8')) as
    Expected[] | { mode: ExecutionMode; diagnostics: Expected[] };
  return Array.isArray(raw) ? { mode: 'Standard', diagnostics: raw } : raw;
}

const order = (a: Expected, b: Expected) =>
  a.line - b.line || a.code.localeCompare(b.code) || a.severity.localeCompare(b.severity);

const invalidFiles = readdirSync(invalidDir)
  .filter((f) => definition.test(f) && !f.endsWith('.expected.json'))
  .sort();
const validFiles = readdirSync(validDir)
  .filter((f) => definition.test(f))
  .sort();

describe('fixtures/valid', () => {
  it.each(validFiles)(
    'given %s, when validated in both modes as written, then no error is reported',
    (f) => {
      const text = readFileSync(join(validDir, f), 'utf8');
      const diagnostics = validate(parseSource(text));
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  );

  it('given the guide example, when validated, then exactly the empty Errors list and the placeholders warn', () => {
    const text = readFileSync(join(validDir, 'guide-invoke-function.yaml'), 'utf8');
    expect(validate(parseSource(text)).map((d) => `${d.line} ${d.code}`)).toEqual([
      '14 placeholder-unreplaced',
      '16 errors-empty',
    ]);
  });
});

describe('fixtures/invalid', () => {
  it.each(invalidFiles)(
    'given %s, when validated, then exactly the expected diagnostics come back (code, severity, line)',
    (f) => {
      const base = f.replace(definition, '');
      const expected = readExpected(base);
      const text = readFileSync(join(invalidDir, f), 'utf8');
      const got = validate(parseSource(text), { mode: expected.mode }).map((d) => ({
        severity: d.severity,
        code: d.code,
        line: d.line,
      }));
      expect(got.sort(order)).toEqual(expected.diagnostics.slice().sort(order));
    },
  );

  it('given every code, when looking for its fixture, then <code>.yaml exists and reports that code', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      const file = invalidFiles.find((f) => f.replace(definition, '') === code);
      expect(file, `fixtures/invalid/${code}.yaml`).toBeDefined();
      expect(
        readExpected(code).diagnostics.some((d) => d.code === code),
        `${code}.expected.json lists ${code}`,
      ).toBe(true);
    }
  });
});

describe('docs/diagnostics.md', () => {
  const doc = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');
  const documented = [...doc.matchAll(/^### `([a-z0-9-]+)`/gm)].map((m) => m[1] as string);

  it('given the code registry, when reading the docs, then every code is documented exactly once', () => {
    expect(documented.slice().sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it('given every documented code, when looking for fixtures, then one reports it', () => {
    const reported = new Set(
      invalidFiles.flatMap((f) =>
        readExpected(f.replace(definition, '')).diagnostics.map((d) => d.code),
      ),
    );
    expect(documented.filter((c) => !reported.has(c))).toEqual([]);
  });

  it('given every documented code, when reading its section, then it states its severity', () => {
    for (const code of documented) {
      const section = doc.slice(doc.indexOf(`### \`${code}\``)).split('\n### ')[0] as string;
      const info = DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES];
      expect(section, code).toContain(`Severity: ${info.severity}`);
    }
  });
});

describe('rules', () => {
  it('given the registry, when listing rule codes, then each rule code is declared by exactly one rule', () => {
    const declared = RULES.flatMap((r) => r.codes);
    const ruleCodes = Object.entries(DIAGNOSTIC_CODES)
      .filter(([, info]) => info.source === 'rule')
      .map(([code]) => code);
    expect(declared.slice().sort()).toEqual(ruleCodes.sort());
  });
});
