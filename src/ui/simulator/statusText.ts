import type { RunStatus, StateRunStatus } from '../../core';

/** Labels of the canvas colours, in legend order. */
export const STATE_STATUS_LABELS: Record<StateRunStatus, string> = {
  succeeded: 'Succeeded',
  caught: 'Caught',
  failed: 'Failed',
  running: 'Running',
  notRun: 'Not run',
};

/** The colour class of an execution status (shared with state statuses). */
export function runStatusTone(s: RunStatus): StateRunStatus {
  switch (s) {
    case 'Succeeded':
      return 'succeeded';
    case 'Running':
    case 'Paused':
      return 'running';
    default:
      return 'failed';
  }
}

/** Virtual seconds as the console shows durations: "0 s", "1.5 s", "2 min 5 s". */
export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s * 1000) / 1000} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round((s - m * 60) * 1000) / 1000;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}
