import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from './parseSource';
import { stateAtOffset, scalarContentStart } from './sourceQueries';
import { documentToJson } from './documentToJson';

const fixtures = join(__dirname, '../../../fixtures/valid');
const codes = (text: string) => parseSource(text).diagnostics.map((d) => `${d.line}:${d.code}`);

const head = 'Type: StateMachine\nSpecVersion: v1\nName: t\nStartAt: A\nStates:\n';

describe('parseSource on valid definitions', () => {
  it('given every valid fixture, when parsed, then a model exists and no parse errors are reported', () => {
    for (const f of readdirSync(fixtures).filter((n) => /\.(ya?ml|json)$/.test(n))) {
      const r = parseSource(readFileSync(join(fixtures, f), 'utf8'));
      expect(r.ok, f).toBe(true);
      expect(
        r.diagnostics.filter((d) => d.severity === 'error'),
        f,
      ).toEqual([]);
    }
  });

  it('given nested scopes, when parsed, then states get paths with branch indices and processor names', () => {
    const text =
      head +
      `  - Type: Parallel
    Name: Fan/out
    Branches:
      - StartAt: Check
        States:
          - Type: Map
            Name: Each
            ItemsPath: $Input.items
            Processor:
              StartAt: Resize
              States:
                - Type: Pass
                  Name: Resize
                  End: true
            End: true
    End: true
`;
    const r = parseSource(text);
    expect([...r.sourceMap.states.keys()]).toEqual([
      'Fan\\/out',
      'Fan\\/out/0/Each',
      'Fan\\/out/0/Each/Resize',
    ]);
    expect([...r.sourceMap.scopes.keys()]).toEqual(['', 'Fan\\/out/0', 'Fan\\/out/0/Each']);
    const resize = r.sourceMap.states.get('Fan\\/out/0/Each/Resize');
    expect(text.slice(resize!.itemRange.start, resize!.itemRange.end)).toMatch(
      /^- Type: Pass\n\s+Name: Resize\n\s+End: true$/,
    );
    expect(stateAtOffset(r.sourceMap, text.indexOf('Name: Resize'))).toBe(
      'Fan\\/out/0/Each/Resize',
    );
    expect(stateAtOffset(r.sourceMap, text.indexOf('ItemsPath'))).toBe('Fan\\/out/0/Each');
    // Fields of nested scopes belong to the child states, not to the container.
    const fanFields = [...r.sourceMap.states.get('Fan\\/out')!.fields.keys()];
    expect(fanFields).toContain('Branches/0/StartAt');
    expect(fanFields.some((f) => f.includes('Resize'))).toBe(false);
  });

  it('given JSON text (tabs included), when parsed, then it is read like YAML', () => {
    const r = parseSource(
      '{\n\t"Type": "StateMachine", "SpecVersion": "v1", "StartAt": "A",\n\t"States": [{"Type": "Pass", "Name": "A", "End": true}]\n}',
    );
    expect(r.ok).toBe(true);
    expect(r.model?.States[0]).toEqual({ Type: 'Pass', Name: 'A', End: true });
  });

  it('given quoted and block scalars, when asking for content start, then it skips quotes and headers', () => {
    const text = 'a: "x"\nb: |\n  line\n';
    expect(scalarContentStart(text, { start: 3, end: 6 })).toBe(4);
    expect(scalarContentStart(text, { start: 10, end: text.length })).toBe(text.indexOf('line'));
  });

  it('given a definition, when exported as JSON, then every field is kept in order', () => {
    const r = parseSource(head + '  - Type: Pass\n    Name: A\n    Custom: 1\n    End: true\n');
    expect(JSON.stringify(documentToJson(r))).toBe(
      '{"Type":"StateMachine","SpecVersion":"v1","Name":"t","StartAt":"A","States":[{"Type":"Pass","Name":"A","Custom":1,"End":true}]}',
    );
  });
});

