import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate';
import { parseSource } from './parseSource';

const fixtures = join(__dirname, '../../../fixtures/valid');
const samples = readdirSync(fixtures)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

/** Fragments that stress the parser and the rules: YAML syntax, hostile constructs, FDL keys. */
const PIECES = [
  '\n',
  '  ',
  '- ',
  ': ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '<<: ',
  '!Ref ',
  '|\n',
  '>-\n',
  '__proto__',
  'Type',
  'Name',
  'Next',
  'End: true',
  'States',
  'StartAt',
  'Branches',
  'Processor',
  'Retry',
  'Catch',
  'Condition: ',
  '.$',
  '$Input.a',
  'Task',
  'Choice',
  'Parallel',
  'Map',
  '\t',
  '\r\n',
  '\u00e9',
  '\ud83d\ude00',
];

const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A valid fixture with a few random edits: what a user mid-keystroke produces. */
const editedSample = fc
  .record({
    sample: fc.integer({ min: 0, max: samples.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 6 }),
        insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ sample, edits }) => {
    let text = samples[sample] as string;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    }
    return text;
  });

/** The invariants every parse and validation keeps, whatever the text. */
function check(text: string): void {
  const parsed = parseSource(text);
  for (const mode of ['Standard', 'Express'] as const) {
    const found = validate(parsed, { mode });
    const lines = parsed.lineIndex.lineCount;
    for (const d of found) {
      expect(d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.range.start).toBeGreaterThanOrEqual(0);
      expect(d.range.end).toBeLessThanOrEqual(text.length);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.endLine).toBeLessThanOrEqual(lines);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  }
  if (!parsed.ok) expect(parsed.model).toBeNull();
  // The model is plain data: JSON round-trips it (no cycles from aliases, no getters).
  expect(() => JSON.stringify(parsed.model)).not.toThrow();
}

describe('parseSource and validate on arbitrary text', () => {
  it('given text made of YAML and FDL fragments, when parsed and validated, then nothing throws and every diagnostic lies inside the text', () => {
    fc.assert(
      fc.property(fragmentText, (text) => check(text)),
      { numRuns: 300 },
    );
  }, 120_000);

  it('given a valid fixture with random edits, when parsed and validated, then nothing throws and every diagnostic lies inside the text', () => {
    fc.assert(
      fc.property(editedSample, (text) => check(text)),
      { numRuns: 150 },
    );
  }, 120_000);
});
