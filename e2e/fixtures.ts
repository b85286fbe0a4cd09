/** A workflow with comments, used to prove that canvas edits keep every comment. */
export const COMMENTED = `# Order workflow (comment at the top)
Type: StateMachine
Name: orders
SpecVersion: v1
StartAt: Receive
States:
  # the first state
  - Type: Pass
    Name: Receive
    Next: Charge # inline comment on Next
  - Type: Task
    Name: Charge
    Action: HTTP:Request
    Parameters:
      url: https://example.com/charge # the endpoint
      method: POST
    Next: Done
  # the last state
  - Type: Succeed
    Name: Done
`;

/** A long chain of Pass states (n states, the last one ends). */
export function chain(n: number): string {
  const lines = ['Type: StateMachine', 'Name: long', 'SpecVersion: v1', 'StartAt: S0', 'States:'];
  for (let i = 0; i < n; i++) {
    lines.push(
      '  - Type: Pass',
      `    Name: S${i}`,
      i === n - 1 ? '    End: true' : `    Next: S${i + 1}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Context options for journeys that do not test the service worker: without it, a fresh page does
 * not precache the whole build (tens of MB of Monaco and workers) while the journey runs, which
 * halved the time of short journeys on a 2-core machine. `workspace.spec.ts` keeps the worker
 * for its offline and Content-Security-Policy journeys.
 */
export const NO_SERVICE_WORKER = { serviceWorkers: 'block' } as const;
