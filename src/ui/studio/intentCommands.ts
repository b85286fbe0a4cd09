import {
  findState,
  hasNextOrEnd,
  nameOf,
  parseSource,
  scopeOf,
  stateRange,
  walkStates,
  childPath,
  type StatePath,
  type StateType,
} from '../../core';
import type { DropTarget } from '../canvas/dropZones';
import type { PaletteEntry } from '../palette/paletteCatalog';
import type { Step, StudioView } from './studioPort';

/** A named store command with its arguments. */
export interface Invocation {
  command: string;
  args: unknown;
}

/** A user gesture as store commands run in one history entry. */
export interface Gesture {
  label: string;
  steps: Step[];
  /** The states to select once the gesture ran, when its last command does not select them. */
  selectAfter?: () => readonly StatePath[];
}

type Refusal = { reason: string };

const first = (sel: readonly StatePath[] | undefined) => sel?.[0];

/** A free state name derived from `base` (`HTTPRequest`, `HTTPRequest1`, …), unique in the workflow. */
function freeName(view: StudioView, base: string): string {
  const used = new Set(view.model ? walkStates(view.model).map((e) => e.state.Name) : []);
  const clean = base.replace(/[^A-Za-z0-9_-]/g, '') || 'State';
  if (!used.has(clean)) return clean;
  for (let i = 1; ; i++) if (!used.has(`${clean}${i}`)) return `${clean}${i}`;
}

/** Steps that place one new state of `type` at `target` (the new state is selected after). */
function placeState(
  view: StudioView,
  type: StateType,
  target: DropTarget,
  name?: string,
): Step[] | Refusal {
  const named = name ? { name } : {};
  switch (target.kind) {
    case 'between':
      return [
        () => ({
          command: 'state.add',
          args: {
            type,
            between: { from: target.after, to: target.before, field: target.field },
            ...named,
          },
        }),
      ];
    case 'first': {
      const steps: Step[] = [
        () => ({ command: 'state.add', args: { type, scope: target.scope, index: 0, ...named } }),
        ({ selection }) => {
          const s = first(selection);
          return s
            ? { command: 'scope.setStartAt', args: { scope: target.scope, target: s } }
            : null;
        },
      ];
      if (target.before && hasNextOrEnd(type)) {
        const before = target.before;
        steps.push(({ selection }) => {
          const s = first(selection);
          return s ? { command: 'transition.setNext', args: { path: s, target: before } } : null;
        });
      }
      return steps;
    }
    case 'after': {
      const entry = view.model ? findState(view.model, target.after) : undefined;
      if (!entry) return { reason: `There is no state “${nameOf(target.after)}”.` };
      return [
        () => ({
          command: 'state.add',
          args: { type, scope: target.scope, index: entry.index + 1, ...named },
        }),
        ({ selection }) => {
          const s = first(selection);
          return s
            ? { command: 'transition.setNext', args: { path: target.after, target: s } }
            : null;
        },
        // Keep the new state selected (setNext does not change the selection).
      ];
    }
    case 'newBranch': {
      const steps: Step[] = [
        () => ({ command: 'parallel.addBranch', args: { path: target.parallel } }),
      ];
      if (type !== 'Pass') {
        steps.push(({ selection }) => {
          const s = first(selection);
          return s ? { command: 'state.changeType', args: { path: s, type } } : null;
        });
      }
      // The branch's placeholder takes the name a state of this type gets elsewhere.
      const newName = name ?? freeName(view, type);
      steps.push(({ selection }) => {
        const s = first(selection);
        return s ? { command: 'state.rename', args: { path: s, newName } } : null;
      });
      return steps;
    }
  }
}

/**
 * Indices of a fragment's exits: its states that continue nowhere yet (no `Next`, no `End`, of a
 * type that takes one). The drop wires them to the state after the drop place (or ends them).
 * Falls back to the last state when the fragment does not say.
 */
export function fragmentExits(yaml: string): number[] {
  const parsed = parseSource(`Type: StateMachine\nSpecVersion: v1\nStates:\n${yaml}`);
  const states = parsed.model?.States ?? [];
  const exits: number[] = [];
  states.forEach((s, i) => {
    if (!hasNextOrEnd(s.Type)) return;
    const next = 'Next' in s ? s.Next : undefined;
    const end = 'End' in s ? s.End : undefined;
    if (next === undefined && end !== true) exits.push(i);
  });
  return exits.length > 0 || states.length === 0 ? exits : [states.length - 1];
}

