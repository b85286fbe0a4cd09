import type { ScopeNode } from '../docIndex';
import { refsTo } from '../refs';
import type { YamlTextEditor } from '../text/yamlTextEditor';

/**
 * Renaming behavior: every `StartAt`, `Next`, `Default`, Choice branch `Next` and Catch `Next`
 * in the scope that named `oldName` now names `newName`. References in other scopes are not
 * touched: names are resolved per scope.
 */
export function renameReferences(
  ed: YamlTextEditor,
  scope: ScopeNode,
  oldName: string,
  newName: string,
): number {
  const refs = refsTo(scope, oldName);
  for (const r of refs) ed.replaceScalar(r.scalar, newName);
  return refs.length;
}
