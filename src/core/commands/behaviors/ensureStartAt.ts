import type { ScopeNode } from '../docIndex';
import { findPair, scalarString } from '../text/nodes';
import type { YamlTextEditor } from '../text/yamlTextEditor';

/**
 * Start behavior: a state added to a scope with no states (or no `StartAt`) becomes the
 * scope's `StartAt`, written before `States`.
 */
export function ensureStartAt(ed: YamlTextEditor, scope: ScopeNode, name: string): void {
  const start = findPair(scope.map, 'StartAt');
  const current = scalarString(start?.value);
  const empty = scope.children.length === 0;
  if (start && current !== undefined && current !== '' && !empty) return;
  if (scope.map.items.length === 0) return;
  ed.setPair(scope.map, 'StartAt', name, ['States']);
}
