import { AlertTriangle, CircleAlert, Info } from 'lucide-react';
import type { Diagnostic } from '../../core';

interface Props {
  diagnostics: readonly Diagnostic[];
  onPick: (d: Diagnostic) => void;
}

/** Every diagnostic, in text order; clicking one selects its state and reveals its line. */
export function ProblemsPanel({ diagnostics, onPick }: Props) {
  return (
    <section className="problems" aria-label="Problems">
      <div className="pane-header">Problems ({diagnostics.length})</div>
      {diagnostics.length === 0 ? (
        <div className="problems__empty">No problems: the workflow is valid.</div>
      ) : (
        <ul className="problems__list">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}:${d.range.start}:${i}`}>
              <button
                type="button"
                className={`problems__item problems__item--${d.severity}`}
                data-testid="problems.item"
                onClick={() => onPick(d)}
              >
                {d.severity === 'error' ? (
                  <CircleAlert size={14} aria-label="Error" />
                ) : d.severity === 'warning' ? (
                  <AlertTriangle size={14} aria-label="Warning" />
                ) : (
                  <Info size={14} aria-label="Info" />
                )}
                <span className="problems__message">{d.message}</span>
                <span className="problems__code">{d.code}</span>
                <span className="problems__loc">
                  {d.path ? `${d.path} · ` : ''}Ln {d.line}, Col {d.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
