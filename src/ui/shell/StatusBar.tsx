import { AlertTriangle, CircleAlert, PanelBottom } from 'lucide-react';
import type { Diagnostic } from '../../core';

interface Props {
  diagnostics: readonly Diagnostic[];
  problemsOpen: boolean;
  onToggleProblems: () => void;
  stateCount: number;
  status: string;
}

/** The bottom line: problem counts (toggle the Problems panel), state count, sync status. */
export function StatusBar({
  diagnostics,
  problemsOpen,
  onToggleProblems,
  stateCount,
  status,
}: Props) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <footer className="statusbar">
      <button
        type="button"
        aria-expanded={problemsOpen}
        title={`${problemsOpen ? 'Hide' : 'Show'} the Problems panel`}
        onClick={onToggleProblems}
        data-testid="statusbar.problems"
      >
        <PanelBottom size={13} aria-hidden="true" />
        <span className="statusbar__count statusbar__count--error">
          <CircleAlert size={13} aria-hidden="true" />
          {errors}
          <span className="visually-hidden"> errors</span>
        </span>
        <span className="statusbar__count statusbar__count--warning">
          <AlertTriangle size={13} aria-hidden="true" />
          {warnings}
          <span className="visually-hidden"> warnings</span>
        </span>
      </button>
      <span>
        {stateCount} state{stateCount === 1 ? '' : 's'}
      </span>
      <span className="statusbar__spacer" />
      <span role="status">{status}</span>
    </footer>
  );
}
