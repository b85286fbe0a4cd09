import type { FieldMessage } from './FieldShell';

/** Typed text that was not written, with the reason it was not. */
export interface Draft {
  text: string;
  message: FieldMessage | null;
}

/**
 * Text typed in the inspector that is not written (invalid), by `<state path>::<field>`. It
 * outlives the field components so nothing typed is lost when the user selects another state
 * and comes back.
 */
const drafts = new Map<string, Draft>();

export function draftKey(path: string, field: string): string {
  return `${path}::${field}`;
}

export function getDraft(key: string): Draft | undefined {
  return drafts.get(key);
}

export function setDraft(key: string, draft: Draft | undefined): void {
  if (draft === undefined) drafts.delete(key);
  else drafts.set(key, draft);
}
