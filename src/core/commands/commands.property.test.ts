import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../editor/createEditorStore';
import type { EditorStore } from '../editor/editorState';
import { childPath, scopeOf } from '../model/statePath';
import { STATE_TYPES } from '../model/types';
import { transitionTargets, walkScopes, walkStates } from '../model/walkStates';
import type { InsertionPoint } from './container/canMove';
import type { CommandArgsMap, CommandName } from './registry';
import { randomDocument, type DocSpec } from './testing/randomDocument';

type Step = { kind: number; a: number; b: number; c: number };
type Call = { [K in CommandName]: { name: K; args: CommandArgsMap[K] } }[CommandName];

/**
 * A random insertion point: on a transition (its `Next` with no field, or any transition field
 * named: a Choice branch, `Default`, a Catch rule), at a scope's start, after an end, or a new
 * branch.
 */
function moveTarget(
  states: ReturnType<typeof walkStates>,
  scope: string,
  parallel: string,
  step: Step,
): InsertionPoint {
  const u = states[step.c % states.length];
  const next =
    u && 'Next' in u.state && typeof u.state.Next === 'string' ? u.state.Next : undefined;
  switch ((step.a + step.b) % 4) {
    case 0: {
      const edges = u ? transitionTargets(u.state) : [];
      const edge = edges[step.b % Math.max(1, edges.length)];
      if (u && edge && step.c % 2 === 1) {
        const before = childPath(u.scope, edge.target);
        return { kind: 'between', scope: u.scope, after: u.path, before, field: edge.field };
      }
      return u && next !== undefined
        ? { kind: 'between', scope: u.scope, after: u.path, before: childPath(u.scope, next) }
        : { kind: 'first', scope };
    }
    case 1:
      return u ? { kind: 'after', scope: u.scope, after: u.path } : { kind: 'first', scope };
    case 2:
      return { kind: 'newBranch', parallel };
    default:
      return { kind: 'first', scope };
  }
}

/** Maps random numbers to a concrete command on the current model (it may still be refused). */
function pick(store: EditorStore, step: Step): Call | undefined {
  const model = store.getState().lastGood?.model;
  if (!model) return undefined;
  const states = walkStates(model);
  const scopes = walkScopes(model);
  const s = states[step.a % states.length];
  const t = states[step.b % states.length];
  const scope = scopes[step.b % scopes.length];
  if (!s || !t || !scope) return undefined;
  const type = STATE_TYPES[step.c % STATE_TYPES.length] ?? 'Pass';
  const sibling = states.filter((e) => e.scope === s.scope)[
    step.b % Math.max(1, s.owner.States.length)
  ];
  const field = [
    'Description',
    'Retry/0/IntervalSeconds',
    'InputConstructor/k.$',
    'Parameters/body/x',
    'Seconds',
  ][step.c % 5] as string;
  const ofType = (ty: string) => {
    const list = states.filter((e) => e.state.Type === ty);
    return list[step.a % Math.max(1, list.length)] ?? s;
  };
  const choice = ofType('Choice');
  const par = ofType('Parallel');
  const task = ofType('Task');
  const near = (e: typeof s) =>
    states.filter((x) => x.scope === e.scope && x.path !== e.path)[step.b % 7]?.path ?? t.path;
  // One transition of s, named by its field (a branch, Default, a Catch rule or Next).
  const edges = transitionTargets(s.state);
  const edge = edges[step.c % Math.max(1, edges.length)];
  const onField = {
    from: s.path,
    to: childPath(s.scope, edge?.target ?? t.state.Name),
    field: edge?.field ?? 'Next',
  };
  const calls: Call[] = [
    { name: 'state.add', args: { type, scope: scope.path, index: step.c } },
    { name: 'state.remove', args: { path: s.path } },
    {
      name: 'state.rename',
      args: { path: s.path, newName: `${s.state.Name}_${step.c % 3 === 0 ? 'yes' : step.c}` },
    },
    { name: 'state.duplicate', args: { path: s.path } },
    { name: 'state.changeType', args: { path: s.path, type } },
    { name: 'container.moveState', args: { path: s.path, scope: scope.path, index: step.c } },
    {
      name: 'state.move',
      args: { path: s.path, to: moveTarget(states, scope.path, par.path, step) },
    },
    {
      name: 'document.setField',
      args: {
        field: step.c % 2 ? 'Name' : 'Description',
        value: step.c % 3 ? `d ${step.c}` : undefined,
      },
    },
    { name: 'transition.setNext', args: { path: s.path, target: sibling?.path ?? t.path } },
    { name: 'transition.setEnd', args: { path: s.path } },
    { name: 'transition.clearNext', args: { path: s.path } },
    { name: 'scope.setStartAt', args: { scope: scopeOf(s.path), target: s.path } },
    { name: 'choice.addBranch', args: { path: choice.path, next: near(choice) } },
    { name: 'choice.removeBranch', args: { path: choice.path, index: step.c % 2 } },
    { name: 'choice.reorderBranches', args: { path: choice.path, from: 0, to: 1 } },
    {
      name: 'choice.setDefault',
      args: { path: choice.path, target: step.c % 4 ? near(choice) : null },
    },
    { name: 'parallel.addBranch', args: { path: par.path } },
    { name: 'parallel.removeBranch', args: { path: par.path, index: 0 } },
    { name: 'catch.setTarget', args: { path: task.path, index: step.c % 2, target: near(task) } },
    {
      name: 'state.setField',
      args: { path: s.path, field, value: step.c % 2 ? step.c : `v: ${step.c}` },
    },
    { name: 'state.unsetField', args: { path: s.path, field } },
    {
      name: 'state.paste',
      args: {
        scope: scope.path,
        yaml: `- Type: Pass\n  Name: ${t.state.Name}  # pasted\n  End: true\n`,
      },
    },
    {
      name: 'state.add',
      args: { type: 'Pass', between: { from: s.path, to: sibling?.path ?? t.path } },
    },
    { name: 'state.add', args: { type, between: onField } },
    {
      name: 'state.paste',
      args: { scope: s.scope, yaml: `- Type: Wait\n  Name: W\n  Seconds: 1\n`, between: onField },
    },
  ];
  return calls[step.kind % calls.length];
}

