import type { StatePath } from '../model/statePath';
import { walkStates } from '../model/walkStates';
import { parseSource } from '../yaml/parseSource';

/** One line of a text diff. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed between two texts of a workflow. */
export interface VersionDiff {
  lines: DiffLine[];
  /** By state path; empty when either text does not parse (`parsed` tells). */
  added: StatePath[];
  removed: StatePath[];
  changed: StatePath[];
  parsed: boolean;
}

/** Above this many line pairs the LCS table is skipped: the middle is shown replaced whole. */
const MAX_CELLS = 4_000_000;

/** A line diff (longest common subsequence after trimming the common prefix and suffix). */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const out: DiffLine[] = a.slice(0, pre).map((text) => ({ kind: 'same', text }));
  if (am.length * bm.length > MAX_CELLS) {
    for (const text of am) out.push({ kind: 'removed', text });
    for (const text of bm) out.push({ kind: 'added', text });
  } else {
    const n = am.length;
    const m = bm.length;
    // lcs[i][j] = LCS length of am[i..] and bm[j..], flattened.
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * (m + 1) + j] =
          am[i] === bm[j]
            ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        out.push({ kind: 'same', text: am[i] ?? '' });
        i++;
        j++;
      } else if (
        j < m &&
        (i >= n || (lcs[i * (m + 1) + j + 1] ?? 0) >= (lcs[(i + 1) * (m + 1) + j] ?? 0))
      ) {
        out.push({ kind: 'added', text: bm[j] ?? '' });
        j++;
      } else {
        out.push({ kind: 'removed', text: am[i] ?? '' });
        i++;
      }
    }
  }
  for (const text of a.slice(a.length - suf)) out.push({ kind: 'same', text });
  return out;
}

/**
 * A state's own text: its mapping with the list items of nested states cut out (they are
 * compared on their own) and full-line comments dropped. The model is not used because it keeps
 * only the fields it knows.
 */
function statesOf(text: string): Map<StatePath, string> | null {
  const parsed = parseSource(text);
  if (!parsed.model) return null;
  const out = new Map<StatePath, string>();
  const locs = [...parsed.sourceMap.states.values()];
  for (const e of walkStates(parsed.model)) {
    const loc = parsed.sourceMap.states.get(e.path);
    if (!loc) continue;
    const inner = locs
      .filter((l) => l.path.startsWith(`${e.path}/`))
      .map((l) => l.itemRange)
      .sort((a, b) => a.start - b.start);
    let own = '';
    let at = loc.range.start;
    for (const r of inner) {
      if (r.start < at) continue;
      own += text.slice(at, r.start);
      at = r.end;
    }
    own += text.slice(at, loc.range.end);
    const lines = own.split(/\r?\n/).map((l) => l.trimEnd());
    out.set(e.path, lines.filter((l) => l !== '' && !l.trimStart().startsWith('#')).join('\n'));
  }
  return out;
}

/**
 * Compares two texts of a workflow: a line diff, and which states (by path) were added,
 * removed or changed. A state is "changed" when its own fields differ (a change inside a
 * Parallel branch marks the inner state, not the Parallel); full-line comments change no state.
 */
export function diffVersions(before: string, after: string): VersionDiff {
  const lines = diffLines(before, after);
  const a = statesOf(before);
  const b = statesOf(after);
  if (!a || !b) return { lines, added: [], removed: [], changed: [], parsed: false };
  const added = [...b.keys()].filter((p) => !a.has(p));
  const removed = [...a.keys()].filter((p) => !b.has(p));
  const changed = [...b.keys()].filter((p) => a.has(p) && a.get(p) !== b.get(p));
  return { lines, added, removed, changed, parsed: true };
}
