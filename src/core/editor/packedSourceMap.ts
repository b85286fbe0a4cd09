import type { ScopePath, StatePath } from '../model/statePath';
import type { NodeLoc, SourceMap, StateLoc } from '../yaml/types';

/**
 * A source map in a form that is cheap to post between threads. Structured clone of the plain
 * map costs a main-thread pause that grows with the document (about 80 ms at 5,000 states on a
 * slow machine), almost all of it for the per-state `fields` maps, which the main thread rarely
 * reads. Here the numbers travel in typed arrays (transferable, no copy) and each state's field
 * names in one JSON string; `unpackSourceMap` rebuilds the states and decodes a state's fields
 * only when something reads them.
 */
export interface PackedSourceMap {
  top: Map<string, NodeLoc>;
  scopes: SourceMap['scopes'];
  paths: StatePath[];
  stateScopes: ScopePath[];
  /** Per state: range start, end, item range start, end. */
  stateRanges: Int32Array;
  /** Per state: its field paths, as a JSON array. */
  fieldKeys: string[];
  /** Per state i: its fields are `fieldOffsets[i]` up to `fieldOffsets[i + 1]`. */
  fieldOffsets: Int32Array;
  /** Per field: range start, end, key range start, end (-1 when the value has no key). */
  fieldRanges: Int32Array;
}

export function packSourceMap(sm: SourceMap): PackedSourceMap {
  const n = sm.states.size;
  let fieldCount = 0;
  for (const loc of sm.states.values()) fieldCount += loc.fields.size;
  const paths: StatePath[] = [];
  const stateScopes: ScopePath[] = [];
  const stateRanges = new Int32Array(n * 4);
  const fieldKeys: string[] = [];
  const fieldOffsets = new Int32Array(n + 1);
  const fieldRanges = new Int32Array(fieldCount * 4);
  let i = 0;
  let f = 0;
  for (const loc of sm.states.values()) {
    paths.push(loc.path);
    stateScopes.push(loc.scope);
    stateRanges.set(
      [loc.range.start, loc.range.end, loc.itemRange.start, loc.itemRange.end],
      i * 4,
    );
    fieldOffsets[i] = f;
    const keys: string[] = [];
    for (const [key, at] of loc.fields) {
      keys.push(key);
      fieldRanges.set(
        [
          at.range.start,
          at.range.end,
          at.keyRange ? at.keyRange.start : -1,
          at.keyRange ? at.keyRange.end : -1,
        ],
        f * 4,
      );
      f++;
    }
    fieldKeys.push(JSON.stringify(keys));
    i++;
  }
  fieldOffsets[n] = f;
  return {
    top: sm.top,
    scopes: sm.scopes,
    paths,
    stateScopes,
    stateRanges,
    fieldKeys,
    fieldOffsets,
    fieldRanges,
  };
}

/** The buffers to transfer with a posted packed map (they are not copied). */
export function packedBuffers(p: PackedSourceMap): ArrayBuffer[] {
  return [p.stateRanges, p.fieldOffsets, p.fieldRanges].map((a) => a.buffer as ArrayBuffer);
}

export function unpackSourceMap(p: PackedSourceMap): SourceMap {
  const states = new Map<StatePath, StateLoc>();
  const r = p.stateRanges;
  for (let i = 0; i < p.paths.length; i++) {
    const path = p.paths[i] as StatePath;
    let fields: Map<string, NodeLoc> | null = null;
    const loc = {
      path,
      scope: p.stateScopes[i] as ScopePath,
      range: { start: r[i * 4] as number, end: r[i * 4 + 1] as number },
      itemRange: { start: r[i * 4 + 2] as number, end: r[i * 4 + 3] as number },
    } as StateLoc;
    Object.defineProperty(loc, 'fields', {
      enumerable: true,
      get: () => (fields ??= decodeFields(p, i)),
    });
    states.set(path, loc);
  }
  return { states, top: p.top, scopes: p.scopes };
}

function decodeFields(p: PackedSourceMap, i: number): Map<string, NodeLoc> {
  const keys = JSON.parse(p.fieldKeys[i] as string) as string[];
  const from = p.fieldOffsets[i] as number;
  const fr = p.fieldRanges;
  const fields = new Map<string, NodeLoc>();
  keys.forEach((key, k) => {
    const j = (from + k) * 4;
    const loc: NodeLoc = { range: { start: fr[j] as number, end: fr[j + 1] as number } };
    if ((fr[j + 2] as number) >= 0)
      loc.keyRange = { start: fr[j + 2] as number, end: fr[j + 3] as number };
    fields.set(key, loc);
  });
  return fields;
}
