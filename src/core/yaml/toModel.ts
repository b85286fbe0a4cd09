import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  CATCH_FIELDS,
  CHOICE_BRANCH_FIELDS,
  RETRY_FIELDS,
  STATE_FIELDS,
  TOP_LEVEL_FIELDS,
  type FieldSpec,
} from '../model/fieldSpec';
import type { TextRange } from '../model/range';
import {
  branchScopePath,
  childPath,
  escapeSegment,
  type ScopePath,
  type StatePath,
} from '../model/statePath';
import {
  STATE_TYPES,
  isStateType,
  type Scope,
  type State,
  type StateMachine,
  type StateType,
} from '../model/types';
import { ParseContext, locOf, rangeOf, setOwn } from './context';
import { simpleValue, suggest, tableObject, type FieldEnv } from './fieldValue';
import { scalarKey } from './toJson';
import type { NodeLoc, SourceMap, StateLoc } from './types';

/** A list item the model leaves out (no name, unknown type, duplicate name), for validation. */
export interface SkippedState {
  scope: ScopePath;
  name: string | null;
  range: TextRange;
}

export interface ModelBuild {
  model: StateMachine;
  sourceMap: SourceMap;
  skipped: SkippedState[];
}

const ALL_STATE_FIELDS = new Set(STATE_TYPES.flatMap((t) => STATE_FIELDS[t].map((f) => f.name)));
/** Field specs by name, per state type: one lookup per field instead of a scan of the table. */
const SPEC_BY_TYPE = new Map<StateType, Map<string, FieldSpec>>(
  STATE_TYPES.map((t) => [t, new Map(STATE_FIELDS[t].map((f) => [f.name, f]))]),
);
const TOP_SPECS = new Map(TOP_LEVEL_FIELDS.map((f) => [f.name, f]));

/**
 * Builds the typed model and the source map from a parsed root mapping. Shape problems (wrong
 * kinds, unknown or misplaced fields, states without a usable Name or Type, duplicate names)
 * are reported here, once, at their location; semantic rules live in validate/.
 */
export function toModel(root: YAMLMap, ctx: ParseContext): ModelBuild {
  const sourceMap: SourceMap = { states: new Map(), top: new Map(), scopes: new Map() };
  const skipped: SkippedState[] = [];
  const model: StateMachine = { States: [] };
  const whole = rangeOf(root, { start: 0, end: ctx.text.length });
  const seen = new Set<string>();
  const topEnv: FieldEnv = { ctx, record: (p, loc) => sourceMap.top.set(p, loc), where: {} };
  for (const pair of root.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const key = scalarKey(keyNode, ctx, whole);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const valueNode = pair.value as Node | null;
    sourceMap.top.set(key, locOf(valueNode, keyNode, whole));
    const keyRange = rangeOf(keyNode, whole);
    if (key === 'States') {
      const loc = locOf(valueNode, keyNode, whole);
      const entry = sourceMap.scopes.get('') ?? {};
      entry.states = loc;
      sourceMap.scopes.set('', entry);
      model.States = readStates(valueNode, '', keyRange, { ctx, sourceMap, skipped });
      continue;
    }
    const spec = TOP_SPECS.get(key);
    if (!spec) {
      ctx.report(
        'warning',
        'unknown-field',
        `Unknown top-level field "${key}".${suggest(
          key,
          TOP_LEVEL_FIELDS.map((f) => f.name),
        )} A definition has Type, SpecVersion, Name, Description, StartAt and States.`,
        keyRange,
        { field: key },
      );
      continue;
    }
    const value = simpleValue({ ...topEnv, where: { field: key } }, spec, valueNode, keyRange, key);
    if (value !== undefined) setOwn(model as unknown as Record<string, unknown>, key, value);
    if (key === 'StartAt') {
      const entry = sourceMap.scopes.get('') ?? {};
      entry.startAt = locOf(valueNode, keyNode, whole);
      sourceMap.scopes.set('', entry);
    }
  }
  return { model, sourceMap, skipped };
}

interface Walk {
  ctx: ParseContext;
  sourceMap: SourceMap;
  skipped: SkippedState[];
}

function readStates(node: Node | null, scope: ScopePath, keyRange: TextRange, w: Walk): State[] {
  if (!node || !isSeq(node)) {
    w.ctx.report(
      'error',
      'field-type',
      'States must be a list of states, each starting with "- Type: …".',
      rangeOf(node, keyRange),
      { field: scope === '' ? 'States' : undefined },
    );
    return [];
  }
  const states: State[] = [];
  const names = new Set<string>();
  const listRange = rangeOf(node, keyRange);
  for (const item of (node as YAMLSeq).items) {
    const state = readState(item as Node | null, scope, listRange, names, w);
    if (state) states.push(state);
  }
  return states;
}

interface KeyedValue {
  value: unknown;
  node: Node | null;
  keyNode: Node | null;
}

