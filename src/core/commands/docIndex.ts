import type { Document } from 'yaml';
import {
  branchScopePath,
  childPath,
  processorScopePath,
  type ScopePath,
  type StatePath,
} from '../model/statePath';
import {
  asMap,
  asSeq,
  findPair,
  stringField,
  type Owner,
  type YMap,
  type YPair,
  type YSeq,
} from './text/nodes';

/** One state as found in the parsed document. */
export interface StateNode {
  path: StatePath;
  scope: ScopePath;
  name: string;
  type: string | undefined;
  map: YMap;
  /** The `States` list holding the state, and its index there. */
  seq: YSeq;
  index: number;
}

/** One scope (top level, Parallel branch, Map processor) as found in the document. */
export interface ScopeNode {
  path: ScopePath;
  /** The mapping holding `StartAt` and `States`. */
  map: YMap;
  owner: Owner;
  /** The `States` pair and its list, when the list exists. */
  statesPair: YPair | undefined;
  states: YSeq | undefined;
  containerPath?: StatePath;
  branchIndex?: number;
  children: StateNode[];
}

/** Every state and scope of a document by path, in document order. */
export interface DocIndex {
  root: YMap;
  states: Map<StatePath, StateNode>;
  scopes: Map<ScopePath, ScopeNode>;
}

/**
 * Indexes a parsed document by state path and scope path, reading the `yaml` nodes directly so
 * commands can splice text at their ranges. Items without a string `Name` are skipped (they are
 * not addressable by path; validation reports them).
 */
export function indexDocument(doc: Document.Parsed): DocIndex | undefined {
  const root = asMap(doc.contents);
  if (!root) return undefined;
  const index: DocIndex = { root, states: new Map(), scopes: new Map() };
  const visit = (
    map: YMap,
    path: ScopePath,
    owner: Owner,
    container?: StatePath,
    branch?: number,
  ) => {
    const statesPair = findPair(map, 'States');
    const states = asSeq(statesPair?.value);
    const scope: ScopeNode = { path, map, owner, statesPair, states, children: [] };
    if (container !== undefined) scope.containerPath = container;
    if (branch !== undefined) scope.branchIndex = branch;
    index.scopes.set(path, scope);
    states?.items.forEach((item, i) => {
      const sm = asMap(item);
      const name = stringField(sm, 'Name');
      if (!sm || name === undefined) return;
      const p = childPath(path, name);
      const node: StateNode = {
        path: p,
        scope: path,
        name,
        type: stringField(sm, 'Type'),
        map: sm,
        seq: states,
        index: i,
      };
      if (!index.states.has(p)) index.states.set(p, node);
      scope.children.push(node);
      if (node.type === 'Parallel') {
        const bp = findPair(sm, 'Branches');
        const branches = asSeq(bp?.value);
        branches?.items.forEach((b, bi) => {
          const bm = asMap(b);
          if (bm)
            visit(bm, branchScopePath(p, bi), { kind: 'item', seq: branches, index: bi }, p, bi);
        });
      } else if (node.type === 'Map') {
        const pp = findPair(sm, 'Processor');
        const pm = asMap(pp?.value);
        if (pm && pp) visit(pm, processorScopePath(p), { kind: 'pair', map: sm, pair: pp }, p);
      }
    });
  };
  visit(root, '', { kind: 'root' });
  return index;
}