/** Steps that wire the pasted states' exits to `before` (or end them). */
function wireExits(
  pasted: () => readonly StatePath[],
  exits: number[],
  before?: StatePath,
): Step[] {
  return exits.map((i) => () => {
    const exit = pasted()[i];
    if (!exit) return null;
    return before
      ? { command: 'transition.setNext', args: { path: exit, target: before } }
      : { command: 'transition.setEnd', args: { path: exit } };
  });
}

/** Steps that paste a multi-state fragment at `target` and wire its entry and exits. */
function placeFragment(
  view: StudioView,
  yaml: string,
  target: DropTarget,
): { steps: Step[]; selectAfter?: () => readonly StatePath[] } | Refusal {
  const exits = fragmentExits(yaml);
  let pasted: readonly StatePath[] = [];
  if (target.kind === 'newBranch') {
    // A new branch (its placeholder state goes) whose flow is the fragment.
    let placeholder: StatePath | undefined;
    const steps: Step[] = [
      () => ({ command: 'parallel.addBranch', args: { path: target.parallel } }),
      ({ selection }) => {
        placeholder = first(selection);
        return placeholder
          ? { command: 'state.paste', args: { scope: scopeOf(placeholder), index: 0, yaml } }
          : null;
      },
      ({ selection }) => {
        pasted = selection ?? [];
        const entry = first(pasted);
        return entry && placeholder
          ? { command: 'scope.setStartAt', args: { scope: scopeOf(placeholder), target: entry } }
          : null;
      },
      () => (placeholder ? { command: 'state.remove', args: { path: placeholder } } : null),
      ...wireExits(() => pasted, exits),
    ];
    // The removal clears the selection: the pasted states are selected after the gesture.
    return { steps, selectAfter: () => pasted };
  }
  let index = 0;
  if (target.kind === 'after') {
    const entry = view.model ? findState(view.model, target.after) : undefined;
    if (!entry) return { reason: `There is no state “${nameOf(target.after)}”.` };
    index = entry.index + 1;
  } else if (target.kind === 'between') {
    const entry = view.model ? findState(view.model, target.after) : undefined;
    index = entry ? entry.index + 1 : 0;
  }
  const before = target.kind === 'after' ? undefined : target.before;
  // On a transition, the paste itself points that very field at the fragment's entry.
  const between =
    target.kind === 'between'
      ? { between: { from: target.after, to: target.before, field: target.field } }
      : {};
  const steps: Step[] = [
    () => ({ command: 'state.paste', args: { scope: target.scope, index, yaml, ...between } }),
    ({ selection }) => {
      pasted = selection ?? [];
      const entry = first(pasted);
      if (!entry || target.kind === 'between') return null;
      return target.kind === 'first'
        ? { command: 'scope.setStartAt', args: { scope: target.scope, target: entry } }
        : { command: 'transition.setNext', args: { path: target.after, target: entry } };
    },
    ...wireExits(() => pasted, exits, before),
  ];
  return { steps };
}

/** The gesture that puts a palette entry at a drop target. */
export function dropGesture(
  view: StudioView,
  entry: PaletteEntry,
  target: DropTarget,
): Gesture | Refusal {
  const ins = entry.insert;
  if (ins.kind === 'pattern') {
    const placed = placeFragment(view, ins.yaml, target);
    return 'reason' in placed ? placed : { label: `Add ${entry.label}`, ...placed };
  }
  const name = ins.action ? freeName(view, entry.label) : undefined;
  const steps = placeState(view, ins.type, target, name);
  if ('reason' in steps) return steps;
  if (ins.action) {
    const action = ins.action;
    steps.push(({ selection }) => {
      const s = first(selection);
      return s
        ? { command: 'state.setField', args: { path: s, field: 'Action', value: action } }
        : null;
    });
    const params = ins.parameters;
    steps.push(({ selection }) => {
      const s = first(selection);
      if (!s) return null;
      return params
        ? { command: 'state.setField', args: { path: s, field: 'Parameters', value: params } }
        : { command: 'state.unsetField', args: { path: s, field: 'Parameters' } };
    });
  }
  return { label: `Add ${entry.label}`, steps };
}