/** The first `Name` and `Type` pairs of a state mapping, found in one pass. */
function nameAndType(map: YAMLMap): { name: KeyedValue | null; type: KeyedValue | null } {
  let name: KeyedValue | null = null;
  let type: KeyedValue | null = null;
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const k = pair.key.value;
    if ((k === 'Name' && !name) || (k === 'Type' && !type)) {
      const v = pair.value as Node | null;
      const found = { value: v && isScalar(v) ? v.value : undefined, node: v, keyNode: pair.key };
      if (k === 'Name') name = found;
      else type = found;
      if (name && type) break;
    }
  }
  return { name, type };
}

function readState(
  node: Node | null,
  scope: ScopePath,
  listRange: TextRange,
  names: Set<string>,
  w: Walk,
): State | null {
  const { ctx } = w;
  const range = rangeOf(node, listRange);
  if (!node || !isMap(node)) {
    ctx.report(
      'error',
      'state-not-a-mapping',
      'Each entry of States must be a mapping with at least Type and Name (did you miss a space after a colon?).',
      range,
    );
    w.skipped.push({ scope, name: null, range });
    return null;
  }
  const { name: nameField, type: typeField } = nameAndType(node);
  if (!nameField || typeof nameField.value !== 'string' || nameField.value === '') {
    const r = nameField
      ? rangeOf(nameField.node, range)
      : rangeOf(typeField?.keyNode ?? node, range);
    ctx.report(
      'error',
      'state-name-missing',
      nameField
        ? 'Name must be non-empty text.'
        : 'This state has no Name; every state needs a name unique in its scope.',
      r,
    );
    w.skipped.push({ scope, name: null, range });
    return null;
  }
  const name = nameField.value;
  const path: StatePath = childPath(scope, name);
  if (!typeField || !isStateType(typeField.value)) {
    const got = typeField?.value;
    const msg = !typeField
      ? `State "${name}" has no Type. Use one of ${STATE_TYPES.join(', ')}.`
      : `Unknown state type "${String(got)}".${typeof got === 'string' ? suggest(got, STATE_TYPES) : ''} Use one of ${STATE_TYPES.join(', ')} (case-sensitive).`;
    ctx.report(
      'error',
      typeField ? 'state-type-unknown' : 'state-type-missing',
      msg,
      rangeOf(typeField?.node ?? nameField.keyNode, range),
      { path, field: 'Type' },
    );
    w.skipped.push({ scope, name, range });
    return null;
  }
  if (names.has(name)) {
    ctx.report(
      'error',
      'duplicate-state-name',
      `Another state in this scope is already named "${name}"; names must be unique within a scope. Rename one of them.`,
      rangeOf(nameField.node, range),
      { path, field: 'Name' },
    );
    w.skipped.push({ scope, name, range });
    return null;
  }
  names.add(name);
  const type: StateType = typeField.value;
  const fields = new Map<string, NodeLoc>();
  const itemStart = findItemStart(ctx.text, range.start);
  const loc: StateLoc = {
    path,
    scope,
    range,
    itemRange: { start: itemStart, end: range.end },
    fields,
  };
  w.sourceMap.states.set(path, loc);
  const record = (p: string, l: NodeLoc) => fields.set(p, l);
  const specs = SPEC_BY_TYPE.get(type) as Map<string, FieldSpec>;
  const state: Record<string, unknown> = {};
  const seen = new Set<string>();
  const where = { path };
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const key = scalarKey(keyNode, ctx, range, where);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const valueNode = pair.value as Node | null;
    const field = escapeSegment(key);
    const fieldLoc = locOf(valueNode, keyNode, range);
    fields.set(field, fieldLoc);
    const keyRange = fieldLoc.keyRange ?? range;
    const spec = specs.get(key);
    if (!spec) {
      reportMisplaced(ctx, type, key, keyRange, path);
      continue;
    }
    const fenv: FieldEnv = { ctx, record, where: { path, field } };
    const value = readField(fenv, spec, valueNode, keyRange, path, w);
    if (value !== undefined) setOwn(state, key, value);
  }
  return state as unknown as State;
}

/** Offset of the `- ` marker that opens a list item whose mapping starts at `start`. */
function findItemStart(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '-' ? i : start;
}

function reportMisplaced(
  ctx: ParseContext,
  type: StateType,
  key: string,
  keyRange: TextRange,
  path: StatePath,
): void {
  if (ALL_STATE_FIELDS.has(key)) {
    const owners = STATE_TYPES.filter((t) => STATE_FIELDS[t].some((f) => f.name === key));
    const extra =
      key === 'Next' && type === 'Choice'
        ? ' A Choice moves on through its Branches (each with Next) and Default.'
        : (key === 'Retry' || key === 'Catch') && !owners.includes(type)
          ? ` Only ${owners.join(', ')} states handle errors.`
          : key === 'Next' && (type === 'Succeed' || type === 'Fail')
            ? ` A ${type} state ends its scope; it cannot transition.`
            : ` It belongs to ${owners.join(', ')} states.`;
    ctx.report(
      'error',
      'field-not-allowed',
      `A ${type} state cannot have ${key}.${extra}`,
      keyRange,
      { path, field: escapeSegment(key) },
    );
  } else {
    const names = STATE_FIELDS[type].map((f) => f.name);
    ctx.report(
      'warning',
      'unknown-field',
      `Unknown field "${key}" on a ${type} state.${suggest(key, names)}`,
      keyRange,
      { path, field: escapeSegment(key) },
    );
  }
}

