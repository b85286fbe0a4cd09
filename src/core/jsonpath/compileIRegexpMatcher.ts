/**
 * A linear-time matcher for I-Regexp (RFC 9485), for the JSONPath `match` and `search`
 * functions. I-Regexp has no back-references or lookarounds, so a Thompson automaton simulated
 * over the input's code points decides a match in O(input × pattern) time: no pattern, however
 * ambiguous (`(a|a)*`, `(a*)*b`), can make it backtrack exponentially. The automaton's size is
 * bounded (counted repetitions are expanded), so hostile patterns are refused, not run.
 */
import { parseIRegexp, type RegexNode } from './parseIRegexp';

type SetNode = Extract<RegexNode, { kind: 'set' }>;

type State =
  | { t: 'set'; set: SetNode; next: number }
  | { t: 'split'; a: number; b: number }
  | { t: 'assert'; at: 'start' | 'end'; next: number }
  | { t: 'match' };

export interface IRegexpMatcher {
  /** Whether the pattern matches the whole string (`match`) or a substring (`search`). */
  test(input: string): boolean;
}

export type IRegexpMatcherResult =
  { ok: true; matcher: IRegexpMatcher } | { ok: false; message: string; offset: number };

/** Upper bound on automaton states (after expanding `{n,m}`). */
export const MAX_AUTOMATON_STATES = 20_000;

class TooLarge extends Error {}

const categoryRegexps = new Map<string, RegExp>();

function inCategory(name: string, cp: number): boolean {
  let re = categoryRegexps.get(name);
  if (re === undefined) {
    re = new RegExp(`^\\p{${name}}$`, 'u');
    categoryRegexps.set(name, re);
  }
  return re.test(String.fromCodePoint(cp));
}

function setMatches(set: SetNode, cp: number): boolean {
  let hit = false;
  for (const item of set.items) {
    if (item.kind === 'range') hit = cp >= item.from && cp <= item.to;
    else hit = inCategory(item.name, cp) !== item.negated;
    if (hit) break;
  }
  return hit !== set.negated;
}

/** Builds the automaton backwards: each node is compiled with its continuation state. */
class Builder {
  readonly states: State[] = [{ t: 'match' }];

  add(state: State): number {
    if (this.states.length >= MAX_AUTOMATON_STATES) throw new TooLarge();
    this.states.push(state);
    return this.states.length - 1;
  }

  compile(node: RegexNode, next: number): number {
    switch (node.kind) {
      case 'set':
        return this.add({ t: 'set', set: node, next });
      case 'assert':
        return this.add({ t: 'assert', at: node.at, next });
      case 'seq': {
        let start = next;
        for (let i = node.items.length - 1; i >= 0; i--) {
          start = this.compile(node.items[i] as RegexNode, start);
        }
        return start;
      }
      case 'alt': {
        let start = this.compile(node.branches[node.branches.length - 1] as RegexNode, next);
        for (let i = node.branches.length - 2; i >= 0; i--) {
          start = this.add({
            t: 'split',
            a: this.compile(node.branches[i] as RegexNode, next),
            b: start,
          });
        }
        return start;
      }
      case 'repeat': {
        let tail: number;
        if (node.max === null) {
          const loop = this.add({ t: 'split', a: next, b: next });
          const body = this.compile(node.node, loop);
          this.states[loop] = { t: 'split', a: body, b: next };
          tail = loop;
        } else {
          tail = next;
          for (let i = node.min; i < node.max; i++) {
            tail = this.add({ t: 'split', a: this.compile(node.node, tail), b: next });
          }
        }
        for (let i = 0; i < node.min; i++) tail = this.compile(node.node, tail);
        return tail;
      }
    }
  }
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

function makeMatcher(states: State[], start: number, anchored: boolean): IRegexpMatcher {
  const mark = new Int32Array(states.length).fill(-1);
  let generation = 0;
  const stack: number[] = [];

  /** Adds `from` and every state reachable without consuming input at position `pos`. */
  function close(list: number[], from: number, pos: number, length: number): void {
    stack.push(from);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (mark[i] === generation) continue;
      mark[i] = generation;
      const s = states[i] as State;
      if (s.t === 'split') stack.push(s.b, s.a);
      else if (s.t === 'assert') {
        if (s.at === 'start' ? pos === 0 : pos === length) stack.push(s.next);
      } else list.push(i);
    }
  }

  return {
    test(input: string): boolean {
      const cps = codePoints(input);
      const n = cps.length;
      let current: number[] = [];
      generation++;
      close(current, start, 0, n);
      for (let pos = 0; ; pos++) {
        if (current.some((i) => states[i]?.t === 'match') && (!anchored || pos === n)) {
          return true;
        }
        if (pos === n) return false;
        const cp = cps[pos] as number;
        const next: number[] = [];
        generation++;
        for (const i of current) {
          const s = states[i] as State;
          if (s.t === 'set' && setMatches(s.set, cp)) close(next, s.next, pos + 1, n);
        }
        // Unanchored search may also start at the next position.
        if (!anchored) close(next, start, pos + 1, n);
        if (next.length === 0 && anchored) return false;
        current = next;
      }
    },
  };
}

/**
 * Validates `pattern` as I-Regexp and builds a linear-time matcher: `match` mode tests the
 * whole string, `search` mode any substring. Never throws.
 */
export function compileIRegexpMatcher(
  pattern: string,
  mode: 'match' | 'search',
): IRegexpMatcherResult {
  const parsed = parseIRegexp(pattern);
  if (!parsed.ok) return parsed;
  const builder = new Builder();
  try {
    const start = builder.compile(parsed.node, 0);
    return { ok: true, matcher: makeMatcher(builder.states, start, mode === 'match') };
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    const message = `pattern too large (more than ${MAX_AUTOMATON_STATES} automaton states)`;
    return { ok: false, message, offset: 0 };
  }
}
