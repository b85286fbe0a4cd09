import { findScope, type ScopeEntry } from '../model/walkStates';
import type { ScopePath } from '../model/statePath';
import type { StateMachine } from '../model/types';

/** A rule's answer: `true`, or a reason a user understands (shown as a tooltip or toast). */
export type RuleResult = true | string;

/** A scope in words: "the top level", "branch 1 of “Fanout”", "the processor of “EachItem”". */
export function describeScope(model: StateMachine, scope: ScopePath): string {
  if (scope === '') return 'the top level';
  const entry: ScopeEntry | undefined = findScope(model, scope);
  if (!entry?.containerPath) return `scope “${scope}”`;
  const container = nameOfPath(entry.containerPath);
  return entry.branchIndex !== undefined
    ? `branch ${entry.branchIndex} of “${container}”`
    : `the processor of “${container}”`;
}

function nameOfPath(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? path;
}

/** Why a state name cannot be used, or true: non-empty, one line, no surrounding spaces. */
export function checkStateName(name: string): RuleResult {
  if (name.trim() === '') return 'A state needs a name.';
  if (name !== name.trim()) return 'A state name cannot start or end with spaces.';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'A state name must be one line of printable text.';
  if (name.length > 128) return 'A state name can have at most 128 characters.';
  return true;
}
