import { branchScopePath, type ScopePath, type StatePath } from '../model/statePath';

/**
 * Ids of generated nodes and of edges. State paths hold `\` only as the escapes `\\` and `\/`,
 * so a segment starting with `\#` never appears in a state path: generated ids use it and can
 * never collide with a state's id, whatever the state names are.
 *
 * | node | id | example |
 * | --- | --- | --- |
 * | state | its state path | `Fanout/0/Check` |
 * | Parallel branch lane | the branch scope path | `Fanout/0` |
 * | Map processor lane | `<mapPath>/\#processor` | `EachItem/\#processor` |
 * | start marker of a scope | `<scope>/\#start` (`\#start` at top level) | `Fanout/0/\#start` |
 * | end marker of a scope | `<scope>/\#end` | `\#end` |
 * | fail marker of a scope | `<scope>/\#fail` | `EachItem/\#fail` |
 */

const generated = (scope: ScopePath, what: string): string =>
  scope === '' ? `\\#${what}` : `${scope}/\\#${what}`;

/** Id of the start marker of a scope. */
export function startMarkerId(scope: ScopePath): string {
  return generated(scope, 'start');
}

/** Id of the end marker of a scope (after `End: true` and Succeed states). */
export function endMarkerId(scope: ScopePath): string {
  return generated(scope, 'end');
}

/** Id of the fail marker of a scope (after Fail states). */
export function failMarkerId(scope: ScopePath): string {
  return generated(scope, 'fail');
}

/** Id of the processor lane of the Map at `mapPath`. */
export function processorLaneId(mapPath: StatePath): string {
  return generated(mapPath, 'processor');
}

/** Id of the lane of branch `index` of the Parallel at `parallelPath`: the branch scope path. */
export function branchLaneId(parallelPath: StatePath, index: number): string {
  return branchScopePath(parallelPath, index);
}

const ID_SPECIAL = /[\\#>]/;
const ID_SPECIALS = /[\\#>]/g;
// Most names hold none of the three characters: test first, so the common case allocates nothing.
const escapeIdPart = (s: string): string =>
  ID_SPECIAL.test(s) ? s.replace(ID_SPECIALS, (c) => '\\' + c) : s;

/**
 * Id of an edge: `<from>-><to>#<field>`, e.g. `Route->Reject#Branches/0/Next`, with `\`, `#` and
 * `>` escaped by `\` inside from and to so that ids are unique for any names. A source has one
 * edge per field, so the id is stable as long as the source, field and target are.
 */
export function edgeId(from: string, to: string, field: string): string {
  return `${escapeIdPart(from)}->${escapeIdPart(to)}#${field}`;
}
