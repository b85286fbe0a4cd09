import { escapeSegment, nameOf, type ScopePath, type StatePath } from '../../model/statePath';
import type { Rule } from '../rule';
import type { RuleContext } from '../ruleContext';

/**
 * `$Global` writes where they race (fdl.md §3.6): a GlobalConstructor inside a Map processor
 * runs once per item in no defined order, and the same key written in two branches of one
 * Parallel depends on which branch finishes last.
 */
export const globals: Rule = {
  name: 'globals',
  codes: ['global-in-map', 'global-key-conflict'],
  run(ctx) {
    const enclosing = new Map<ScopePath, Enclosing>();
    // key "<parallel>\u0000<key>" -> first branch writing it
    const firstBranch = new Map<string, number>();
    for (const { state, path, scope } of ctx.states) {
      const gc = 'GlobalConstructor' in state ? state.GlobalConstructor : undefined;
      if (!gc) continue;
      const info = enclosingOf(ctx, scope, enclosing);
      if (info.map !== undefined) {
        ctx.report(
          'global-in-map',
          `State "${state.Name}" writes global variables inside the Processor of Map "${nameOf(info.map)}": iterations run concurrently in no set order, so the last write wins at random. Collect the values in the Map's output instead.`,
          { path, field: 'GlobalConstructor', key: true },
        );
      }
      for (const rawKey of Object.keys(gc)) {
        const key = rawKey.endsWith('.$') ? rawKey.slice(0, -2) : rawKey;
        for (const { parallel, branch } of info.branches) {
          const id = `${parallel}\u0000${key}`;
          const first = firstBranch.get(id);
          if (first === undefined) firstBranch.set(id, branch);
          else if (first !== branch) {
            ctx.report(
              'global-key-conflict',
              `Global "${key}" is also written in branch ${first} of Parallel "${nameOf(parallel)}"; branches run concurrently, so which value is kept depends on timing. Use a different key in each branch.`,
              { path, field: `GlobalConstructor/${escapeSegment(rawKey)}`, key: true },
            );
          }
        }
      }
    }
  },
};

interface Enclosing {
  /** The innermost Map whose processor contains the scope. */
  map?: StatePath;
  /** Every enclosing Parallel branch, innermost first. */
  branches: { parallel: StatePath; branch: number }[];
}

function enclosingOf(
  ctx: RuleContext,
  scope: ScopePath,
  memo: Map<ScopePath, Enclosing>,
): Enclosing {
  const known = memo.get(scope);
  if (known) return known;
  const entry = ctx.scopesByPath.get(scope);
  let result: Enclosing = { branches: [] };
  if (entry?.containerPath !== undefined) {
    const container = ctx.statesByPath.get(entry.containerPath);
    const outer = container ? enclosingOf(ctx, container.scope, memo) : { branches: [] };
    result = { branches: outer.branches };
    if (outer.map !== undefined) result.map = outer.map;
    if (entry.branchIndex !== undefined) {
      result.branches = [
        { parallel: entry.containerPath, branch: entry.branchIndex },
        ...outer.branches,
      ];
    } else {
      result.map = entry.containerPath;
    }
  }
  memo.set(scope, result);
  return result;
}
