import { nameOf, type ScopePath, type StatePath } from '../model/statePath';
import type { JsonValue } from '../model/types';
import { CommandRefusal } from './command';
import type { CommandContext } from './context';
import type { ScopeNode, StateNode } from './docIndex';
import { asMap, scalarString, type YSeq } from './text/nodes';
import type { ItemPayload, YamlTextEditor } from './text/yamlTextEditor';

/** The state at `path`, or a refusal naming it. */
export function requireState(ctx: CommandContext, path: StatePath): StateNode {
  const s = ctx.index.states.get(path);
  if (!s) throw new CommandRefusal(`There is no state “${nameOf(path)}”.`);
  return s;
}

/** The scope at `path`, or a refusal. */
export function requireScope(ctx: CommandContext, path: ScopePath): ScopeNode {
  const s = ctx.index.scopes.get(path);
  if (!s) throw new CommandRefusal(`There is no scope “${path}” to put a state in.`);
  return s;
}

/** Whether states in this document are written `Type` first (the FDL samples' habit). */
export function typeFirst(ctx: CommandContext): boolean {
  for (const s of ctx.index.states.values()) {
    const k = scalarString(s.map.items[0]?.key);
    if (k === 'Type') return true;
    if (k === 'Name') return false;
  }
  return true;
}

/** Inserts list items at `index` of a scope's `States`, creating the list when missing. */
export function insertStates(
  ed: YamlTextEditor,
  scope: ScopeNode,
  index: number,
  items: readonly ItemPayload[],
): void {
  if (scope.states?.flow && scope.statesPair && !scope.map.flow) {
    // A flow `States` list receiving states turns into a block list (one line would be unreadable).
    const existing: ItemPayload[] = (scope.states.toJSON() as JsonValue[]).map((value) => ({
      value,
    }));
    existing.splice(clampIndex(index, scope.states), 0, ...items);
    ed.setPairItems(scope.map, scope.statesPair, existing);
  } else if (scope.states && scope.statesPair) {
    ed.insertItems(scope.states, clampIndex(index, scope.states), items, {
      kind: 'pair',
      map: scope.map,
      pair: scope.statesPair,
    });
  } else if (scope.statesPair) {
    ed.setPairItems(scope.map, scope.statesPair, items);
  } else if (scope.map.items.length > 0 && !scope.map.flow) {
    ed.setPairItems(scope.map, 'States', items);
  } else {
    throw new CommandRefusal(
      'This scope is written in flow style: add a state in the YAML editor.',
    );
  }
}

/** Index in a list, clamped to `0..length` (undefined = at the end). */
export function clampIndex(index: number | undefined, seq: YSeq | undefined): number {
  const len = seq?.items.length ?? 0;
  if (index === undefined || !Number.isFinite(index)) return len;
  return Math.max(0, Math.min(len, Math.floor(index)));
}

/** The list index in `seq` of the `n`-th named state (state lists may hold unnamed junk). */
export function listIndexOf(seq: YSeq, node: unknown): number {
  return seq.items.indexOf(asMap(node) as unknown);
}
