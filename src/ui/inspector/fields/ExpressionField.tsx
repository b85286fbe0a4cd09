import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { checkExpressionText, completeExpression, type ExpressionCompletion } from '../../../core';
import type { InspectorEdit } from '../useInspectorEdit';
import { describedBy, FieldShell, type FieldMessage } from './FieldShell';
import { PreviewLine } from './PreviewLine';
import { useFieldText } from './useFieldText';

interface Props {
  edit: InspectorEdit;
  field: string;
  testName?: string;
  label: string;
  help?: ReactNode;
  value: string;
  /** Writes a syntactically valid expression. Returns a refusal message or null. */
  write(text: string, session: string): FieldMessage | null;
  messages?: readonly FieldMessage[];
  placeholder?: string;
  /** Variables offered in completion (default `$Input`, `$Context`, `$Global`). */
  variables?: readonly string[];
  aside?: ReactNode;
}

/**
 * An expression input (Choice `Condition`, Map `ItemsPath`, `Seconds.$`…): checked with the
 * core parser as you type (a syntax error keeps the text unwritten, shown under the field) and
 * completing variables and function names (↓/↑ to choose, Enter or Tab to insert).
 */
export function ExpressionField(p: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  // The caret after an accepted completion, placed as soon as React has written the new value:
  // in a later frame, keys typed meanwhile would land before it (".vip" became "vip.").
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const pos = pendingCaret.current;
    if (pos === null) return;
    pendingCaret.current = null;
    input.current?.setSelectionRange(pos, pos);
  });
  const commit = (text: string, session: string): FieldMessage | null => {
    const problems = checkExpressionText(text);
    if (problems[0]) return { severity: 'error', message: problems[0].message };
    return p.write(text, session);
  };
  const f = useFieldText(p.edit, p.field, p.value, commit);
  const completion =
    caret === null || dismissed ? null : completeExpression(f.text, caret, p.variables);
  const items: ExpressionCompletion[] = completion?.items.slice(0, 8) ?? [];
  const open =
    items.length > 0 &&
    !(items.length === 1 && f.text.slice(completion?.from, caret ?? 0) === items[0]?.insert);
  const listId = `${id}-list`;

  const accept = (item: ExpressionCompletion) => {
    if (!completion || caret === null) return;
    const next = f.text.slice(0, completion.from) + item.insert + f.text.slice(caret);
    f.change(next);
    const pos = completion.from + item.insert.length;
    pendingCaret.current = pos;
    setCaret(pos);
    setActive(0);
  };
  const messages = [...(f.local ? [f.local] : []), ...(p.messages ?? [])];
  return (
    <FieldShell id={id} label={p.label} help={p.help} messages={messages} aside={p.aside}>
      <div className="iexpr">
        <input
          ref={input}
          id={id}
          className="ifield__input ifield__input--mono"
          value={f.text}
          placeholder={p.placeholder}
          disabled={p.edit.readOnly !== null}
          spellCheck={false}
          autoComplete="off"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-invalid={messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(id, !!p.help, messages.length)}
          data-testid={`inspector.field.${p.testName ?? p.field}`}
          onFocus={(e) => {
            f.onFocus();
            setCaret(e.currentTarget.selectionStart);
          }}
          onBlur={() => {
            f.onBlur();
            setCaret(null);
          }}
          onChange={(e) => {
            setDismissed(false);
            setActive(0);
            setCaret(e.target.selectionStart);
            f.change(e.target.value);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            if (!open) return;
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const d = e.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => (a + d + items.length) % items.length);
            } else if (e.key === 'Enter' || e.key === 'Tab') {
              const item = items[active];
              if (item) {
                e.preventDefault();
                accept(item);
              }
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setDismissed(true);
            }
          }}
        />
        {open && (
          <ul className="iexpr__list" id={listId} role="listbox" aria-label="Completions">
            {items.map((it, i) => (
              <li
                key={it.label}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`iexpr__item${i === active ? ' iexpr__item--active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  accept(it);
                }}
              >
                <span className="iexpr__label">{it.label}</span>
                <span className="iexpr__detail">{it.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!f.local && (
        <PreviewLine
          edit={p.edit}
          field={p.field}
          source={f.text}
          testName={p.testName ?? p.field}
        />
      )}
    </FieldShell>
  );
}
