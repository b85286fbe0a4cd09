import type { RunOverlay } from './runOverlay';
import { STATE_STATUS_LABELS } from './statusText';

/**
 * What a state card shows during a run besides its colour: a status label (so the status is
 * not told by colour alone), the retries made, and a breakpoint dot.
 */
export function RunMarks({ path, overlay }: { path: string; overlay: RunOverlay }) {
  const status = overlay.statuses.get(path) ?? 'notRun';
  const retries = overlay.retries.get(path) ?? 0;
  const current = overlay.current === path;
  return (
    <>
      {(status !== 'notRun' || current) && (
        <span
          className={`run-badge run-badge--${current ? 'running' : status}`}
          data-testid={`run.badge.${path}`}
        >
          {current && status === 'notRun' ? 'Next' : STATE_STATUS_LABELS[status]}
          {retries > 0 ? ` · ${retries} retr${retries === 1 ? 'y' : 'ies'}` : ''}
        </span>
      )}
      {overlay.focus?.container === path && (
        <span className="run-badge run-badge--focus" data-testid={`run.focus.${path}`}>
          Showing {overlay.focus.short}
        </span>
      )}
      {overlay.breakpoints.has(path) && (
        <span className="run-breakpoint" title="Breakpoint" aria-label="Breakpoint" />
      )}
    </>
  );
}
