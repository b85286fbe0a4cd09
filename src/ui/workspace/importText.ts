import { checkImport } from '../../core';
import type { EditorPort } from '../studio/editorPort';

/**
 * Imports a text into the open workflow when it is a workflow: one commit through the editor
 * store (its own history entry, so Undo brings the previous text back). Returns the refusal
 * message otherwise; nothing is replaced then.
 */
export function importIntoPort(port: EditorPort, text: string, label = 'Import'): string | null {
  const checked = checkImport(text);
  if (!checked.ok) return checked.message;
  port.store.getState().commit({ source: checked.text, origin: 'yaml', label });
  return null;
}
