import {
  CATCH_FIELDS,
  CHOICE_BRANCH_FIELDS,
  RETRY_FIELDS,
  SCOPE_FIELDS,
  STATE_FIELDS,
  TOP_LEVEL_FIELDS,
  type FieldSpec,
} from '../model/fieldSpec';
import { STATE_TYPES, type StateType } from '../model/types';
import { stateSnippets } from './stateSnippets';

/** A JSON Schema (draft 7 subset understood by yaml-language-server) as plain data. */
export type JsonSchema = { [key: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

/** The schema of one field value, from its kind in the field catalogue. */
function fieldSchema(f: FieldSpec): JsonSchema {
  const doc = { description: f.description, markdownDescription: f.description };
  const bounds: JsonSchema = {};
  if (f.min !== undefined) bounds.minimum = f.min;
  if (f.max !== undefined) bounds.maximum = f.max;
  switch (f.kind) {
    case 'string':
    case 'expression':
      return f.enum ? { ...doc, type: 'string', enum: [...f.enum] } : { ...doc, type: 'string' };
    case 'boolean':
      return { ...doc, type: 'boolean' };
    case 'integer':
      return { ...doc, type: 'integer', ...bounds };
    case 'number':
      return { ...doc, type: 'number', ...bounds };
    case 'secondsLike':
      // The docs type Timeout as a string; numbers and numeric strings are both accepted.
      return {
        ...doc,
        anyOf: [
          { type: 'integer', ...bounds },
          { type: 'string', pattern: '^[0-9]+$' },
        ],
      };
    case 'constructor':
    case 'object':
      return { ...doc, type: 'object' };
    case 'any':
      return { ...doc };
    case 'stringList':
      return { ...doc, type: 'array', items: { type: 'string' } };
    case 'retryList':
      return { ...doc, type: 'array', items: ref('retry') };
    case 'catchList':
      return { ...doc, type: 'array', items: ref('catch') };
    case 'choiceBranches':
      return { ...doc, type: 'array', items: ref('choiceBranch') };
    case 'parallelBranches':
      return { ...doc, type: 'array', items: ref('scope'), ...(f.max ? { maxItems: f.max } : {}) };
    case 'scope':
      // `States` is the list of a scope; `Processor` is a whole `{StartAt, States}` scope.
      return f.name === 'States'
        ? { ...doc, type: 'array', items: ref('state') }
        : { ...doc, ...ref('scope') };
  }
}

/** A closed object schema from a list of field specs. */
function objectOf(fields: readonly FieldSpec[], extra: JsonSchema = {}): JsonSchema {
  const properties: JsonSchema = {};
  for (const f of fields) properties[f.name] = fieldSchema(f);
  return {
    type: 'object',
    properties,
    required: fields.filter((f) => f.required === true).map((f) => f.name),
    additionalProperties: false,
    ...extra,
  };
}

/** Per-type state schema: every field of that type, `Type` pinned to the type. */
function stateOfType(type: StateType): JsonSchema {
  const schema = objectOf(STATE_FIELDS[type]);
  const properties = schema.properties as JsonSchema;
  properties.Type = { ...(properties.Type as JsonSchema), const: type };
  return schema;
}

/**
 * The JSON Schema of FDL, generated from the field catalogue (`model/fieldSpec.ts`), so the YAML
 * editor's completion, hover and schema checks never drift from the core model. The state schema
 * dispatches on `Type` with `if`/`then` (one branch per state type); scopes recurse through
 * `definitions.scope`. Each state type carries a `defaultSnippets` entry for the editor.
 *
 * It is a help for typing, not the validator: `validate/` stays the authority on diagnostics.
 */
export function fdlJsonSchema(): JsonSchema {
  const definitions: JsonSchema = {
    retry: objectOf(RETRY_FIELDS),
    catch: objectOf(CATCH_FIELDS),
    choiceBranch: objectOf(CHOICE_BRANCH_FIELDS),
    scope: objectOf(SCOPE_FIELDS),
    state: {
      type: 'object',
      description: 'A state: its `Type` decides which other fields apply.',
      required: ['Name', 'Type'],
      properties: {
        Type: {
          type: 'string',
          enum: [...STATE_TYPES],
          description: 'One of Task, Pass, Wait, Choice, Parallel, Map, Succeed, Fail.',
        },
        Name: { type: 'string', description: STATE_FIELDS.Pass[0]?.description },
      },
      allOf: STATE_TYPES.map((t) => ({
        if: { properties: { Type: { const: t } }, required: ['Type'] },
        then: ref(t),
      })),
      defaultSnippets: stateSnippets(),
    },
  };
  for (const t of STATE_TYPES) definitions[t] = stateOfType(t);
  const top = objectOf(TOP_LEVEL_FIELDS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://fdl-studio.dev/schema/fdl-v1.json',
    title: 'CloudFlow FDL v1 workflow',
    ...top,
    definitions,
  };
}
