import { useId, useRef, type ReactNode } from 'react';
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
  const optionElements = useOptionElements(p.options);
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
        {optionElements}
      </select>
    </FieldShell>
  );
}

/** Whether two option lists hold the same options in the same order. */
function sameOptions(a: readonly SelectOption[], b: readonly SelectOption[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as SelectOption;
    const y = b[i] as SelectOption;
    if (x.value !== y.value || x.label !== y.label || x.disabled !== y.disabled) return false;
  }
  return true;
}

/**
 * The option elements, the very same ones while the options are equal: a Next select of a
 * 5,000-state scope holds 5,000 options, and each commit rebuilds the options as new objects;
 * React skips elements it has seen before instead of comparing 5,000 of them again.
 */
function useOptionElements(options: readonly SelectOption[]): ReactNode[] {
  const last = useRef<{ options: readonly SelectOption[]; elements: ReactNode[] } | null>(null);
  if (last.current && sameOptions(last.current.options, options)) return last.current.elements;
  const elements = options.map((o) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  ));
  last.current = { options, elements };
  return elements;
}
