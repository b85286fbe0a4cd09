import type { Rule } from '../rule';
import { canFinish, components, reachableFrom } from '../scopeGraph';

/**
 * Loops with no way out (fdl.md §2.0 rule 9): cycles are allowed (polling loops), but a set of
 * states from which no End, Succeed or Fail can be reached runs until the 5,000-event cap.
 * Reported once per such loop, on its first state in document order.
 */
export const cycles: Rule = {
  name: 'cycles',
  codes: ['cycle-without-exit'],
  run(ctx) {
    for (const g of ctx.scopeGraphs) {
      if (g.incomplete) continue;
      const finishes = canFinish(g);
      if (finishes.every(Boolean)) continue;
      const reached = g.start >= 0 ? reachableFrom(g) : g.states.map(() => true);
      const trapped = finishes.map((ok, i) => !ok && reached[i] === true);
      for (const comp of components(g, trapped)) {
        const first = comp[0] as number;
        const looping = comp.length > 1 || (g.edges[first] as number[]).includes(first);
        if (!looping) continue;
        const names = comp.map((i) => `"${g.states[i]?.state.Name}"`);
        const list = names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
        const entry = g.states[first];
        if (!entry) continue;
        ctx.report(
          'cycle-without-exit',
          `${comp.length === 1 ? 'State' : 'States'} ${list} loop${comp.length === 1 ? 's' : ''} forever: no path from ${comp.length === 1 ? 'it' : 'them'} reaches End, Succeed or Fail, so an execution would run until the 5,000-event limit. Add a Choice branch or Catch that leaves the loop.`,
          { path: entry.path, field: 'Name' },
        );
      }
    }
  },
};
