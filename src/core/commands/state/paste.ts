import { parseDocument, type Scalar } from 'yaml';
import { childPath, nameOf, type ScopePath, type StatePath } from '../../model/statePath';
import { findState } from '../../model/walkStates';
import { canDrop } from '../../rules/canDrop';
import { ensureStartAt } from '../behaviors/ensureStartAt';
import { uniqueName } from '../behaviors/uniqueName';
import { CommandRefusal, defineCommand } from '../command';
import type { StateNode } from '../docIndex';
import { insertStates, requireScope, requireState } from '../lookup';
import { outgoingRefs } from '../refs';
import { columnOf, dedentLines, lineEndAfter } from '../text/lines';
import { asMap, asSeq, findPair, rangeOf, stringField, type YMap } from '../text/nodes';
import { DEFAULT_STYLE } from '../text/renderYaml';
import { applyEditsToSlice } from '../text/textEdit';
import { YamlTextEditor } from '../text/yamlTextEditor';
import { checkTransitionField, transitionRef } from '../transitionField';

export interface StatePasteArgs {
  scope: ScopePath;
  /** Position in the scope's list; default: the end. */
  index?: number;
  /**
   * YAML of the states: a list of states, one state mapping, or a mapping with `States`
   * (a copied flow). Comments and formatting inside each state are kept.
   */
  yaml: string;
  /**
   * Paste on an existing transition of a state of `scope`: `from`'s `field` (as for
   * `state.add`'s `between`: it must name `to`; default `Next`, else the first field naming
   * `to`) is pointed at the first pasted state. The pasted states' own exits are left as
   * written (the caller wires them, e.g. to `to`). The default index is then after `from`.
   */
  between?: { from: StatePath; to: StatePath; field?: string };
}

interface Pasted {
  map: YMap;
  name: string;
  type: string | undefined;
}

/** The state mappings of pasted YAML, or a reason. */
function readPasted(text: string): { doc: ReturnType<typeof parseDocument>; states: Pasted[] } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new CommandRefusal('The pasted text is not valid YAML.');
  const root = doc.contents;
  const list =
    asSeq(root) ?? asSeq(findPair(asMap(root) ?? ({ items: [] } as never), 'States')?.value);
  const maps = list ? list.items.map(asMap) : asMap(root) ? [asMap(root)] : [];
  const states: Pasted[] = [];
  for (const m of maps) {
    const name = stringField(m, 'Name');
    const type = stringField(m, 'Type');
    if (!m || name === undefined || type === undefined) {
      throw new CommandRefusal(
        'The pasted text is not a list of states (each needs a Name and a Type).',
      );
    }
    states.push({ map: m, name, type });
  }
  if (states.length === 0) throw new CommandRefusal('The pasted text holds no states.');
  return { doc, states };
}

/**
 * `state.paste`: inserts states given as YAML text into a scope. A pasted name already used
 * (in the document or earlier in the paste) gets a fresh name (`Check` → `Check1`), and the
 * pasted states' references to renamed pasted states follow. Transitions to states outside the
 * paste are kept as written (validation reports those that do not exist in the target scope).
 * With `between`, one transition of the flow is pointed at the first pasted state, in the same
 * text change.
 */
export const statePaste = defineCommand<StatePasteArgs>({
  name: 'state.paste',
  label: () => 'Paste',
  canExecute(ctx, a) {
    const drop = canDrop(ctx.model, { type: 'Pass' }, a.scope);
    if (drop !== true) return drop;
    if (a.between) {
      const from = findState(ctx.model, a.between.from);
      if (!from || from.scope !== a.scope)
        return `There is no state “${nameOf(a.between.from)}” in that flow.`;
      const t = checkTransitionField(from.state, nameOf(a.between.to), a.between.field);
      if (t !== true) return t;
    }
    try {
      readPasted(a.yaml);
    } catch (e) {
      if (e instanceof CommandRefusal) return e.reason;
      throw e;
    }
    return true;
  },
  run(ctx, a, ed) {
    const scope = requireScope(ctx, a.scope);
    const { states } = readPasted(a.yaml);
    const renames = new Map<string, string>();
    const taken = new Set<string>();
    for (const p of states) {
      const fresh = uniqueName(ctx.index, p.name, taken);
      taken.add(fresh);
      if (fresh !== p.name) renames.set(p.name, fresh);
    }
    const inner = new YamlTextEditor(a.yaml, DEFAULT_STYLE);
    const payloads = states.map((p, i) => {
      const nameScalar = findPair(p.map, 'Name')?.value as Scalar;
      const fresh = renames.get(p.name);
      if (fresh !== undefined) inner.replaceScalar(nameScalar, fresh);
      const node = { map: p.map, name: p.name, type: p.type, index: i } as StateNode;
      for (const r of outgoingRefs(node)) {
        const to = renames.get(r.target);
        if (to !== undefined) inner.replaceScalar(r.scalar, to);
      }
      const [start, end] = rangeOf(p.map);
      const body = applyEditsToSlice(a.yaml, start, lineEndAfter(a.yaml, end), inner.edits);
      return { lines: dedentLines(body, columnOf(a.yaml, start)) };
    });
    const names = states.map((p) => renames.get(p.name) ?? p.name);
    const entry = names[0] as string;
    let index = a.index;
    if (a.between) {
      const from = requireState(ctx, a.between.from);
      const ref = transitionRef(from, nameOf(a.between.to), a.between.field);
      if (!ref)
        throw new CommandRefusal(`“${from.name}” does not go to “${nameOf(a.between.to)}”.`);
      ed.replaceScalar(ref.scalar, entry);
      index ??= from.index + 1;
    }
    ensureStartAt(ed, scope, entry);
    insertStates(ed, scope, index ?? scope.states?.items.length ?? 0, payloads);
    return { selection: names.map((n) => childPath(a.scope, n)) };
  },
});
