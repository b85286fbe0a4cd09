import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { checkPathRows, defaultKeyFor, type PathRow } from '../../../core';
import { draftKey, getDraft, setDraft } from '../fields/drafts';
import { FieldShell } from '../fields/FieldShell';
import { PreviewLine } from '../fields/PreviewLine';
import type { InspectorEdit } from '../useInspectorEdit';

interface Props {
  edit: InspectorEdit;
  side: 'input' | 'output';
  rows: PathRow[];
  /** Writes valid rows (one field session per focus of the editor). */
  write(rows: PathRow[], session: string): void;
}

/**
 * "Use JSONPath to select some parameters": one row per selected value, a JSONPath query and
 * the field it becomes (defaulting to the query's last name). Invalid rows are kept and flagged.
 */
export function PathRowsEditor({ edit, side, rows: fromYaml, write }: Props) {
  const id = useId();
  const key = draftKey(edit.path, `${side}#jsonpath`);
  const [rows, setRows] = useState<PathRow[]>(() => {
    const d = getDraft(key);
    if (d) return JSON.parse(d.text) as PathRow[];
    return fromYaml.length > 0 ? fromYaml : [{ key: '', path: '$.' }];
  });
  const session = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const yamlText = JSON.stringify(fromYaml);
  const written = useRef(yamlText);
  useEffect(() => {
    if (yamlText !== written.current && getDraft(key) === undefined && fromYaml.length > 0) {
      written.current = yamlText;
      setRows(JSON.parse(yamlText) as PathRow[]);
    }
  }, [yamlText, key, fromYaml.length]);

  const effective = (rs: PathRow[]) =>
    rs.map((r) => ({ key: r.key.trim() === '' ? defaultKeyFor(r.path) : r.key, path: r.path }));
  const problems = checkPathRows(effective(rows), side);
  const update = (next: PathRow[]) => {
    setRows(next);
    session.current ??= edit.begin(`${side}#jsonpath`);
    const eff = effective(next);
    if (next.length === 0 || checkPathRows(eff, side).some((p) => p !== null)) {
      setDraft(key, { text: JSON.stringify(next), message: null });
      return;
    }
    setDraft(key, undefined);
    written.current = JSON.stringify(eff);
    write(eff, session.current);
  };
  const disabled = edit.readOnly !== null;
  return (
    <FieldShell
      id={id}
      label={side === 'input' ? 'JSONPath over the state input' : 'JSONPath over the result'}
      help={
        side === 'input'
          ? 'Each row selects a value from the input ($.order.id) into a field of the new input.'
          : 'Each row selects one value from the result ($.Body.id), stored as $Output.Body.id.'
      }
    >
      <div
        ref={box}
        className="irows"
        id={id}
        // A label's `for` cannot name a div: the rows are a group named by the field's label.
        role="group"
        aria-labelledby={`${id}-label`}
        data-testid={`inspector.${side}.jsonpath`}
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node | null)) {
            session.current = null;
            edit.end();
          }
        }}
      >
        {rows.map((r, i) => (
          <div key={i} className="irow">
            <div className="irow__line">
              <input
                className="ifield__input ifield__input--mono irow__value"
                aria-label={`Row ${i + 1} JSONPath`}
                value={r.path}
                disabled={disabled}
                placeholder="$.field"
                spellCheck={false}
                aria-invalid={!!problems[i] || undefined}
                data-testid={`inspector.${side}.jsonpath.${i}.path`}
                onChange={(e) =>
                  update(rows.map((x, j) => (j === i ? { ...x, path: e.target.value } : x)))
                }
              />
              <span className="imuted irow__arrow" aria-hidden="true">
                →
              </span>
              <input
                className="ifield__input irow__key"
                aria-label={`Row ${i + 1} field name`}
                value={r.key}
                disabled={disabled}
                placeholder={defaultKeyFor(r.path)}
                data-testid={`inspector.${side}.jsonpath.${i}.key`}
                onChange={(e) =>
                  update(rows.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))
                }
              />
              <button
                type="button"
                className="icon-btn irow__remove"
                aria-label={`Remove row ${i + 1}`}
                disabled={disabled || rows.length <= 1}
                onClick={() => update(rows.filter((_, j) => j !== i))}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </div>
            {problems[i] ? (
              <div className="ifield__msg ifield__msg--error">{problems[i]}</div>
            ) : (
              <PreviewLine
                edit={edit}
                field={side === 'input' ? 'InputConstructor' : 'OutputConstructor'}
                // The output rows are stored as `$Output<path>`: preview what is written.
                source={side === 'input' ? r.path : `$Output${r.path.slice(1)}`}
                testName={`${side}.jsonpath.${i}`}
                quietWhenIdle={i > 0}
              />
            )}
          </div>
        ))}
        <button
          type="button"
          className="ibtn ibtn--ghost"
          disabled={disabled}
          onClick={() => setRows([...rows, { key: '', path: '$.' }])}
        >
          <Plus size={14} aria-hidden="true" /> Add selection
        </button>
      </div>
    </FieldShell>
  );
}
