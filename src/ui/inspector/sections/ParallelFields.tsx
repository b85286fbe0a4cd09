import { Plus, Trash2 } from 'lucide-react';
import type { ParallelState } from '../../../core';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';

/** Parallel: its branches (add, remove); the states inside are edited on the canvas. */
export function ParallelFields({ edit, state }: { edit: InspectorEdit; state: ParallelState }) {
  const branches = state.Branches ?? [];
  const messages = toMessages(edit.diagnosticsAt('Branches', true));
  return (
    <div className="ifield" data-testid="inspector.field.Branches">
      <div className="ifield__label-row">
        <span className="ifield__label">Branches ({branches.length} of at most 50)</span>
      </div>
      <ul className="ilist">
        {branches.map((b, i) => (
          <li key={i} className="ilist__item">
            <span>
              Branch {i}{' '}
              <span className="imuted">
                · {b.States.length} state{b.States.length === 1 ? '' : 's'}, starts at{' '}
                {b.StartAt ?? '—'}
              </span>
            </span>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Remove branch ${i}`}
              disabled={edit.readOnly !== null || branches.length <= 1}
              title={
                branches.length <= 1 ? 'A Parallel state needs at least one branch.' : undefined
              }
              onClick={() => edit.run('parallel.removeBranch', { path: edit.path, index: i })}
            >
              <Trash2 size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="ibtn ibtn--ghost"
        data-testid="inspector.parallel.add"
        disabled={edit.readOnly !== null || branches.length >= 50}
        onClick={() => edit.run('parallel.addBranch', { path: edit.path })}
      >
        <Plus size={14} aria-hidden="true" /> Add branch
      </button>
      {messages.map((m, i) => (
        <div key={i} className={`ifield__msg ifield__msg--${m.severity}`}>
          {m.message}
        </div>
      ))}
    </div>
  );
}
