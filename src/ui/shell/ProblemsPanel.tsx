import { AlertTriangle, CircleAlert, Info } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../core';

interface Props {
  diagnostics: readonly Diagnostic[];
  onPick: (d: Diagnostic) => void;
}

/** What the panel shows of one diagnostic. */
export interface ProblemRow {
  severity: Diagnostic['severity'];
  message: string;
  code: string;
  path: string | undefined;
  line: number;
  column: number;
}

/** Whether two diagnostics show the same row (their offsets may differ: not shown). */
export function sameProblem(a: ProblemRow, b: ProblemRow): boolean {
  return (
    a.severity === b.severity &&
    a.message === b.message &&
    a.code === b.code &&
    a.path === b.path &&
    a.line === b.line &&
    a.column === b.column
  );
}

/**
 * A selector of the rows to show that remembers its last answer: the same array while every
 * diagnostic shows the same (a commit re-validates and makes new objects each time), and the
 * previous row objects for the rows that did not change.
 */
export function createProblemsSelector(): (ds: readonly Diagnostic[]) => readonly ProblemRow[] {
  let last: readonly ProblemRow[] = [];
  let lastInput: readonly Diagnostic[] | undefined;
  return (ds) => {
    if (ds === lastInput) return last;
    lastInput = ds;
    let same = ds.length === last.length;
    const next = ds.map((d, i): ProblemRow => {
      const row: ProblemRow = {
        severity: d.severity,
        message: d.message,
        code: d.code,
        path: d.path,
        line: d.line,
        column: d.column,
      };
      const old = last[i];
      if (old && sameProblem(old, row)) return old;
      same = false;
      return row;
    });
    if (!same) last = next;
    return last;
  };
}

/**
 * Every diagnostic, in text order; clicking one selects its state and reveals its line. The
 * list re-renders only when what it shows changes, and then only the changed rows.
 */
export function ProblemsPanel({ diagnostics, onPick }: Props) {
  const [select] = useState(createProblemsSelector);
  const rows = useMemo(() => select(diagnostics), [select, diagnostics]);
  // A click reveals the diagnostic as it is now (its offsets move with edits above it).
  const latest = useRef({ diagnostics, onPick });
  useEffect(() => {
    latest.current = { diagnostics, onPick };
  }, [diagnostics, onPick]);
  const pick = useCallback((i: number) => {
    const d = latest.current.diagnostics[i];
    if (d) latest.current.onPick(d);
  }, []);
  return <ProblemsList rows={rows} onPick={pick} />;
}

const ProblemsList = memo(function ProblemsList({
  rows,
  onPick,
}: {
  rows: readonly ProblemRow[];
  onPick: (index: number) => void;
}) {
  return (
    <section className="problems" aria-label="Problems">
      <div className="pane-header">Problems ({rows.length})</div>
      {rows.length === 0 ? (
        <div className="problems__empty">No problems: the workflow is valid.</div>
      ) : (
        <ul className="problems__list">
          {rows.map((row, i) => (
            <ProblemItem key={`${row.code}:${i}`} row={row} index={i} onPick={onPick} />
          ))}
        </ul>
      )}
    </section>
  );
});

const ProblemItem = memo(function ProblemItem({
  row,
  index,
  onPick,
}: {
  row: ProblemRow;
  index: number;
  onPick: (index: number) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`problems__item problems__item--${row.severity}`}
        data-testid="problems.item"
        onClick={() => onPick(index)}
      >
        {row.severity === 'error' ? (
          <CircleAlert size={14} aria-label="Error" />
        ) : row.severity === 'warning' ? (
          <AlertTriangle size={14} aria-label="Warning" />
        ) : (
          <Info size={14} aria-label="Info" />
        )}
        <span className="problems__message">{row.message}</span>
        <span className="problems__code">{row.code}</span>
        <span className="problems__loc">
          {row.path ? `${row.path} · ` : ''}Ln {row.line}, Col {row.column}
        </span>
      </button>
    </li>
  );
});
