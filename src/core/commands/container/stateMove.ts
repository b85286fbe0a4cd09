import { childPath, nameOf, type StatePath } from '../../model/statePath';
import { setEndDroppingNext, setNextDroppingEnd } from '../behaviors/connectDropsEnd';
import { ensureStartAt } from '../behaviors/ensureStartAt';
import { repairIncoming } from '../behaviors/repairIncoming';
import { CommandRefusal, defineCommand } from '../command';
import type { CommandContext } from '../context';
import type { StateNode } from '../docIndex';
import { insertStates, requireScope, requireState } from '../lookup';
import { outgoingRefs } from '../refs';
import { asSeq, findPair, type Owner, type YMap, type YPair, type YSeq } from '../text/nodes';
import { editsOverlap } from '../text/textEdit';
import { YamlTextEditor } from '../text/yamlTextEditor';
import { transitionRef } from '../transitionField';
import { canMove, exitOf, insertionScope, type InsertionPoint } from './canMove';

export interface StateMoveArgs {
  path: StatePath;
  to: InsertionPoint;
}

/**
 * The moved state's own edits: its exit (`Next`, or a Choice's `Default`) becomes `exit` (none:
 * `End: true`; a Choice keeps a `Default` that still exists, else loses it), and Choice
 * branches or Catch rules whose targets are not in `keep` (the names of the new flow) go.
 */
function retarget(
  ed: YamlTextEditor,
  state: StateNode,
  exit: string | undefined,
  keep: ReadonlySet<string>,
): void {
  if (state.type === 'Choice') {
    const def = findPair(state.map, 'Default');
    if (exit !== undefined) ed.setPair(state.map, 'Default', exit);
    else if (def && !keep.has(String((def.value as { value?: unknown })?.value)))
      ed.removePair(state.map, def, { kind: 'root' });
  } else if (state.type !== 'Succeed' && state.type !== 'Fail') {
    if (exit !== undefined) setNextDroppingEnd(ed, state, exit);
    else setEndDroppingNext(ed, state);
  }
  const lists = new Map<YSeq, { owner: Owner; indices: number[] }>();
  for (const r of outgoingRefs(state)) {
    if ((r.kind !== 'branch' && r.kind !== 'catch') || !r.list || keep.has(r.target)) continue;
    const e = lists.get(r.list.seq) ?? { owner: r.list.owner, indices: [] };
    e.indices.push(r.list.index);
    lists.set(r.list.seq, e);
  }
  for (const [seq, { owner, indices }] of lists) {
    // A Catch list left empty goes with its key (a Choice keeps a branch: `canMove`).
    if (indices.length === seq.items.length && owner.kind === 'pair') {
      ed.removePair(owner.map, owner.pair, { kind: 'root' });
    } else ed.removeItems(seq, indices, owner);
  }
}

/** The names of the flow a state lands in (plus its own). */
function namesAt(ctx: CommandContext, state: StateNode, to: InsertionPoint): Set<string> {
  const keep = new Set<string>([state.name]);
  if (to.kind !== 'newBranch') {
    for (const c of requireScope(ctx, to.scope).children) keep.add(c.name);
  }
  return keep;
}

/**
 * `state.move`: takes a state out of its place and splices it in at an insertion point, as one
 * text change. Its old neighbours are joined (`repairIncoming`: predecessors, Choice branches,
 * `Default`, Catch rules and `StartAt` that named it take its `Next`, or end). At the target,
 * `after` → it → `before`, through the field of `after` the insertion point names (a Choice
 * branch, `Default`, a Catch rule; only that field changes) (`after`: it becomes the end;
 * `first`: it becomes `StartAt`; `newBranch`: a new Parallel branch holding only it,
 * `End: true`). Across flows, its Catch rules
 * and Choice branches to states missing in the new flow are removed (a Choice left with no
 * branch is refused by `canMove`). The state's text (comments inside it included) moves verbatim,
 * re-indented.
 */
export const stateMove = defineCommand<StateMoveArgs>({
  name: 'state.move',
  label: (a, ctx) => `Move ${ctx.index.states.get(a.path)?.name ?? nameOf(a.path)}`,
  canExecute: (ctx, a) => canMove(ctx.model, a.path, a.to),
  run(ctx, a, ed) {
    const state = requireState(ctx, a.path);
    const from = requireScope(ctx, state.scope);
    if (state.seq.flow || !from.statesPair)
      throw new CommandRefusal(
        'This flow is written in flow style: move the state in the YAML editor.',
      );
    const to = a.to;
    const targetPath = insertionScope(ctx.model, to);
    const exit = exitOf(ctx.model, a.path, to);
    const inner = new YamlTextEditor(ctx.text, ctx.style);
    retarget(inner, state, exit, namesAt(ctx, state, to));
    repairIncoming(ed, from, state);

    if (to.kind === 'newBranch') {
      const parallel = requireState(ctx, to.parallel);
      const pair = findPair(parallel.map, 'Branches');
      const seq = asSeq(pair?.value);
      if (!pair || !seq || seq.flow)
        throw new CommandRefusal(`The branches of “${parallel.name}” cannot be edited here.`);
      const dash = ctx.style.indentSeq ? ctx.style.unit : 0;
      const moved = {
        lines: inner.itemLines(state.map, inner.edits),
        comments: ed.itemComments(state.seq, state.index),
      };
      const item = ed.itemText(moved, dash, dash + 2);
      const lines = [`StartAt: ${nameOf(a.path)}`, 'States:', ...item.slice(0, -1).split('\n')];
      removeFromList(ed, state, from.map, from.statesPair);
      ed.insertItems(seq, seq.items.length, [{ lines }], {
        kind: 'pair',
        map: parallel.map,
        pair,
      });
    } else {
      const target = requireScope(ctx, to.scope);
      if (to.kind === 'first') {
        if (findPair(target.map, 'StartAt')) ed.setPair(target.map, 'StartAt', state.name);
        else ensureStartAt(ed, target, state.name);
      } else {
        const after = requireState(ctx, to.after);
        if (to.kind === 'after') setNextDroppingEnd(ed, after, state.name);
        else {
          const ref = transitionRef(after, nameOf(to.before), to.field);
          if (!ref)
            throw new CommandRefusal(`“${after.name}” does not go to “${nameOf(to.before)}”.`);
          ed.replaceScalar(ref.scalar, state.name);
        }
      }
      const at = to.kind === 'first' ? 0 : requireState(ctx, to.after).index + 1;
      if (target === from && (at === state.index || at === state.index + 1)) {
        // The text is already in place: edit the state where it is.
        ed.edits.push(...inner.edits);
      } else {
        const lines = inner.itemLines(state.map, inner.edits);
        const comments = ed.itemComments(state.seq, state.index);
        removeFromList(ed, state, from.map, from.statesPair);
        insertStates(ed, target, at, [{ lines, comments }]);
      }
    }
    if (editsOverlap(ed.edits))
      throw new CommandRefusal('This move touches overlapping text: do it in the YAML editor.');
    return { selection: [childPath(targetPath, state.name)] };
  },
});

/** Removes the state's item from its `States` list. */
function removeFromList(ed: YamlTextEditor, state: StateNode, map: YMap, pair: YPair): void {
  ed.removeItems(state.seq, [state.index], { kind: 'pair', map, pair });
}
