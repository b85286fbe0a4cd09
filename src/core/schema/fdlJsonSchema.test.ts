import { describe, expect, it } from 'vitest';
import { STATE_FIELDS } from '../model/fieldSpec';
import { STATE_TYPES } from '../model/types';
import { fdlJsonSchema, type JsonSchema } from './fdlJsonSchema';

/**
 * A tiny JSON Schema checker for the keywords the generator emits (type, enum, const,
 * properties, required, additionalProperties, items, $ref, allOf, anyOf, if/then, min/max).
 * Returns the list of failures as "path: reason".
 */
function check(root: JsonSchema, schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errs: string[] = [];
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = (root.definitions as JsonSchema)[name] as JsonSchema;
    errs.push(...check(root, target, value, path));
  }
  const t = schema.type;
  const isObj = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (t === 'object' && !isObj) errs.push(`${path}: not an object`);
  if (t === 'array' && !Array.isArray(value)) errs.push(`${path}: not an array`);
  if (t === 'string' && typeof value !== 'string') errs.push(`${path}: not a string`);
  if (t === 'boolean' && typeof value !== 'boolean') errs.push(`${path}: not a boolean`);
  if (t === 'integer' && !Number.isInteger(value)) errs.push(`${path}: not an integer`);
  if (t === 'number' && typeof value !== 'number') errs.push(`${path}: not a number`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errs.push(`${path}: not in enum`);
  if ('const' in schema && schema.const !== value)
    errs.push(`${path}: not ${String(schema.const)}`);
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum)
    errs.push(`${path}: below minimum`);
  if (typeof schema.maximum === 'number' && typeof value === 'number' && value > schema.maximum)
    errs.push(`${path}: above maximum`);
  if (isObj) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as JsonSchema;
    for (const r of (schema.required ?? []) as string[])
      if (!(r in obj)) errs.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) errs.push(...check(root, props[k] as JsonSchema, v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${path}: unknown field ${k}`);
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) =>
      errs.push(...check(root, schema.items as JsonSchema, v, `${path}[${i}]`)),
    );
  for (const sub of (schema.allOf ?? []) as JsonSchema[])
    errs.push(...check(root, sub, value, path));
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((s) => check(root, s, value, path).length === 0)
  )
    errs.push(`${path}: matches no alternative`);
  if (schema.if && check(root, schema.if as JsonSchema, value, path).length === 0 && schema.then)
    errs.push(...check(root, schema.then as JsonSchema, value, path));
  return errs;
}

const guideExample = {
  Type: 'StateMachine',
  Name: 'my-wkfl',
  SpecVersion: 'v1',
  StartAt: 'InvokeFunction',
  States: [
    {
      Type: 'Task',
      Name: 'InvokeFunction',
      Action: 'FC:InvokeFunction',
      TaskMode: 'RequestComplete',
      Parameters: {
        invocationType: 'Sync',
        resourceArn: 'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST',
      },
      Retry: [{ Errors: [], Description: 'Retry policy #1', MaxAttempts: 1, IntervalSeconds: 1 }],
      Next: 'Hello World',
      Catch: [
        { Errors: ['FC.AccessDenied'], Description: 'Error capture rule #1', Next: 'Hello World' },
      ],
    },
    { Type: 'Pass', Name: 'Hello World', End: true },
  ],
};

const nested = {
  Type: 'StateMachine',
  SpecVersion: 'v1',
  StartAt: 'Fanout',
  States: [
    {
      Type: 'Parallel',
      Name: 'Fanout',
      Branches: [
        {
          StartAt: 'Each',
          States: [
            {
              Type: 'Map',
              Name: 'Each',
              ItemsPath: '$Input.items',
              Processor: {
                StartAt: 'Check',
                States: [
                  {
                    Type: 'Choice',
                    Name: 'Check',
                    Branches: [{ Condition: '$Input.ok == true', Next: 'Done' }],
                    Default: 'Stop',
                  },
                  { Type: 'Succeed', Name: 'Done' },
                  { Type: 'Fail', Name: 'Stop', Code: 'E', Detail: 'bad' },
                ],
              },
              End: true,
            },
          ],
        },
      ],
      Next: 'Later',
    },
    { Type: 'Wait', Name: 'Later', Seconds: 5, Next: 'Ask' },
    { Type: 'Task', Name: 'Ask', Action: 'HTTP:Request', Timeout: '30', End: true },
  ],
};

describe('fdlJsonSchema', () => {
  const schema = fdlJsonSchema();

  it('accepts the guide example', () => {
    // given the seed guide's example, when checked, then no failure
    expect(check(schema, schema, guideExample)).toEqual([]);
  });

  it('accepts nested Parallel, Map and Choice scopes (recursion through scope)', () => {
    expect(check(schema, schema, nested)).toEqual([]);
  });

  it('rejects a field that does not belong to the state type', () => {
    // given a Pass with a Task-only field
    const doc = {
      ...guideExample,
      States: [{ Type: 'Pass', Name: 'P', Action: 'FC:X', End: true }],
    };
    // then the Pass branch of the schema reports it
    expect(check(schema, schema, doc)).toContain('$.States[0]: unknown field Action');
  });

  it('rejects a Task without Action and an unknown TaskMode', () => {
    const doc = {
      ...guideExample,
      States: [{ Type: 'Task', Name: 'T', TaskMode: 'Later', End: true }],
    };
    const errs = check(schema, schema, doc);
    expect(errs).toContain('$.States[0]: missing Action');
    expect(errs).toContain('$.States[0].TaskMode: not in enum');
  });

  it('rejects an out-of-range Wait and a wrong top-level SpecVersion', () => {
    const doc = {
      ...nested,
      SpecVersion: 'v2',
      States: [{ Type: 'Wait', Name: 'W', Seconds: 999, End: true }],
    };
    const errs = check(schema, schema, doc);
    expect(errs).toContain('$.SpecVersion: not in enum');
    expect(errs).toContain('$.States[0].Seconds: above maximum');
  });

  it('documents every field of every state type (hover text)', () => {
    const defs = schema.definitions as JsonSchema;
    for (const t of STATE_TYPES) {
      const props = (defs[t] as JsonSchema).properties as Record<string, JsonSchema>;
      for (const f of STATE_FIELDS[t]) {
        expect(props[f.name]?.description, `${t}.${f.name}`).toBe(f.description);
      }
    }
  });

  it('offers one snippet per state type whose body is itself a valid state shape', () => {
    const defs = schema.definitions as JsonSchema;
    const snippets = (defs.state as JsonSchema).defaultSnippets as { body: JsonSchema }[];
    expect(snippets.map((s) => s.body.Type)).toEqual([...STATE_TYPES]);
    for (const s of snippets) {
      const errs = check(schema, defs.state as JsonSchema, s.body).filter(
        (e) => !e.includes('integer'),
      );
      expect(errs, String(s.body.Type)).toEqual([]);
    }
  });
});