/** Inserts after the selected state (before its Next target), or at the end of the workflow. */
export function insertGesture(view: StudioView, entry: PaletteEntry): Gesture | Refusal {
  const sel = view.selection[view.selection.length - 1];
  const model = view.model;
  if (sel && model) {
    const st = findState(model, sel);
    if (st) {
      const next =
        'Next' in st.state && typeof st.state.Next === 'string' ? st.state.Next : undefined;
      const scope = scopeOf(sel);
      if (st.state.Type === 'Succeed' || st.state.Type === 'Fail' || st.state.Type === 'Choice') {
        return {
          reason: `Nothing can follow a ${st.state.Type} state directly: select another state.`,
        };
      }
      const target: DropTarget = next
        ? { kind: 'between', scope, after: sel, before: childPath(scope, next) }
        : { kind: 'after', scope, after: sel };
      return dropGesture(view, entry, target);
    }
  }
  const states = model?.States ?? [];
  const end = [...states]
    .reverse()
    .find((s) => 'End' in s && s.End === true && s.Type !== 'Succeed' && s.Type !== 'Fail');
  return dropGesture(
    view,
    entry,
    end
      ? { kind: 'after', scope: '', after: childPath('', end.Name) }
      : { kind: 'first', scope: '' },
  );
}

/**
 * The gesture that moves an existing state to a drop target: one `state.move` command (one
 * text change, one history entry), which joins the old neighbours, splices the state in at the
 * target (`after` → it → `before`, on the target's transition field: a Choice branch, Default
 * or Catch rule; `first`: it becomes StartAt; `newBranch`: a new Parallel branch holding it)
 * and moves its text, across scopes too.
 */
export function moveGesture(
  view: StudioView,
  path: StatePath,
  target: DropTarget,
): Gesture | Refusal {
  const moving = view.model ? findState(view.model, path) : undefined;
  if (!moving) return { reason: `There is no state “${nameOf(path)}”.` };
  return {
    label: `Move ${moving.state.Name}`,
    steps: [() => moveInvocation(path, target)],
  };
}

/** The `state.move` invocation for a drop target (DropTarget is core's InsertionPoint). */
export function moveInvocation(path: StatePath, target: DropTarget): Invocation {
  return { command: 'state.move', args: { path, to: target } };
}

/** The command behind a connection drag: from a handle (`next`, `default`, `catch`) to a state. */
export function connectionInvocation(
  view: StudioView,
  from: StatePath,
  to: StatePath,
  handle: string,
): Invocation | Refusal {
  const st = view.model ? findState(view.model, from) : undefined;
  if (!st) return { reason: `There is no state “${nameOf(from)}”.` };
  if (handle === 'catch') {
    const rules = 'Catch' in st.state && Array.isArray(st.state.Catch) ? st.state.Catch : [];
    if (rules.length === 0) {
      return {
        command: 'state.setField',
        args: { path: from, field: 'Catch', value: [{ Errors: ['FnF.ALL'], Next: nameOf(to) }] },
      };
    }
    const free = rules.findIndex((r) => typeof r.Next !== 'string');
    return {
      command: 'catch.setTarget',
      args: { path: from, index: free >= 0 ? free : rules.length - 1, target: to },
    };
  }
  if (handle === 'default')
    return { command: 'choice.setDefault', args: { path: from, target: to } };
  if (st.state.Type === 'Choice')
    return { command: 'choice.addBranch', args: { path: from, next: to } };
  return { command: 'transition.setNext', args: { path: from, target: to } };
}

/** The YAML text of the selected states, as a list fragment at column 0 (for the clipboard). */
export function stateYaml(view: StudioView, paths: readonly StatePath[]): string {
  const sm = view.liveSourceMap;
  if (!sm) return '';
  const parts: string[] = [];
  for (const p of paths) {
    const r = sm.states.get(p)?.itemRange ?? stateRange(sm, p);
    if (!r) continue;
    const lineStart = view.source.lastIndexOf('\n', r.start - 1) + 1;
    const indent = r.start - lineStart;
    const text = view.source.slice(lineStart, r.end).replace(/\s+$/, '');
    parts.push(
      text
        .split('\n')
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n'),
    );
  }
  return parts.length ? parts.join('\n') + '\n' : '';
}
