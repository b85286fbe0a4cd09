/**
 * A linear-time matcher for I-Regexp (RFC 9485), for the JSONPath `match` and `search`
 * functions. I-Regexp has no back-references or lookarounds, so a Thompson automaton simulated
 * over the input's code points decides a match in O(input × pattern) time: no pattern, however
 * ambiguous (`(a|a)*`, `(a*)*b`), can make it backtrack exponentially. The simulation is
 * memoised as a lazily built DFA (state sets and their transitions per code point, bounded
 * cache), which makes repeated tests about as fast as a RegExp. The automaton's size is
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

/** A set of automaton states after closure: one state of the lazily built DFA. */
interface DState {
  /** States that consume a code point, in ascending order. */
  consuming: number[];
  /** The match state is reached here. */
  accept: boolean;
  /** The match state is reached here when this is the end of the input (via `$`). */
  acceptAtEnd: boolean;
  /** Transitions already computed: ASCII in an array (the common case), the rest in a map. */
  ascii: (DState | undefined)[];
  next: Map<number, DState>;
}

/** Upper bound on cached DFA states per matcher; the cache restarts when it is reached. */
const MAX_DFA_STATES = 256;

function makeMatcher(states: State[], start: number, anchored: boolean): IRegexpMatcher {
  const mark = new Int32Array(states.length).fill(-1);
  let generation = 0;
  let cache = new Map<string, DState>();
  let initial: DState | null = null;

  /** Whether the match state is reachable from `seeds` without input, at the end. */
  function reachesMatchAtEnd(seeds: number[], atStart: boolean): boolean {
    generation++;
    const stack = [...seeds];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (mark[i] === generation) continue;
      mark[i] = generation;
      const s = states[i] as State;
      if (s.t === 'match') return true;
      if (s.t === 'split') stack.push(s.b, s.a);
      else if (s.t === 'assert' && (s.at === 'end' || atStart)) stack.push(s.next);
    }
    return false;
  }

  /** The DFA state for `seeds` and everything reachable from them without input. */
  function closure(seeds: number[], atStart: boolean): DState {
    generation++;
    const consuming: number[] = [];
    const endSeeds: number[] = [];
    let accept = false;
    const stack = [...seeds];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (mark[i] === generation) continue;
      mark[i] = generation;
      const s = states[i] as State;
      if (s.t === 'split') stack.push(s.b, s.a);
      else if (s.t === 'assert') {
        if (s.at === 'end') endSeeds.push(s.next);
        else if (atStart) stack.push(s.next);
      } else if (s.t === 'match') accept = true;
      else consuming.push(i);
    }
    consuming.sort((a, b) => a - b);
    const acceptAtEnd = accept || (endSeeds.length > 0 && reachesMatchAtEnd(endSeeds, atStart));
    const key = `${atStart ? 's' : ''}${accept ? 'a' : ''}${acceptAtEnd ? 'e' : ''}:${consuming.join(',')}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (cache.size >= MAX_DFA_STATES) cache = new Map();
    const ascii = new Array<DState | undefined>(128).fill(undefined); // in bounds: fast reads
    const d: DState = { consuming, accept, acceptAtEnd, ascii, next: new Map() };
    cache.set(key, d);
    return d;
  }

  function step(d: DState, cp: number): DState {
    const seeds: number[] = [];
    for (const i of d.consuming) {
      const s = states[i] as Extract<State, { t: 'set' }>;
      if (setMatches(s.set, cp)) seeds.push(s.next);
    }
    // Unanchored search may also start at the next position.
    if (!anchored) seeds.push(start);
    return closure(seeds, false);
  }

  return {
    test(input: string): boolean {
      if (initial === null || cache.size === 0) initial = closure([start], true);
      let d = initial;
      for (let i = 0; i < input.length; i++) {
        if (!anchored && d.accept) return true;
        if (anchored && d.consuming.length === 0) return false; // dead before the end
        const cp = input.codePointAt(i) as number;
        if (cp > 0xffff) i++;
        let t = cp < 128 ? d.ascii[cp] : d.next.get(cp);
        if (t === undefined) {
          t = step(d, cp);
          if (cp < 128) d.ascii[cp] = t;
          else d.next.set(cp, t);
        }
        d = t;
      }
      return d.accept || d.acceptAtEnd;
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
