import { useId, type ReactNode } from 'react';
import type { InspectorEdit } from '../useInspectorEdit';
import { describedBy, FieldShell, type FieldMessage } from './FieldShell';
import { useFieldText, type CommitFn } from './useFieldText';

export interface TextFieldProps {
  edit: InspectorEdit;
  /** The field path (draft key and session); the test id is `inspector.field.<testName ?? field>`. */
  field: string;
  testName?: string;
  label: string;
  help?: ReactNode;
  /** The value as the YAML holds it now. */
  value: string;
  /**
   * Writes the text (in the given session). Returns a message that keeps the text in the field
   * unwritten (`error`), or a note to show while it is written (`warning`), or null.
   */
  commit: CommitFn;
  /** `live` writes while typing (one undo entry per session); `blur` on blur or Enter. */
  when?: 'live' | 'blur';
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  messages?: readonly FieldMessage[];
  aside?: ReactNode;
  inputMode?: 'numeric' | 'decimal' | 'text';
  mono?: boolean;
}

/**
 * A text control bound to one field. Invalid text stays in the field (and survives switching
 * states) and is not written; valid text is written at once through the inspector's commands.
 */
export function TextField(p: TextFieldProps) {
  const id = useId();
  const when = p.when ?? 'live';
  const f = useFieldText(p.edit, p.field, p.value, p.commit, when);
  const messages = [...(f.local ? [f.local] : []), ...(p.messages ?? [])];
  const common = {
    id,
    value: f.text,
    disabled: p.edit.readOnly !== null,
    placeholder: p.placeholder,
    'aria-invalid': messages.some((m) => m.severity === 'error') || undefined,
    'aria-describedby': describedBy(id, !!p.help, messages.length),
    className: `ifield__input${p.mono ? ' ifield__input--mono' : ''}`,
    'data-testid': `inspector.field.${p.testName ?? p.field}`,
    onFocus: f.onFocus,
    onBlur: f.onBlur,
  };
  return (
    <FieldShell id={id} label={p.label} help={p.help} messages={messages} aside={p.aside}>
      {p.multiline ? (
        <textarea
          {...common}
          rows={p.rows ?? 3}
          spellCheck={false}
          onChange={(e) => f.change(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={p.inputMode}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => f.change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && when === 'blur') {
              e.preventDefault();
              f.flush();
            } else if (e.key === 'Escape' && when === 'blur') {
              // Escape cancels the edit, then the inspector returns focus to the canvas.
              f.revert();
            }
          }}
        />
      )}
    </FieldShell>
  );
}
