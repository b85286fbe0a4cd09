import { useId, type ReactNode } from 'react';
import type { InspectorEdit } from '../useInspectorEdit';
import { describedBy, FieldShell, type FieldMessage } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface Props {
  edit: InspectorEdit;
  testName: string;
  label: string;
  help?: ReactNode;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  messages?: readonly FieldMessage[];
  testId?: string;
}

/** A labelled native select (keyboard and screen-reader friendly by construction). */
export function SelectField(p: Props) {
  const id = useId();
  const messages = p.messages ?? [];
  const known = p.options.some((o) => o.value === p.value);
  return (
    <FieldShell id={id} label={p.label} help={p.help} messages={messages}>
      <select
        id={id}
        className="ifield__input"
        value={p.value}
        disabled={p.edit.readOnly !== null}
        data-testid={p.testId ?? `inspector.field.${p.testName}`}
        aria-invalid={messages.some((m) => m.severity === 'error') || undefined}
        aria-describedby={describedBy(id, !!p.help, messages.length)}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {!known && (
          <option value={p.value}>{p.value === '' ? '—' : `${p.value} (not available)`}</option>
        )}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
