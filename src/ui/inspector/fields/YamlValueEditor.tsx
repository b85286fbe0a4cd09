import { useState, type ReactNode } from 'react';
import type { JsonValue } from '../../../core';
import type { InspectorEdit } from '../useInspectorEdit';
import type { FieldMessage } from './FieldShell';
import { TextField } from './TextField';
import { textToValue, valueToText, type TextFormat } from './yamlText';

interface Props {
  edit: InspectorEdit;
  /** The field path of the sub-tree: `Parameters`, `Parameters/body`, `Catch/0/OutputConstructor`. */
  field: string;
  testName?: string;
  label: string;
  help?: ReactNode;
  value: JsonValue | undefined;
  /** Only a map is accepted (constructors). */
  mapping?: boolean;
  messages?: readonly FieldMessage[];
  rows?: number;
  /** Writes the parsed value; default: set the field, or unset it when the text is empty. */
  write?(value: JsonValue | undefined, session: string): string | null;
  aside?: ReactNode;
}

/**
 * An embedded YAML/JSON editor for one sub-tree of the state, in sync with the forms and the
 * main editor: it shows the current value (YAML or JSON, the user's choice), and writes the
 * parsed value through `state.setField` only when it parses (otherwise the text stays, flagged).
 */
export function YamlValueEditor(p: Props) {
  const [format, setFormat] = useState<TextFormat>('yaml');
  const write =
    p.write ??
    ((value: JsonValue | undefined, session: string) =>
      value === undefined ? p.edit.unset(p.field, session) : p.edit.set(p.field, value, session));
  const toggle = (
    <span className="iseg" role="group" aria-label={`${p.label} format`}>
      {(['yaml', 'json'] as const).map((f) => (
        <button
          key={f}
          type="button"
          className="iseg__btn"
          aria-pressed={format === f}
          onClick={() => setFormat(f)}
        >
          {f.toUpperCase()}
        </button>
      ))}
    </span>
  );
  return (
    <TextField
      key={format}
      edit={p.edit}
      field={`${p.field}#text`}
      testName={p.testName ?? p.field.replace(/\//g, '.')}
      label={p.label}
      help={p.help}
      value={valueToText(p.value, format)}
      multiline
      mono
      rows={p.rows ?? 4}
      messages={p.messages}
      aside={
        <>
          {p.aside}
          {toggle}
        </>
      }
      commit={(text, session) => {
        const r = textToValue(text, { mapping: p.mapping ?? false });
        if (!r.ok) return { severity: 'error', message: r.message };
        const reason = write(r.value, session);
        return reason ? { severity: 'error', message: reason } : null;
      }}
    />
  );
}
