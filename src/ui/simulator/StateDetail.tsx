import type { SimEvent, StateRunStatus, StateSummary } from '../../core';
import { JsonView } from './JsonView';
import type { FocusStep } from './runFocus';
import { runActions } from './runStore';
import { STATE_STATUS_LABELS } from './statusText';

interface Props {
  path: string;
  summary: StateSummary | undefined;
  /** The events of the level the state is seen in (the whole run, or one iteration/branch). */
  events: readonly SimEvent[];
  /** Where the details come from, e.g. "ForEachImage · iteration #2" (null: the whole run). */
  levelLabel: string | null;
  /** The drill-down step open on this state, if it is a drilled-into container. */
  open: FocusStep | null;
}

/**
 * One state of the run, like the console's table view: status, input, evaluated parameters,
 * output or error, its events. A Parallel's branches and a Map's iterations open a drill-down:
 * the canvas then shows that branch or iteration only, and its states' details.
 */
export function StateDetail({ path, summary, events, levelLabel, open }: Props) {
  if (!summary || summary.visits === 0) {
    return (
      <p className="sim-muted" data-testid="sim.state.none">
        {path} has not run{levelLabel ? ` in ${levelLabel}` : ''}.
      </p>
    );
  }
  const own = events.filter((e) => e.state === path);
  const openIt =
    open?.kind === 'iteration' ? summary.iterations?.find((i) => i.index === open.index) : null;
  const openBranch =
    open?.kind === 'branch' ? summary.branches?.find((b) => b.index === open.index) : null;
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
          {levelLabel ? ` · in ${levelLabel}` : ''}
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
          <JsonView
            label="Parameters (evaluated)"
            value={summary.parameters}
            testId="sim.state.parameters"
          />
        )}
        <JsonView label="Output" value={summary.output} testId="sim.state.output" />
      </div>
      {summary.branches && summary.branches.length > 0 && (
        <Children
          title="Branches"
          hint="Open a branch to see it on the canvas and click its states."
          items={summary.branches}
          name={(i) => `Branch ${i}`}
          testId={(i) => `sim.branch.${i}`}
          pressed={(i) => open?.kind === 'branch' && open.index === i}
          onOpen={(i) => runActions.drill({ kind: 'branch', container: path, index: i })}
        />
      )}
      {openBranch && (
        <div className="sim-iteration" data-testid="sim.branch">
          {openBranch.error && (
            <p className="sim-error">{`${openBranch.error.code}: ${openBranch.error.detail}`}</p>
          )}
          <JsonView label={`Branch ${openBranch.index} output`} value={openBranch.output} />
        </div>
      )}
      {summary.iterations && summary.iterations.length > 0 && (
        <Children
          title="Iterations"
          hint="Open an iteration to see it on the canvas and click its states."
          items={summary.iterations}
          name={(i) => `#${i}`}
          testId={(i) => `sim.iteration.${i}`}
          pressed={(i) => open?.kind === 'iteration' && open.index === i}
          onOpen={(i) => runActions.drill({ kind: 'iteration', container: path, index: i })}
        />
      )}
      {openIt && (
        <div className="sim-iteration" data-testid="sim.iteration">
          {openIt.error && (
            <p className="sim-error">{`${openIt.error.code}: ${openIt.error.detail}`}</p>
          )}
          <div className="sim-grid">
            <JsonView label={`Item ${openIt.index} input`} value={openIt.input} />
            <JsonView label={`Item ${openIt.index} output`} value={openIt.output} />
          </div>
        </div>
      )}
      <div className="sim-sub">
        <h4>Events of this state{levelLabel ? ` (${levelLabel})` : ''}</h4>
        <ol className="sim-list sim-mono" data-testid="sim.state.events">
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

function Children({
  title,
  hint,
  items,
  name,
  testId,
  pressed,
  onOpen,
}: {
  title: string;
  hint: string;
  items: readonly { index: number; status: StateRunStatus }[];
  name: (i: number) => string;
  testId: (i: number) => string;
  pressed: (i: number) => boolean;
  onOpen: (i: number) => void;
}) {
  return (
    <div className="sim-sub">
      <h4>
        {title} <span className="sim-muted">{hint}</span>
      </h4>
      <div className="sim-chips" role="group" aria-label={title}>
        {items.map((c) => (
          <button
            key={c.index}
            type="button"
            className={`sim-chip sim-chip--${c.status}`}
            aria-pressed={pressed(c.index)}
            title={`${name(c.index)}: ${STATE_STATUS_LABELS[c.status]}`}
            data-testid={testId(c.index)}
            onClick={() => onOpen(c.index)}
          >
            {name(c.index)}
            <span className="sim-sr-only"> ({STATE_STATUS_LABELS[c.status]})</span>
          </button>
        ))}
      </div>
    </div>
  );
}