/** A list of small mappings (Retry or Catch rules, Choice branches), each read by its table. */
function seqOfMaps(
  env: FieldEnv,
  spec: FieldSpec,
  node: Node | null,
  keyRange: TextRange,
  path: StatePath,
  fields: readonly FieldSpec[],
  what: string,
): unknown {
  const field = spec.name;
  if (!node || !isSeq(node))
    return (
      simpleValue(env, { ...spec, kind: 'stringList' as const }, null, keyRange, field) ?? undefined
    );
  const out: Record<string, unknown>[] = [];
  const listRange = rangeOf(node, keyRange);
  node.items.forEach((item, i) => {
    const n = item as Node | null;
    const p = `${field}/${i}`;
    env.record(p, locOf(n, null, listRange));
    if (!n || !isMap(n)) {
      env.ctx.report(
        'error',
        'field-type',
        `Each entry of ${field} must be a mapping (${what}), not ${n && isScalar(n) ? `the text "${String(n.value)}" — add a space after the colon` : 'this value'}.`,
        rangeOf(n, keyRange),
        { path, field: p },
      );
      return;
    }
    out.push(
      tableObject(
        { ctx: env.ctx, record: env.record, where: { path, field: p } },
        fields,
        n,
        p,
        what,
      ),
    );
  });
  return out;
}

function readField(
  env: FieldEnv,
  spec: FieldSpec,
  node: Node | null,
  keyRange: TextRange,
  path: StatePath,
  w: Walk,
): unknown {
  const field = spec.name;
  switch (spec.kind) {
    case 'retryList':
      return seqOfMaps(env, spec, node, keyRange, path, RETRY_FIELDS, 'a retry policy');
    case 'catchList':
      return seqOfMaps(env, spec, node, keyRange, path, CATCH_FIELDS, 'a capture rule');
    case 'choiceBranches':
      return seqOfMaps(
        env,
        spec,
        node,
        keyRange,
        path,
        CHOICE_BRANCH_FIELDS,
        'a Condition and a Next',
      );
    case 'parallelBranches': {
      if (!node || !isSeq(node)) {
        env.ctx.report(
          'error',
          'field-type',
          'Branches of a Parallel state must be a list of {StartAt, States} scopes.',
          rangeOf(node, keyRange),
          env.where,
        );
        return undefined;
      }
      return node.items.map((item, i) =>
        readScope(item as Node | null, branchScopePath(path, i), `${field}/${i}`, keyRange, env, w),
      );
    }
    case 'scope':
      return readScope(node, path, field, keyRange, env, w);
    default:
      return simpleValue(env, spec, node, keyRange, field);
  }
}

/** Reads a `{StartAt, States}` scope (Parallel branch or Map Processor). */
function readScope(
  node: Node | null,
  scopePath: ScopePath,
  fieldPath: string,
  keyRange: TextRange,
  env: FieldEnv,
  w: Walk,
): Scope {
  const scope: Scope = { States: [] };
  env.record(fieldPath, locOf(node, null, keyRange));
  if (!node || !isMap(node)) {
    env.ctx.report(
      'error',
      'field-type',
      `${fieldPath.startsWith('Processor') ? 'Processor' : 'Each branch'} must be a mapping with StartAt and States.`,
      rangeOf(node, keyRange),
      { ...env.where, field: fieldPath },
    );
    return scope;
  }
  const entry: { startAt?: NodeLoc; states?: NodeLoc } = {};
  w.sourceMap.scopes.set(scopePath, entry);
  const whole = rangeOf(node, keyRange);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const key = scalarKey(keyNode, env.ctx, whole, env.where);
    if (key === null) continue;
    const valueNode = pair.value as Node | null;
    const loc = locOf(valueNode, keyNode, whole);
    const p = `${fieldPath}/${escapeSegment(key)}`;
    if (key === 'StartAt') {
      env.record(p, loc);
      entry.startAt = loc;
      const v = valueNode && isScalar(valueNode) ? valueNode.value : undefined;
      if (typeof v === 'string') scope.StartAt = v;
      else
        env.ctx.report(
          'error',
          'field-type',
          'StartAt must be the name of a state (text).',
          rangeOf(valueNode, rangeOf(keyNode, whole)),
          { ...env.where, field: p },
        );
    } else if (key === 'States') {
      entry.states = loc;
      scope.States = readStates(valueNode, scopePath, rangeOf(keyNode, whole), w);
    } else {
      env.record(p, loc);
      env.ctx.report(
        'warning',
        'unknown-field',
        `Unknown field "${key}" in a scope; a scope has only StartAt and States.${suggest(key, ['StartAt', 'States'])}`,
        rangeOf(keyNode, whole),
        { ...env.where, field: p },
      );
    }
  }
  return scope;
}
