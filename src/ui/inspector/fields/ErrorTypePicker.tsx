import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { checkErrorName, ERROR_TYPES } from '../../../core';
import type { InspectorEdit } from '../useInspectorEdit';
import { describedBy, FieldShell, type FieldMessage } from './FieldShell';

interface Props {
  edit: InspectorEdit;
  /** `Retry/0/Errors` or `Catch/1/Errors`. */
  field: string;
  value: readonly string[];
  messages?: readonly FieldMessage[];
}

/**
 * Error Type: a multi-select of the known error names (FnF.ALL, FnF.Timeout, FC.*) that also
 * takes any custom name typed (Enter adds it). Each change writes the whole `Errors` list.
 */
export function ErrorTypePicker({ edit, field, value, messages = [] }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = `${id}-types`;
  const write = (next: string[]) => edit.set(field, next);
  const add = (name: string) => {
    const t = name.trim();
    const err = checkErrorName(t);
    if (err) return setProblem(err);
    setProblem(null);
    setText('');
    if (!value.includes(t)) write([...value, t]);
  };
  const all = [...(problem ? [{ severity: 'error' as const, message: problem }] : []), ...messages];
  const disabled = edit.readOnly !== null;
  return (
    <FieldShell id={id} label="Error Type" messages={all}>
      <div className="ichips" data-testid={`inspector.field.${field.replace(/\//g, '.')}.list`}>
        {value.length === 0 && all.length === 0 && (
          <span className="imuted ichips__empty">No error types: this rule matches nothing.</span>
        )}
        {value.map((e) => (
          <span key={e} className="ichip">
            {e}
            <button
              type="button"
              className="ichip__x"
              aria-label={`Remove ${e}`}
              disabled={disabled}
              onClick={() => write(value.filter((x) => x !== e))}
            >
              <X size={12} aria-hidden="true" />
            </button>
          </span>
        ))}
      </div>
      <input
        id={id}
        className="ifield__input ifield__input--mono"
        list={listId}
        value={text}
        disabled={disabled}
        placeholder="Pick or type a name, Enter adds it"
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy(id, false, all.length)}
        data-testid={`inspector.field.${field.replace(/\//g, '.')}`}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          setProblem(null);
          // Picking from the list fills the whole name: add it at once.
          if (ERROR_TYPES.some((t) => t.name === v)) add(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          }
        }}
      />
      <datalist id={listId}>
        {ERROR_TYPES.filter((t) => !value.includes(t.name)).map((t) => (
          <option key={t.name} value={t.name}>
            {t.description}
          </option>
        ))}
      </datalist>
    </FieldShell>
  );
}
