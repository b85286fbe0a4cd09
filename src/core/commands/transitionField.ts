import type { State } from '../model/types';
import { transitionTargets } from '../model/walkStates';
import type { RuleResult } from '../rules/ruleResult';
import type { StateNode } from './docIndex';
import { outgoingRefs, type RefSite } from './refs';

/**
 * The words for a transition field in a reason: `Branches/1/Next` → "branch 2", `Catch/0/Next`
 * → "Catch rule 1", `Default` and `Next` as they are; undefined for any other path.
 */
export function describeTransitionField(field: string): string | undefined {
  const branch = /^Branches\/(\d+)\/Next$/.exec(field);
  if (branch) return `branch ${Number(branch[1]) + 1}`;
  const rule = /^Catch\/(\d+)\/Next$/.exec(field);
  if (rule) return `Catch rule ${Number(rule[1]) + 1}`;
  return field === 'Next' || field === 'Default' ? field : undefined;
}

/**
 * Whether an insertion on the transition `from` → `to` through `field` is possible (model only,
 * for the rules): `true`, or the reason. `field` is a field path of `from` (`Next`, `Default`,
 * `Branches/<i>/Next`, `Catch/<i>/Next`); it must exist and name `to`. Without `field`, any
 * transition of `from` naming `to` will do (see `transitionRef`).
 */
export function checkTransitionField(
  from: State,
  to: string,
  field: string | undefined,
): RuleResult {
  const targets = transitionTargets(from);
  if (field === undefined) {
    return targets.some((t) => t.target === to) ? true : `“${from.Name}” does not go to “${to}”.`;
  }
  const words = describeTransitionField(field);
  if (words === undefined) {
    return `“${field}” is not a transition field (Next, Default, Branches/<i>/Next or Catch/<i>/Next).`;
  }
  const t = targets.find((x) => x.field === field);
  if (!t) return `“${from.Name}” has no ${words}.`;
  if (t.target !== to) {
    const which = words === 'Next' || words === 'Default' ? `The ${words}` : capitalize(words);
    return `${which} of “${from.Name}” goes to “${t.target}”, not to “${to}”.`;
  }
  return true;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The text site an insertion on `from` → `to` rewires: the transition at `field`, when it names
 * `to`; without `field`, `from`'s `Next` when it names `to`, else its first transition that does
 * (a Choice branch, its `Default`, a Catch rule). Undefined when there is none.
 */
export function transitionRef(
  from: StateNode,
  to: string,
  field: string | undefined,
): RefSite | undefined {
  const refs = outgoingRefs(from).filter((r) => r.target === to);
  if (field !== undefined) return refs.find((r) => r.field === field);
  return refs.find((r) => r.field === 'Next') ?? refs[0];
}
