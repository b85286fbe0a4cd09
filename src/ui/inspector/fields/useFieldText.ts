import { useEffect, useRef, useState } from 'react';
import type { InspectorEdit } from '../useInspectorEdit';
import { draftKey, getDraft, setDraft } from './drafts';
import type { FieldMessage } from './FieldShell';

export type CommitFn = (text: string, session: string) => FieldMessage | null;

/**
 * The text of one field: follows the YAML while the user is not typing there, keeps invalid
 * text as a draft (not written, kept across state switches), and writes valid text in one
 * field session (focus → blur) so it is one undo entry.
 */
export function useFieldText(
  edit: InspectorEdit,
  field: string,
  value: string,
  commit: CommitFn,
  when: 'live' | 'blur' = 'live',
) {
  const key = draftKey(edit.path, field);
  const [text, setText] = useState(() => getDraft(key)?.text ?? value);
  const [local, setLocal] = useState<FieldMessage | null>(() => getDraft(key)?.message ?? null);
  const focused = useRef(false);
  const session = useRef<string | null>(null);
  const reverted = useRef(false);

  useEffect(() => {
    if (!focused.current && getDraft(key) === undefined) {
      setText(value);
      setLocal(null);
    }
  }, [value, key]);

  const apply = (t: string) => {
    session.current ??= edit.begin(field);
    const m = commit(t, session.current);
    setLocal(m);
    setDraft(key, m?.severity === 'error' && !m.written ? { text: t, message: m } : undefined);
  };

  return {
    text,
    local,
    change(t: string) {
      setText(t);
      if (when === 'live') apply(t);
    },
    /** Writes now (Enter in a blur-mode field). */
    flush() {
      if (text !== value) apply(text);
    },
    /** Drops what was typed in a blur-mode field (Escape): nothing is written. */
    revert() {
      reverted.current = true;
      setText(value);
      setLocal(null);
      setDraft(key, undefined);
    },
    onFocus() {
      focused.current = true;
      reverted.current = false;
    },
    onBlur() {
      if (when === 'blur' && text !== value && !reverted.current) apply(text);
      focused.current = false;
      session.current = null;
      edit.end();
    },
  };
}