const docSpec: fc.Arbitrary<DocSpec> = fc.record({
  unit: fc.constantFrom(2 as const, 4 as const),
  indentSeq: fc.boolean(),
  typeFirst: fc.boolean(),
  crlf: fc.boolean(),
  states: fc.array(
    fc.record({
      type: fc.nat(7),
      comment: fc.boolean(),
      blank: fc.boolean(),
      long: fc.boolean(),
      flow: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});
const steps = fc.array(
  fc.record({ kind: fc.nat(40), a: fc.nat(50), b: fc.nat(50), c: fc.nat(50) }),
  {
    minLength: 1,
    maxLength: 12,
  },
);

describe('commands (property)', () => {
  it('given random valid documents and random command sequences, then every step parses and undo-all restores the bytes', () => {
    fc.assert(
      fc.property(docSpec, steps, (spec, seq) => {
        const original = randomDocument(spec);
        const noop = { parse: undefined, validate: () => [], graph: () => null };
        const store = createEditorStore(original, {
          derive: { validate: noop.validate, graph: noop.graph },
        });
        expect(store.getState().parse.ok).toBe(true);
        const texts = [original];
        for (const step of seq) {
          const call = pick(store, step);
          if (!call) continue;
          const r = store.getState().execute(call.name, call.args as never);
          if (!r.ok) {
            expect(r.reason, `${call.name} ${JSON.stringify(call.args)}`).not.toMatch(/unreadable/);
            continue;
          }
          const { parse, source } = store.getState();
          expect(parse.ok, `${call.name} ${JSON.stringify(call.args)}\n${source}`).toBe(true);
          if (r.changed) texts.push(source);
        }
        const final = store.getState().source;
        if (spec.crlf) expect(final.replace(/\r\n/g, '')).not.toContain('\n');
        while (store.getState().undo());
        expect(store.getState().source).toBe(original);
        while (store.getState().redo());
        expect(store.getState().source).toBe(final);
        expect(store.getState().history.undo.length).toBe(texts.length - 1);
      }),
      { numRuns: 100 },
    );
  });
});
