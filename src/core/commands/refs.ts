import { isScalar, type Scalar } from 'yaml';
import type { ScopeNode, StateNode } from './docIndex';
import {
  asMap,
  asSeq,
  findPair,
  scalarString,
  type Owner,
  type YMap,
  type YPair,
  type YSeq,
} from './text/nodes';

/** Where a reference to a state name is written. */
export type RefKind = 'startAt' | 'next' | 'default' | 'branch' | 'catch';

/** One place in the text that names a state: `StartAt`, `Next`, `Default`, branch or Catch `Next`. */
export interface RefSite {
  kind: RefKind;
  target: string;
  /** The scalar holding the name. */
  scalar: Scalar;
  /** The mapping holding the key, and the pair. */
  holder: YMap;
  pair: YPair;
  /** The state owning the reference (absent for `StartAt`). */
  state?: StateNode;
  /** For Choice branches and Catch rules: the list and the item's index in it. */
  list?: { seq: YSeq; index: number; owner: Owner };
  /** Field path inside the state: `Next`, `Default`, `Branches/0/Next`, `Catch/1/Next`. */
  field: string;
}

function site(
  kind: RefKind,
  holder: YMap,
  key: string,
  field: string,
  state?: StateNode,
  list?: RefSite['list'],
): RefSite | undefined {
  const pair = findPair(holder, key);
  const target = scalarString(pair?.value);
  if (!pair || target === undefined || !isScalar(pair.value)) return undefined;
  const out: RefSite = { kind, target, scalar: pair.value as Scalar, holder, pair, field };
  if (state) out.state = state;
  if (list) out.list = list;
  return out;
}

/** Every transition a state writes: Next, Choice branches and Default, Catch targets. */
export function outgoingRefs(state: StateNode): RefSite[] {
  const out: (RefSite | undefined)[] = [];
  const m = state.map;
  if (state.type === 'Choice') {
    const bp = findPair(m, 'Branches');
    const seq = asSeq(bp?.value);
    seq?.items.forEach((b, i) => {
      const bm = asMap(b);
      if (bm && bp) {
        const owner: Owner = { kind: 'pair', map: m, pair: bp };
        out.push(site('branch', bm, 'Next', `Branches/${i}/Next`, state, { seq, index: i, owner }));
      }
    });
    out.push(site('default', m, 'Default', 'Default', state));
  } else {
    out.push(site('next', m, 'Next', 'Next', state));
  }
  const cp = findPair(m, 'Catch');
  const cseq = asSeq(cp?.value);
  cseq?.items.forEach((c, i) => {
    const cm = asMap(c);
    if (cm && cp) {
      const owner: Owner = { kind: 'pair', map: m, pair: cp };
      out.push(site('catch', cm, 'Next', `Catch/${i}/Next`, state, { seq: cseq, index: i, owner }));
    }
  });
  return out.filter((s): s is RefSite => s !== undefined);
}

/** The scope's `StartAt` site, if written as a scalar. */
export function startAtRef(scope: ScopeNode): RefSite | undefined {
  return site('startAt', scope.map, 'StartAt', 'StartAt');
}

/** Every reference to `name` inside a scope (StartAt and the transitions of its states). */
export function refsTo(scope: ScopeNode, name: string): RefSite[] {
  const out: RefSite[] = [];
  const start = startAtRef(scope);
  if (start?.target === name) out.push(start);
  for (const s of scope.children) {
    for (const r of outgoingRefs(s)) if (r.target === name) out.push(r);
  }
  return out;
}
