/**
 * A mode the user picked whose YAML is not written yet (nothing valid typed), or whose YAML reads
 * as another option (a filter map that only selects with JSONPath). Kept per state and side so
 * switching states does not lose the choice; cleared when the YAML encodes the picked mode.
 */
const overrides = new Map<string, string>();

export function getModeOverride(path: string, side: 'input' | 'output'): string | undefined {
  return overrides.get(`${path}::${side}`);
}

export function setModeOverride(
  path: string,
  side: 'input' | 'output',
  mode: string | undefined,
): void {
  if (mode === undefined) overrides.delete(`${path}::${side}`);
  else overrides.set(`${path}::${side}`, mode);
}
