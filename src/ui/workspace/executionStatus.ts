import type { RunStatus } from '../../core';

/** The Workflows page's colour class of an execution status. */
export function executionStatusClass(s: RunStatus): string {
  if (s === 'Succeeded') return 'ws-status ws-status--ok';
  if (s === 'Running' || s === 'Paused') return 'ws-status ws-status--warn';
  return 'ws-status ws-status--error';
}

/** Virtual seconds, short: "0 s", "1.5 s", "2 min 5 s". */
export function shortSeconds(s: number): string {
  if (s < 60) return `${Math.round(s * 1000) / 1000} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round((s - m * 60) * 1000) / 1000;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}
