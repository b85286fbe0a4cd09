import type { JsonValue } from '../../core';

/** Pretty-printed JSON in a scrollable, selectable block. */
export function JsonView({
  value,
  label,
  testId,
}: {
  value: JsonValue | null | undefined;
  label: string;
  testId?: string;
}) {
  return (
    <figure className="sim-json">
      <figcaption>{label}</figcaption>
      <pre className="sim-mono" data-testid={testId} tabIndex={0} aria-label={label}>
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}
