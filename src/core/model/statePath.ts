/**
 * State paths identify a state across the product (canvas ids, selection, source map, mocks,
 * events): names from the top level down, with the branch index for Parallel, joined by `/`.
 * `Fanout/0/Check` is `Check` in branch 0 of Parallel `Fanout`; `EachItem/Resize` is `Resize` in
 * the processor of Map `EachItem`. `/` and `\` inside a name are escaped with `\`.
 */

export type StatePath = string;

/** One step down from a container into a nested scope. */
export type ScopeStep = { kind: 'branch'; index: number } | { kind: 'processor' };

/** Escapes one state name for use as a path segment. */
export function escapeSegment(name: string): string {
  if (name.indexOf('/') < 0 && name.indexOf('\\') < 0) return name;
  return name.replace(/[\\/]/g, (c) => '\\' + c);
}

/** Splits a path into raw segments, undoing the escapes. */
export function splitPath(path: StatePath): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (c === '\\' && i + 1 < path.length) {
      cur += path[++i];
    } else if (c === '/') {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

/** Joins raw segments (names and branch indices) into a path. */
export function joinPath(segments: readonly (string | number)[]): StatePath {
  return segments.map((s) => (typeof s === 'number' ? String(s) : escapeSegment(s))).join('/');
}

/**
 * The path of a scope: '' for the top level, `Fanout/0` for branch 0 of `Fanout`,
 * `EachItem` for the processor of Map `EachItem`.
 */
export type ScopePath = string;

/** Path of state `name` inside scope `scope`. */
export function childPath(scope: ScopePath, name: string): StatePath {
  return scope === '' ? escapeSegment(name) : `${scope}/${escapeSegment(name)}`;
}

/** Path of branch `index` of the Parallel at `parallelPath`. */
export function branchScopePath(parallelPath: StatePath, index: number): ScopePath {
  return `${parallelPath}/${index}`;
}

/** Path of the processor scope of the Map at `mapPath` (the same string as the Map's path). */
export function processorScopePath(mapPath: StatePath): ScopePath {
  return mapPath;
}

/** The last segment of a path: the state's own name. */
export function nameOf(path: StatePath): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '';
}

/**
 * The scope a state path lives in ('' for the top level). Works on the escaped string: the
 * last unescaped `/` separates the scope from the name.
 */
export function scopeOf(path: StatePath): ScopePath {
  for (let i = path.length - 1; i >= 0; i--) {
    if (path[i] === '/') {
      let backslashes = 0;
      for (let j = i - 1; j >= 0 && path[j] === '\\'; j--) backslashes++;
      if (backslashes % 2 === 0) return path.slice(0, i);
    }
  }
  return '';
}

/**
 * The paths of `paths` that are not inside another of them (in their order): acting on a
 * container acts on what it holds, so a selection of a Parallel and states in its branches is
 * deleted, copied or duplicated as the Parallel alone.
 */
export function outermostPaths(paths: readonly StatePath[]): StatePath[] {
  const all = new Set(paths);
  const seen = new Set<StatePath>();
  return paths.filter((p) => {
    if (seen.has(p)) return false;
    seen.add(p);
    // Each enclosing scope, up to the top: a selected container (or a branch path) holds `p`.
    for (let scope = scopeOf(p); scope !== ''; scope = scopeOf(scope))
      if (all.has(scope)) return false;
    return true;
  });
}
