import type { Document } from 'yaml';
import type { Scope, State, StateMachine } from '../model/types';

/**
 * A typed model read straight from the document the command edits, so rules and the edited
 * nodes always agree (the same names, the same paths). Items that are not mappings with a
 * string `Name` are left out, as in `indexDocument`; nested scopes are made well-formed.
 */
export function modelFromDoc(doc: Document.Parsed): StateMachine {
  const js: unknown = doc.toJS({ maxAliasCount: 100 });
  const root = isObject(js) ? js : {};
  return { ...root, States: cleanStates(root['States']) } as StateMachine;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cleanScope(v: unknown): Scope {
  const o = isObject(v) ? v : {};
  return { ...o, States: cleanStates(o['States']) } as Scope;
}

function cleanStates(v: unknown): State[] {
  if (!Array.isArray(v)) return [];
  const out: State[] = [];
  for (const item of v) {
    if (!isObject(item)) continue;
    const name = item['Name'];
    if (name === null || name === undefined || typeof name === 'object') continue;
    const s: Record<string, unknown> = { ...item, Name: String(name) };
    if (s['Type'] === 'Parallel') {
      s['Branches'] = Array.isArray(s['Branches']) ? s['Branches'].map(cleanScope) : undefined;
    } else if (s['Type'] === 'Map' && s['Processor'] !== undefined) {
      s['Processor'] = cleanScope(s['Processor']);
    }
    out.push(s as unknown as State);
  }
  return out;
}
