import { useState } from 'react';
import type { PendingCallback } from '../../core';
import { readJson } from './jsonErrorText';
import { runActions } from './runStore';

/** A task waiting for a callback: report success (with an output) or failure. */
export function CallbackForm({ pending }: { pending: PendingCallback }) {
  const [output, setOutput] = useState('{}');
  const [error, setError] = useState('');
  const [cause, setCause] = useState('');
  const parsed = readJson(output, 'The output');
  return (
    <div className="sim-callback" data-testid="sim.callback">
      <p>
        <strong>{pending.path}</strong> waits for a callback (token{' '}
        <code className="sim-inline">{pending.token}</code>).
      </p>
      <label className="sim-field">
        <span>Output (JSON)</span>
        <textarea
          className="sim-mono"
          rows={2}
          value={output}
          onChange={(e) => setOutput(e.target.value)}
          data-testid="sim.callback.output"
        />
        {!parsed.ok && <span className="sim-error">{parsed.message}</span>}
      </label>
      <button
        type="button"
        className="sim-btn sim-btn--primary"
        disabled={!parsed.ok}
        data-testid="sim.callback.success"
        onClick={() => parsed.ok && runActions.reportSuccess(pending.token, parsed.value)}
      >
        Report success
      </button>
      <div className="sim-row">
        <input
          aria-label="Error code"
          placeholder="Error code, e.g. Rejected"
          data-testid="sim.callback.error"
          value={error}
          onChange={(e) => setError(e.target.value)}
        />
        <input
          aria-label="Cause"
          placeholder="Cause"
          data-testid="sim.callback.cause"
          value={cause}
          onChange={(e) => setCause(e.target.value)}
        />
        <button
          type="button"
          className="sim-btn"
          data-testid="sim.callback.failure"
          disabled={error.trim() === ''}
          title={error.trim() === '' ? 'Type the error code first' : undefined}
          onClick={() => runActions.reportFailure(pending.token, error.trim(), cause)}
        >
          Report failure
        </button>
      </div>
    </div>
  );
}
