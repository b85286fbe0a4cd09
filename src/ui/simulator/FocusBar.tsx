import { ChevronRight } from 'lucide-react';
import type { FocusLevel } from './runFocus';
import { runActions } from './runStore';
import { STATE_STATUS_LABELS } from './statusText';

/**
 * The drill-down breadcrumb: "Whole run › ForEachImage · iteration #2". Each level is a
 * button back to it; nothing is shown while the whole run is in view.
 */
export function FocusBar({ levels }: { levels: readonly FocusLevel[] }) {
  if (levels.length < 2) return null;
  return (
    <nav className="sim-focus" aria-label="Drill-down" data-testid="sim.focus">
      <ol>
        {levels.map((l, depth) => {
          const last = depth === levels.length - 1;
          return (
            <li key={depth}>
              {depth > 0 && <ChevronRight size={12} aria-hidden="true" />}
              {last ? (
                <span aria-current="location" data-testid={`sim.focus.level.${depth}`}>
                  {l.label}
                  {l.status && (
                    <span className={`sim-pill sim-pill--${l.status}`}>
                      {STATE_STATUS_LABELS[l.status]}
                    </span>
                  )}
                </span>
              ) : (
                <button
                  type="button"
                  className="sim-link"
                  data-testid={`sim.focus.level.${depth}`}
                  onClick={() => runActions.focusDepth(depth)}
                >
                  {l.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
