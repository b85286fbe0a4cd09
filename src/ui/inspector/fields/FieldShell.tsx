import type { ReactNode } from 'react';

export interface FieldMessage {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The value was written anyway (the YAML can hold it; validation flags it there too). */
  written?: boolean;
}

interface Props {
  id: string;
  label: string;
  help?: ReactNode;
  messages?: readonly FieldMessage[];
  testId?: string;
  children: ReactNode;
  /** Extra control at the right of the label (a mode toggle). */
  aside?: ReactNode;
}

/** A field: label above, control, muted help, then its messages (errors under the field). */
export function FieldShell({ id, label, help, messages = [], testId, children, aside }: Props) {
  const unique = dedupe(messages);
  return (
    <div className="ifield" data-testid={testId}>
      <div className="ifield__label-row">
        <label className="ifield__label" htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
        {aside}
      </div>
      {children}
      {help && (
        <div className="ifield__help" id={`${id}-help`}>
          {help}
        </div>
      )}
      {unique.map((m, i) => (
        <div
          key={i}
          className={`ifield__msg ifield__msg--${m.severity}`}
          role={m.severity === 'error' ? 'alert' : undefined}
          id={i === 0 ? `${id}-msg` : undefined}
        >
          {m.message}
        </div>
      ))}
    </div>
  );
}

function dedupe(messages: readonly FieldMessage[]): FieldMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => (seen.has(m.message) ? false : (seen.add(m.message), true)));
}

/** aria-describedby for a control inside a FieldShell. */
export function describedBy(id: string, help: boolean, messages: number): string | undefined {
  const ids = [help ? `${id}-help` : '', messages > 0 ? `${id}-msg` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
