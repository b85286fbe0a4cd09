import type { StatePath } from '../model/statePath';
import type { StateEntry } from '../model/walkStates';
import type { RuleContext } from './ruleContext';

/** One outgoing transition of a state, with the field path of its target in the text. */
export interface Transition {
  field: string;
  target: string;
  /** `catch` transitions are taken only on errors. */
  kind: 'next' | 'choice' | 'default' | 'catch';
}

/**
 * The transitions of a state: Next, Choice branch Nexts and Default, Catch Nexts. Field paths
 * use source indices (`Branches/2/Next`), which can differ from model indices when the parser
 * left out a malformed list item.
 */
export function transitionsOf(ctx: RuleContext, entry: StateEntry): Transition[] {
  const { state, path } = entry;
  const out: Transition[] = [];
  if ('Next' in state && typeof state.Next === 'string') {
    out.push({ field: 'Next', target: state.Next, kind: 'next' });
  }
  if (state.Type === 'Choice') {
    const items = itemsOf(ctx, path, 'Branches', state.Branches?.length ?? 0);
    state.Branches?.forEach((b, i) => {
      if (typeof b.Next === 'string') {
        out.push({ field: `${items[i]}/Next`, target: b.Next, kind: 'choice' });
      }
    });
    if (typeof state.Default === 'string') {
      out.push({ field: 'Default', target: state.Default, kind: 'default' });
    }
  }
  if ((state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map') && state.Catch) {
    const items = itemsOf(ctx, path, 'Catch', state.Catch.length);
    state.Catch.forEach((c, i) => {
      if (typeof c.Next === 'string') {
        out.push({ field: `${items[i]}/Next`, target: c.Next, kind: 'catch' });
      }
    });
  }
  return out;
}

function itemsOf(
  ctx: RuleContext,
  path: StatePath,
  list: string,
  count: number,
): readonly string[] {
  const items = ctx.mapItems(path, list);
  // Should the source map ever disagree with the model, fall back to model indices.
  return items.length === count ? items : Array.from({ length: count }, (_, i) => `${list}/${i}`);
}
