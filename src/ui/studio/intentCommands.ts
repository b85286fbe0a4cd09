import {
  childPath,
  findState,
  nameOf,
  scopeOf,
  stateRange,
  walkStates,
  type StatePath,
} from '../../core';
import type { DropTarget } from '../canvas/dropZones';
import type { PaletteEntry } from '../palette/paletteCatalog';
import type { StudioView } from './studioPort';

/** A named store command with its arguments. */
export interface Invocation {
  command: string;
  args: unknown;
}

type Refusal = { reason: string };

/** The YAML of one palette state as a one-item list (Tasks carry their Action and Parameters). */
export function entryFragment(entry: PaletteEntry, name: string): string | null {
  const ins = entry.insert;
  if (ins.kind === 'pattern') return ins.yaml;
  if (!ins.action) return null;
  const lines = [`- Type: Task`, `  Name: ${name}`, `  Action: ${ins.action}`];
  if (ins.parameters) {
    lines.push('  Parameters:');
    for (const [k, v] of Object.entries(ins.parameters)) lines.push(`    ${k}: ${String(v)}`);
  }
  return lines.join('\n') + '\n';
}

/** A free name like `InvokeFunction`, `InvokeFunction1`, … not used anywhere in the workflow. */
function freeName(view: StudioView, base: string): string {
  const used = new Set(view.model ? walkStates(view.model).map((e) => e.state.Name) : []);
  if (!used.has(base)) return base;
  for (let i = 1; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}

/** The command that puts a palette entry at a drop target. */
export function dropInvocation(
  view: StudioView,
  entry: PaletteEntry,
  target: DropTarget,
): Invocation | Refusal {
  const ins = entry.insert;
  const placed = placementArgs(view, target);
  if ('reason' in placed) return placed;
  const placement = placed.args;
  if (ins.kind === 'state' && !ins.action) {
    if (target.kind === 'newBranch')
      return { command: 'parallel.addBranch', args: { path: target.parallel, type: ins.type } };
    return { command: 'state.add', args: { type: ins.type, ...placement } };
  }
  const text = entryFragment(
    entry,
    freeName(view, entry.label.replace(/[^A-Za-z0-9_-]/g, '') || 'Task'),
  );
  if (!text) return { reason: 'This palette entry has nothing to insert.' };
  if (target.kind === 'newBranch')
    return { command: 'parallel.addBranch', args: { path: target.parallel, text } };
  return { command: 'document.paste', args: { text, ...placement } };
}

/** Placement arguments shared by state.add and document.paste. */
function placementArgs(
  view: StudioView,
  target: DropTarget,
): { args: Record<string, unknown> } | Refusal {
  switch (target.kind) {
    case 'between':
      return { args: { between: { from: target.after, to: target.before } } };
    case 'first':
      return { args: { scope: target.scope, index: 0 } };
    case 'after': {
      const entry = view.model ? findState(view.model, target.after) : undefined;
      if (!entry) return { reason: `There is no state “${nameOf(target.after)}”.` };
      return { args: { scope: target.scope, index: entry.index + 1, after: target.after } };
    }
    case 'newBranch':
      return { args: {} };
  }
}

/** Inserts after the selected state (its Next target after the new one), or at the end. */
export function insertInvocation(view: StudioView, entry: PaletteEntry): Invocation | Refusal {
  const sel = view.selection[view.selection.length - 1];
  const model = view.model;
  if (sel && model) {
    const st = findState(model, sel);
    if (st) {
      const next =
        'Next' in st.state && typeof st.state.Next === 'string' ? st.state.Next : undefined;
      const scope = scopeOf(sel);
      const target: DropTarget = next
        ? { kind: 'between', scope, after: sel, before: childPath(scope, next) }
        : { kind: 'after', scope, after: sel };
      return dropInvocation(view, entry, target);
    }
  }
  const last = model?.States[model.States.length - 1];
  return dropInvocation(
    view,
    entry,
    last ? { kind: 'after', scope: '', after: last.Name } : { kind: 'first', scope: '' },
  );
}

/** The command that moves an existing state to a drop target. */
export function moveInvocation(
  view: StudioView,
  path: StatePath,
  target: DropTarget,
): Invocation | Refusal {
  if (target.kind === 'newBranch') return { reason: 'Move the state into an existing branch.' };
  const placed = placementArgs(view, target);
  if ('reason' in placed) return placed;
  return { command: 'container.moveState', args: { path, ...placed.args, scope: target.scope } };
}

/** The YAML text of the selected states, as a list fragment (for the clipboard). */
export function stateYaml(view: StudioView, paths: readonly StatePath[]): string {
  const sm = view.liveSourceMap;
  if (!sm) return '';
  const parts: string[] = [];
  for (const p of paths) {
    const loc = sm.states.get(p);
    const r = loc?.itemRange ?? stateRange(sm, p);
    if (!r) continue;
    const lineStart = view.source.lastIndexOf('\n', r.start - 1) + 1;
    const indent = r.start - lineStart;
    const text = view.source.slice(lineStart, r.end).replace(/\s+$/, '');
    // Re-indent the list item to column 0 so it pastes anywhere.
    parts.push(
      text
        .split('\n')
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n'),
    );
  }
  return parts.length ? parts.join('\n') + '\n' : '';
}

/** The command behind a connection drag: from a handle (`next`, `default`, `catch`) to a state. */
export function connectionInvocation(
  from: StatePath,
  to: StatePath,
  handle: string,
  fromChoice: boolean,
): Invocation {
  const target = nameOf(to);
  if (handle === 'catch') return { command: 'catch.add', args: { path: from, next: target } };
  if (handle === 'default') return { command: 'choice.setDefault', args: { path: from, target } };
  if (fromChoice) return { command: 'choice.addBranch', args: { path: from, next: target } };
  return { command: 'transition.setNext', args: { path: from, target } };
}
