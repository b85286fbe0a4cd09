import { useState } from 'react';
import type { IterationSummary, SimEvent, StateSummary } from '../../core';
import { JsonView } from './JsonView';
import { STATE_STATUS_LABELS } from './statusText';

interface Props {
  path: string;
  summary: StateSummary | undefined;
  events: readonly SimEvent[];
}

/**
 * One state of the run, like the console's table view: status, input, evaluated parameters,
 * output or error, its events; Parallel branches and Map iterations can be opened.
 */
export function StateDetail({ path, summary, events }: Props) {
  const [iteration, setIteration] = useState<number | null>(null);
  if (!summary) {
    return (
      <p className="sim-muted" data-testid="sim.state.none">
        {path} did not run.
      </p>
    );
  }
  const own = events.filter((e) => e.state === path);
  const it: IterationSummary | undefined =
    iteration === null ? undefined : summary.iterations?.find((i) => i.index === iteration);
  return (
    <div className="sim-state" data-testid="sim.state">
      <div className="sim-row">
        <strong>{path}</strong>
        <span className={`sim-pill sim-pill--${summary.status}`} data-testid="sim.state.status">
          {STATE_STATUS_LABELS[summary.status]}
        </span>
        <span className="sim-muted">
          {summary.visits} visit{summary.visits === 1 ? '' : 's'}
          {summary.retryCount > 0
            ? `, ${summary.retryCount} retr${summary.retryCount === 1 ? 'y' : 'ies'}`
            : ''}
        </span>
      </div>
      {summary.error && (
        <p className="sim-error" data-testid="sim.state.error">
          {summary.error.code}
          {summary.error.detail ? `: ${summary.error.detail}` : ''}
        </p>
      )}
      <div className="sim-grid">
        <JsonView label="Input" value={summary.input} testId="sim.state.input" />
        {summary.parameters !== null && (
          <JsonView label="Parameters (evaluated)" value={summary.parameters} />
        )}
        <JsonView label="Output" value={summary.output} testId="sim.state.output" />
      </div>
      {summary.branches && summary.branches.length > 0 && (
        <div className="sim-sub">
          <h4>Branches</h4>
          <ul className="sim-list">
            {summary.branches.map((b) => (
              <li key={b.index}>
                <span className={`sim-pill sim-pill--${b.status}`}>
                  {STATE_STATUS_LABELS[b.status]}
                </span>{' '}
                Branch {b.index}
                {b.error ? ` — ${b.error.code}` : ''}
                <code className="sim-inline">{JSON.stringify(b.output)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.iterations && summary.iterations.length > 0 && (
        <div className="sim-sub">
          <h4>Iterations</h4>
          <div className="sim-chips" role="group" aria-label="Iterations">
            {summary.iterations.map((i) => (
              <button
                key={i.index}
                type="button"
                className={`sim-chip sim-chip--${i.status}`}
                aria-pressed={iteration === i.index}
                data-testid={`sim.iteration.${i.index}`}
                onClick={() => setIteration(iteration === i.index ? null : i.index)}
              >
                #{i.index}
              </button>
            ))}
          </div>
          {it && (
            <div className="sim-iteration" data-testid="sim.iteration">
              {it.error && <p className="sim-error">{`${it.error.code}: ${it.error.detail}`}</p>}
              <div className="sim-grid">
                <JsonView label={`Item ${it.index} input`} value={it.input} />
                <JsonView label={`Item ${it.index} output`} value={it.output} />
              </div>
              <ul className="sim-list">
                {Object.entries(it.states).map(([p, s]) => (
                  <li key={p}>
                    <span className={`sim-pill sim-pill--${s.status}`}>
                      {STATE_STATUS_LABELS[s.status]}
                    </span>{' '}
                    {p}
                    <code className="sim-inline">{JSON.stringify(s.output)}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      <div className="sim-sub">
        <h4>Events of this state</h4>
        <ol className="sim-list sim-mono">
          {own.map((e) => (
            <li key={e.id}>
              {e.time}s {e.type} {JSON.stringify(e.detail)}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
