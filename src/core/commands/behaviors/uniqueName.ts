import type { DocIndex } from '../docIndex';

/**
 * A state name not used anywhere in the document (names are unique per scope by the language;
 * keeping new names unique everywhere avoids ambiguous events and mocks): `base`, then
 * `base2`, `base3`, ... `taken` adds names reserved by the same command.
 */
export function uniqueName(
  index: DocIndex,
  base: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const used = new Set<string>(taken);
  for (const s of index.states.values()) used.add(s.name);
  if (!used.has(base)) return base;
  const stem = base.replace(/\d+$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
