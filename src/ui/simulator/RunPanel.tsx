import './simulator.css';
import { CircleDot, FastForward, Play, SkipForward, Square, StepForward, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { StateRunStatus, StateMachine } from '../../core';
import { walkStates } from '../../core';
import { CallbackForm } from './CallbackForm';
import { EventList } from './EventList';
import { ExecutionsList } from './ExecutionsList';
import { FocusBar } from './FocusBar';
import { JsonView } from './JsonView';
import { focusLevels, levelFor } from './runFocus';
import { runActions, useRunView } from './runStore';
import { StateDetail } from './StateDetail';
import { formatSeconds, runStatusTone, STATE_STATUS_LABELS } from './statusText';

type Tab = 'state' | 'events' | 'breakpoints' | 'executions';

interface Props {
  model: StateMachine | null;
  /** The state selected on the canvas: its details are shown. */
  selected: string | null;
}

/** The run view: status, controls, legend, output or error, state details, events, history. */
export function RunPanel({ model, selected }: Props) {
  const view = useRunView();
  const [tab, setTab] = useState<Tab>('state');
  const snap = view.snapshot;
  const levels = useMemo(() => (snap ? focusLevels(snap, view.focus) : []), [snap, view.focus]);
  if (!view.panelOpen || !snap) return null;
  const live = snap.status === 'Running' || snap.status === 'Paused';
  const shown = selected ?? snap.stoppedAt ?? null;
  const paths = model ? walkStates(model).map((e) => e.path) : [];
  const level = shown ? levelFor(levels, shown) : null;
  const deepest = levels[levels.length - 1];
  const notStarted =
    snap.status === 'Running' && !snap.events.some((e) => e.type === 'StepEntered');
  const stopped = notStarted
    ? `Ready: Step runs ${typeof model?.StartAt === 'string' ? model.StartAt : 'the first state'}`
    : snap.status === 'Running' && snap.stoppedAt
      ? `${snap.stopReason === 'breakpoint' ? 'At breakpoint' : snap.stopReason === 'wait' ? 'Waiting in' : 'Before'} ${snap.stoppedAt}`
      : null;
  return (
    <section className="sim-panel" aria-label="Execution" data-testid="sim.panel">
      <header className="sim-panel__header">
        <span
          className={`sim-pill sim-pill--${runStatusTone(snap.status)}`}
          data-testid="sim.status"
        >
          {snap.status}
        </span>
        <span className="sim-mono" title="Execution name">
          {snap.executionName}
        </span>
        <span className="sim-muted" data-testid="sim.duration">
          {formatSeconds(snap.virtualSeconds)} (virtual)
        </span>
        {stopped && <span data-testid="sim.stoppedAt">{stopped}</span>}
        <span className="topbar__spacer" />
        <button
          type="button"
          className="sim-btn"
          disabled={!live}
          onClick={runActions.step}
          data-testid="sim.step"
        >
          <StepForward size={14} aria-hidden="true" /> Step
        </button>
        <button
          type="button"
          className="sim-btn"
          disabled={!live}
          onClick={runActions.continue}
          data-testid="sim.continue"
        >
          <Play size={14} aria-hidden="true" /> Continue
        </button>
        <button
          type="button"
          className="sim-btn"
          disabled={!live}
          onClick={runActions.runToEnd}
          data-testid="sim.runToEnd"
        >
          <FastForward size={14} aria-hidden="true" /> Run to end
        </button>
        <button
          type="button"
          className="sim-btn"
          disabled={!live}
          onClick={runActions.skipWait}
          data-testid="sim.skipWait"
        >
          <SkipForward size={14} aria-hidden="true" /> Skip wait
        </button>
        <button
          type="button"
          className="sim-btn"
          disabled={!live}
          onClick={runActions.stop}
          data-testid="sim.stop"
        >
          <Square size={14} aria-hidden="true" /> Stop
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label="Close the run view"
          title="Close the run view (the canvas returns to design colours)"
          onClick={runActions.closePanel}
          data-testid="sim.close"
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <ul className="sim-legend" aria-label="Legend" data-testid="sim.legend">
        {(Object.keys(STATE_STATUS_LABELS) as StateRunStatus[]).map((s) => (
          <li key={s}>
            <span className={`sim-swatch sim-swatch--${s}`} aria-hidden="true" />
            {STATE_STATUS_LABELS[s]}
          </li>
        ))}
        <li>
          <span className="sim-swatch sim-swatch--path" aria-hidden="true" />
          Path taken
        </li>
      </ul>
      <div className="sim-panel__body">
        <div className="sim-panel__result">
          {snap.error && (
            <p className="sim-error" data-testid="sim.error">
              <strong>{snap.error.code}</strong>
              {snap.error.detail ? `: ${snap.error.detail}` : ''}
            </p>
          )}
          <JsonView label="Execution output" value={snap.output} testId="sim.output" />
          {snap.pending.map((p) => (
            <CallbackForm key={p.token} pending={p} />
          ))}
          {snap.log.length > 0 && (
            <ul className="sim-notes" aria-label="Notes">
              {snap.log.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="sim-panel__tabs">
          <FocusBar levels={levels} />
          <div className="sidebar__switch" role="tablist" aria-label="Run details">
            {(['state', 'events', 'breakpoints', 'executions'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                aria-selected={tab === t}
                onClick={() => setTab(t)}
                data-testid={`sim.tab.${t}`}
              >
                {t === 'state'
                  ? 'State'
                  : t === 'events'
                    ? 'Events'
                    : t === 'breakpoints'
                      ? 'Breakpoints'
                      : 'Executions'}
              </button>
            ))}
          </div>
          <div className="sim-panel__tab" role="tabpanel">
            {tab === 'state' &&
              (shown ? (
                <StateDetail
                  key={shown}
                  path={shown}
                  summary={level?.states[shown]}
                  events={level?.events ?? snap.events}
                  levelLabel={level?.step ? level.label : null}
                  open={levels.find((l) => l.step?.container === shown)?.step ?? null}
                />
              ) : (
                <p className="sim-muted">
                  Click a state on the canvas to see its input and output.
                </p>
              ))}
            {tab === 'events' && (
              <EventList
                key={deepest?.label}
                events={deepest?.events ?? snap.events}
                scopeLabel={deepest?.step ? deepest.label : null}
              />
            )}
            {tab === 'breakpoints' && (
              <ul className="sim-list" data-testid="sim.breakpoints">
                {paths.map((p) => (
                  <li key={p}>
                    <label className="sim-check">
                      <input
                        type="checkbox"
                        checked={view.breakpoints.has(p)}
                        onChange={() => runActions.toggleBreakpoint(p)}
                      />
                      <CircleDot size={12} aria-hidden="true" /> {p}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {tab === 'executions' && <ExecutionsList workflow={view.workflow} />}
          </div>
        </div>
      </div>
    </section>
  );
}