describe('parseSource reports shape problems at their place', () => {
  it('given wrong kinds, unknown and misplaced fields, when parsed, then each is located', () => {
    const text =
      head +
      '  - Type: Pass\n    Name: A\n    Nxt: B\n    Retry: []\n    End: yes\n  - Type: Choice\n    Name: C\n    Next: A\n    Branches:\n      - Condition:$Input.x\n';
    expect(codes(text)).toEqual([
      '8:unknown-field',
      '9:field-not-allowed',
      '10:field-type',
      '13:field-not-allowed',
      '15:field-type',
    ]);
    expect(parseSource(text).diagnostics[0]!.message).toContain('Did you mean "Next"?');
  });

  it('given states without name or with an unknown type or a duplicate name, then they are left out and reported', () => {
    const text =
      head +
      '  - Type: Pass\n    End: true\n  - Type: pass\n    Name: B\n  - Type: Pass\n    Name: A\n    End: true\n  - Type: Pass\n    Name: A\n    End: true\n';
    const r = parseSource(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'state-name-missing',
      'state-type-unknown',
      'duplicate-state-name',
    ]);
    expect(r.diagnostics[1]!.message).toContain('Did you mean "Pass"?');
    expect(r.model?.States.map((s) => s.Name)).toEqual(['A']);
    expect(r.skipped.map((s) => s.name)).toEqual([null, 'B', 'A']);
  });

  it('given a syntax error, when parsed, then no model and a located yaml-syntax error', () => {
    const r = parseSource(head + '  - Type: Pass\n    Name: [A\n');
    expect(r.ok).toBe(false);
    expect(r.model).toBeNull();
    expect(r.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(r.diagnostics[0]?.line).toBeGreaterThanOrEqual(7);
  });

  it('given a legacy Serverless Workflow definition, then one legacy-syntax error and nothing else', () => {
    const r = parseSource('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: mypass\n');
    expect(r.legacy).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['legacy-syntax']);
    expect(r.diagnostics[0]?.message).toMatch(/legacy Serverless Workflow/);
  });

  it('given an empty document or a scalar, then a clear error', () => {
    expect(codes('')).toEqual(['1:document-empty']);
    expect(codes('# nothing\n')).toEqual(['1:document-empty']);
    expect(codes('hello')).toEqual(['1:not-a-mapping']);
  });
});

describe('parseSource on hostile input', () => {
  it('given an alias bomb, then aliases are refused and never expanded', () => {
    let text = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 1; i < 12; i++)
      text += `${'b'.repeat(i)}: &b${i} [${Array(9)
        .fill(i === 1 ? '*a' : `*b${i - 1}`)
        .join(',')}]\n`;
    const r = parseSource(text);
    expect(r.diagnostics.some((d) => d.code === 'yaml-alias')).toBe(true);
    expect(JSON.stringify(documentToJson(r)).length).toBeLessThan(10_000);
  });

  it('given a self-referencing alias, then no cyclic object is produced', () => {
    const r = parseSource('Type: StateMachine\nx: &A [ *A ]\n');
    expect(r.diagnostics.map((d) => d.code)).toContain('yaml-alias');
    expect(() => JSON.stringify(documentToJson(r))).not.toThrow();
  });

  it('given 100-level nesting (block or flow), then a document-too-deep error before parsing', () => {
    let block = '';
    for (let i = 0; i < 100; i++) block += `${'  '.repeat(i)}k${i}:\n`;
    expect(codes(block)).toEqual(['65:document-too-deep']);
    expect(parseSource('a: ' + '['.repeat(100) + ']'.repeat(100)).diagnostics[0]?.code).toBe(
      'document-too-deep',
    );
    expect(parseSource('a: "' + '['.repeat(100) + '"\n').ok).toBe(true);
    expect(parseSource('- '.repeat(100) + 'x\n').diagnostics[0]?.code).toBe('document-too-deep');
  });

  it('given a 10 MiB document, then document-too-large without parsing', () => {
    const r = parseSource('a: ' + 'x'.repeat(10 * 1024 * 1024));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['document-too-large']);
    expect(r.doc).toBeNull();
  });

  it('given a 20,000-key mapping with a duplicate, then it completes and reports the duplicate', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`);
    lines.push('k5: again');
    const r = parseSource(
      'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates: []\nParameters:\n' +
        lines.map((l) => '  ' + l).join('\n'),
    );
    expect(r.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.line)).toEqual([
      20_006,
    ]);
  });

  it('given __proto__ and constructor keys, then they are plain data and nothing is polluted', () => {
    const r = parseSource(
      head +
        '  - Type: Pass\n    Name: A\n    InputConstructor:\n      __proto__: {polluted: 1}\n      constructor: {prototype: {polluted: 2}}\n    End: true\n',
    );
    const ic = r.model?.States[0]?.InputConstructor as Record<string, unknown>;
    expect(Object.keys(ic)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(ic)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('given unknown tags and merge keys, then tags are errors and merge keys warnings', () => {
    const r = parseSource('Type: !Ref StateMachine\n<<: {a: 1}\n');
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(
      expect.arrayContaining(['error:yaml-unknown-tag', 'warning:yaml-merge-key']),
    );
  });

  it('given duplicate keys in a state, then the first value is the one in the model', () => {
    const r = parseSource(head + '  - Type: Pass\n    Name: A\n    Next: B\n    Next: C\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['duplicate-key']);
    expect(r.model?.States[0]).toMatchObject({ Next: 'B' });
  });
});
