import { isMap, isPair, isScalar, type Node } from 'yaml';

/**
 * Recognises the legacy Serverless Workflow syntax (`version: v1beta1|v1`, `type: flow`,
 * `steps:`, lower-case keys), so that it is reported as what it is rather than as a cascade of
 * "unknown field" errors.
 */
export function isLegacyDefinition(root: Node | null): boolean {
  if (!root || !isMap(root)) return false;
  const keys = new Map<string, unknown>();
  for (const pair of root.items) {
    if (isPair(pair) && isScalar(pair.key)) {
      const v = pair.value as Node | null;
      keys.set(String(pair.key.value), v && isScalar(v) ? v.value : v);
    }
  }
  if (keys.has('Type') || keys.has('States')) return false;
  const version = keys.get('version');
  const hasVersion = version === 'v1' || version === 'v1beta1';
  return (
    (keys.get('type') === 'flow' && (hasVersion || keys.has('steps'))) ||
    (hasVersion && keys.has('steps'))
  );
}

export const LEGACY_MESSAGE =
  'This is a legacy Serverless Workflow definition (version/type: flow/steps), not CloudFlow FDL v1. ' +
  'FDL v1 starts with "Type: StateMachine" and "SpecVersion: v1" and lists "States" linked by StartAt and Next. ' +
  'FDL Studio edits only FDL v1: rewrite the steps as States (see docs/legacy.md for the mapping).';
