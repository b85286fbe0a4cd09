import { useSyncExternalStore } from 'react';
import { executionStore } from './executions';
import { formatSeconds, runStatusTone } from './statusText';

/** The executions of a workflow in this session (newest first). */
export function ExecutionsList({ workflow }: { workflow: string }) {
  const store = executionStore();
  const list = useSyncExternalStore(store.subscribe, () => store.list(workflow));
  if (list.length === 0) return <p className="sim-muted">No executions yet.</p>;
  return (
    <table className="sim-table" data-testid="sim.executions">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col">Started</th>
          <th scope="col">Duration (virtual)</th>
        </tr>
      </thead>
      <tbody>
        {list.map((r) => (
          <tr key={r.id}>
            <td className="sim-mono">{r.name}</td>
            <td>
              <span className={`sim-pill sim-pill--${runStatusTone(r.status)}`}>{r.status}</span>
            </td>
            <td>{new Date(r.startTime).toLocaleString()}</td>
            <td>{formatSeconds(r.virtualSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
