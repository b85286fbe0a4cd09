import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  checkExpressionText,
  constructorFromRows,
  NO_RUN_MESSAGE,
  previewFieldOf,
  rowsFromConstructor,
  toggleRowKind,
  type Constructor,
  type ConstructorRow,
  type JsonValue,
} from '../../../core';
import { draftKey, getDraft, setDraft } from '../fields/drafts';
import { FieldShell } from '../fields/FieldShell';
import { PreviewLine, useHasRun } from '../fields/PreviewLine';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';

interface Props {
  edit: InspectorEdit;
  /** `InputConstructor`, `OutputConstructor`, `GlobalConstructor`, `Parameters`, `Catch/0/OutputConstructor`… */
  field: string;
  label: string;
  help?: ReactNode;
  value: Constructor | undefined;
  /** What no rows means: remove the field (default), or keep an empty map. */
  empty?: 'unset' | 'map';
  testName?: string;
}

/**
 * A constructor map edited as key/value rows (a Constant/Expression toggle per row adds or
 * removes the `.$` suffix) or as YAML/JSON text. Rows that cannot be written (an empty or
 * repeated key, an invalid expression) stay on screen, flagged, and nothing is written.
 */
export function ConstructorEditor(p: Props) {
  const [asText, setAsText] = useState(false);
  const toggle = (
    <span className="iseg" role="group" aria-label={`${p.label}: rows or text`}>
      <button
        type="button"
        className="iseg__btn"
        aria-pressed={!asText}
        onClick={() => setAsText(false)}
      >
        Rows
      </button>
      <button
        type="button"
        className="iseg__btn"
        aria-pressed={asText}
        onClick={() => setAsText(true)}
      >
        YAML / JSON
      </button>
    </span>
  );
  if (asText) {
    return (
      <YamlValueEditor
        edit={p.edit}
        field={p.field}
        testName={p.testName ?? p.field.replace(/\//g, '.')}
        label={p.label}
        help={p.help}
        value={p.value}
        mapping
        rows={5}
        aside={toggle}
        messages={toMessages(p.edit.diagnosticsAt(p.field, true))}
        write={(v, session) =>
          v === undefined
            ? p.empty === 'map'
              ? p.edit.set(p.field, {}, session)
              : p.edit.unset(p.field, session)
            : p.edit.set(p.field, v, session)
        }
      />
    );
  }
  return <Rows {...p} toggle={toggle} />;
}

function Rows(p: Props & { toggle: ReactNode }) {
  const id = useId();
  const key = draftKey(p.edit.path, `${p.field}#rows`);
  const fromValue = () => rowsFromConstructor(p.value);
  const [rows, setRows] = useState<ConstructorRow[]>(() => {
    const d = getDraft(key);
    return d ? (JSON.parse(d.text) as ConstructorRow[]) : fromValue();
  });
  const written = useRef(JSON.stringify(p.value ?? null));
  const session = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // Follow the YAML when it changes from elsewhere (undo, the editor), unless a draft is pending.
  const current = JSON.stringify(p.value ?? null);
  useEffect(() => {
    if (current !== written.current && getDraft(key) === undefined) {
      written.current = current;
      setRows(rowsFromConstructor(JSON.parse(current) as Constructor | undefined));
    }
  }, [current, key]);

  const exprProblems = rows.map((r) =>
    r.expression && r.text.trim() !== '' ? (checkExpressionText(r.text)[0]?.message ?? null) : null,
  );
  const built = constructorFromRows(rows);
  const problems = built.ok ? [] : built.problems;

  const update = (next: ConstructorRow[]) => {
    setRows(next);
    session.current ??= p.edit.begin(p.field);
    const b = constructorFromRows(next);
    const exprBad = next.some(
      (r) => r.expression && r.text.trim() !== '' && checkExpressionText(r.text).length > 0,
    );
    if (!b.ok || exprBad) {
      setDraft(key, { text: JSON.stringify(next), message: null });
      return;
    }
    setDraft(key, undefined);
    const map: JsonValue = b.value;
    written.current = JSON.stringify(next.length === 0 && p.empty !== 'map' ? null : map);
    if (next.length === 0 && p.empty !== 'map') p.edit.unset(p.field, session.current);
    else p.edit.set(p.field, map, session.current);
  };
  const patch = (i: number, r: Partial<ConstructorRow>) =>
    update(rows.map((row, j) => (j === i ? { ...row, ...r } : row)));
  const disabled = p.edit.readOnly !== null;
  const testName = p.testName ?? p.field.replace(/\//g, '.');
  const hasRun = useHasRun();
  const previewable =
    previewFieldOf(p.field) !== null && rows.some((r) => r.expression && r.text.trim() !== '');

  return (
    <FieldShell
      id={id}
      label={p.label}
      help={p.help}
      aside={p.toggle}
      messages={toMessages(p.edit.diagnosticsAt(p.field, true))}
    >
      <div
        ref={box}
        className="irows"
        id={id}
        // A label's `for` cannot name a div: the rows are a group named by the field's label.
        role="group"
        aria-labelledby={`${id}-label`}
        data-testid={`inspector.field.${testName}`}
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node | null)) {
            session.current = null;
            p.edit.end();
          }
        }}
      >
        {rows.map((r, i) => {
          const keyProblem = problems.find((x) => x.row === i && x.part === 'key')?.message;
          const valueProblem =
            problems.find((x) => x.row === i && x.part === 'value')?.message ?? exprProblems[i];
          return (
            <div key={i} className="irow">
              <div className="irow__line">
                <input
                  className="ifield__input irow__key"
                  aria-label={`Row ${i + 1} key`}
                  value={r.key}
                  disabled={disabled}
                  placeholder="key"
                  aria-invalid={!!keyProblem || undefined}
                  onChange={(e) => patch(i, { key: e.target.value })}
                />
                <button
                  type="button"
                  className={`irow__kind${r.expression ? ' irow__kind--expr' : ''}`}
                  disabled={disabled}
                  aria-label={`Row ${i + 1}: ${r.expression ? 'expression (key ends in .$)' : 'constant'}; switch`}
                  title={r.expression ? 'Expression: the key ends in .$' : 'Constant value'}
                  onClick={() => update(rows.map((row, j) => (j === i ? toggleRowKind(row) : row)))}
                >
                  {r.expression ? '.$' : 'abc'}
                </button>
                <input
                  className="ifield__input ifield__input--mono irow__value"
                  aria-label={`Row ${i + 1} ${r.expression ? 'expression' : 'value'}`}
                  value={r.text}
                  disabled={disabled}
                  placeholder={r.expression ? '$Input.field' : 'value'}
                  aria-invalid={!!valueProblem || undefined}
                  spellCheck={false}
                  onChange={(e) => patch(i, { text: e.target.value })}
                />
                <button
                  type="button"
                  className="icon-btn irow__remove"
                  disabled={disabled}
                  aria-label={`Remove row ${i + 1}`}
                  onClick={() => update(rows.filter((_, j) => j !== i))}
                >
                  <Trash2 size={14} aria-hidden="true" />
                </button>
              </div>
              {keyProblem || valueProblem ? (
                <div className="ifield__msg ifield__msg--error">{keyProblem ?? valueProblem}</div>
              ) : (
                r.expression && (
                  <PreviewLine
                    edit={p.edit}
                    field={p.field}
                    source={r.text}
                    testName={`${testName}.${i}`}
                    quietWhenIdle
                  />
                )
              )}
            </div>
          );
        })}
        <button
          type="button"
          className="ibtn ibtn--ghost"
          disabled={disabled}
          onClick={() => setRows([...rows, { key: '', expression: false, text: '' }])}
        >
          <Plus size={14} aria-hidden="true" /> Add row
        </button>
        {previewable && !hasRun && (
          <div className="ipreview ipreview--idle" data-testid={`inspector.preview.${testName}`}>
            {NO_RUN_MESSAGE}
          </div>
        )}
      </div>
    </FieldShell>
  );
}
