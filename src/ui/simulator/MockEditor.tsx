import { Plus, Trash2 } from 'lucide-react';
import { defaultAttempt, type MockAttemptRow, type MockTaskRow } from './mockTable';

interface Props {
  rows: MockTaskRow[];
  onChange: (rows: MockTaskRow[]) => void;
}

/**
 * The mocks as a table: one block per Task, one line per attempt (a sequence is consumed one
 * per attempt, the last one repeats). Each attempt returns a result or fails with an error.
 */
export function MockTable({ rows, onChange }: Props) {
  if (rows.length === 0) return <p className="sim-muted">This workflow has no Task states.</p>;
  const setAttempt = (ti: number, ai: number, patch: Partial<MockAttemptRow>) =>
    onChange(
      rows.map((r, i) =>
        i !== ti
          ? r
          : { ...r, attempts: r.attempts.map((a, j) => (j === ai ? { ...a, ...patch } : a)) },
      ),
    );
  const setAttempts = (ti: number, attempts: MockAttemptRow[]) =>
    onChange(rows.map((r, i) => (i === ti ? { ...r, attempts } : r)));
  return (
    <table className="sim-mocks" data-testid="sim.mocks.table">
      <thead>
        <tr>
          <th scope="col">Task / attempt</th>
          <th scope="col">Outcome</th>
          <th scope="col">Result JSON, or error code and cause</th>
          <th scope="col">Latency (s)</th>
          <th scope="col">
            <span className="sim-sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row, ti) =>
          row.attempts.map((a, ai) => {
            const id = `sim.mock.${row.path}.${ai}`;
            const label = `${row.path}${row.attempts.length > 1 ? ` attempt ${ai + 1}` : ''}`;
            return (
              <tr key={`${row.path}#${ai}`} data-testid={id}>
                <th scope="row">
                  {ai === 0 ? (
                    <>
                      <span className="sim-mocks__task">{row.path}</span>
                      <span className="sim-muted"> {row.action}</span>
                    </>
                  ) : null}
                  {row.attempts.length > 1 && (
                    <span className="sim-muted sim-mocks__attempt">attempt {ai + 1}</span>
                  )}
                </th>
                <td>
                  <select
                    aria-label={`Outcome of ${label}`}
                    data-testid={`${id}.kind`}
                    value={a.kind}
                    onChange={(e) =>
                      setAttempt(ti, ai, { kind: e.target.value as MockAttemptRow['kind'] })
                    }
                  >
                    <option value="output">Succeeds</option>
                    <option value="error">Fails</option>
                    {row.callback && <option value="wait">Waits for your report</option>}
                  </select>
                </td>
                <td>
                  {a.kind === 'wait' ? (
                    <span className="sim-muted" data-testid={`${id}.wait`}>
                      The run pauses here: report success or failure in the run panel.
                    </span>
                  ) : a.kind === 'output' ? (
                    <input
                      className="sim-mono"
                      aria-label={`Result of ${label} (JSON)`}
                      data-testid={`${id}.output`}
                      value={a.output}
                      onChange={(e) => setAttempt(ti, ai, { output: e.target.value })}
                    />
                  ) : (
                    <span className="sim-mocks__error">
                      <input
                        aria-label={`Error code of ${label}`}
                        placeholder="FC.AccessDenied"
                        data-testid={`${id}.error`}
                        value={a.error}
                        onChange={(e) => setAttempt(ti, ai, { error: e.target.value })}
                      />
                      <input
                        aria-label={`Cause of ${label}`}
                        placeholder="cause"
                        data-testid={`${id}.cause`}
                        value={a.cause}
                        onChange={(e) => setAttempt(ti, ai, { cause: e.target.value })}
                      />
                    </span>
                  )}
                </td>
                <td>
                  <input
                    className="sim-mocks__latency"
                    aria-label={`Latency of ${label} in seconds`}
                    inputMode="decimal"
                    value={a.latency}
                    onChange={(e) => setAttempt(ti, ai, { latency: e.target.value })}
                  />
                </td>
                <td className="sim-mocks__actions">
                  {ai === row.attempts.length - 1 && (
                    <button
                      type="button"
                      className="icon-btn"
                      title="Add an attempt (a sequence: one response per attempt)"
                      aria-label={`Add an attempt to ${row.path}`}
                      onClick={() => setAttempts(ti, [...row.attempts, defaultAttempt()])}
                    >
                      <Plus size={14} aria-hidden="true" />
                    </button>
                  )}
                  {row.attempts.length > 1 && (
                    <button
                      type="button"
                      className="icon-btn"
                      aria-label={`Remove ${label}`}
                      onClick={() =>
                        setAttempts(
                          ti,
                          row.attempts.filter((_, j) => j !== ai),
                        )
                      }
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </button>
                  )}
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
