import { escapeSegment, type StatePath } from '../model/statePath';
import type { JsonValue, State } from '../model/types';
import type { StateEntry } from '../model/walkStates';

/** The map a value sits in, which decides the variables its expressions may use. */
export type SiteKind =
  | 'InputConstructor'
  | 'OutputConstructor'
  | 'GlobalConstructor'
  | 'ItemConstructor'
  | 'Parameters'
  | 'CatchOutputConstructor';

/** One value inside a constructor or Parameters map, at any depth. */
export interface ValueSite {
  path: StatePath;
  /** Field path of the value in the state (`Parameters/body/key.$`), as in the source map. */
  field: string;
  /** The key holding the value (for list items: the key of the list). */
  key: string;
  value: JsonValue;
  site: SiteKind;
  /** The key ends in `.$`: the value is an expression. */
  expression: boolean;
  /** The value is a list item (it cannot take `.$`). */
  inList: boolean;
}

const TOP_MAPS = [
  'InputConstructor',
  'OutputConstructor',
  'GlobalConstructor',
  'ItemConstructor',
  'Parameters',
] as const;

/**
 * Every value of every constructor and Parameters map (recursively), one pass over the model.
 * Under a `.$` key the value is an expression and is not descended into (an object there is
 * the FNF `input.$: {…}` form of fdl.md Q14).
 */
export function collectValueSites(states: readonly StateEntry[]): ValueSite[] {
  const out: ValueSite[] = [];
  for (const { state, path } of states) {
    const s = state as State & Partial<Record<(typeof TOP_MAPS)[number], unknown>>;
    for (const name of TOP_MAPS) {
      const map = s[name];
      if (isObject(map)) walkMap(out, path, name, map, name);
    }
    if ('Catch' in state && state.Catch) {
      state.Catch.forEach((rule, i) => {
        if (rule.OutputConstructor) {
          const field = `Catch/${i}/OutputConstructor`;
          walkMap(out, path, field, rule.OutputConstructor, 'CatchOutputConstructor');
        }
      });
    }
  }
  return out;
}

function isObject(v: unknown): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function walkMap(
  out: ValueSite[],
  path: StatePath,
  field: string,
  map: { [key: string]: JsonValue },
  site: SiteKind,
): void {
  for (const key of Object.keys(map)) {
    const value = map[key] as JsonValue;
    const f = `${field}/${escapeSegment(key)}`;
    const expression = key.endsWith('.$');
    out.push({ path, field: f, key, value, site, expression, inList: false });
    if (!expression) walkValue(out, path, f, key, value, site);
  }
}

function walkValue(
  out: ValueSite[],
  path: StatePath,
  field: string,
  key: string,
  value: JsonValue,
  site: SiteKind,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const f = `${field}/${i}`;
      out.push({ path, field: f, key, value: item, site, expression: false, inList: true });
      walkValue(out, path, f, key, item, site);
    });
  } else if (isObject(value)) {
    walkMap(out, path, field, value, site);
  }
}
