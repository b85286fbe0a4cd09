import { useMemo, useState } from 'react';
import { EVENT_TYPES, type SimEvent } from '../../core';

/**
 * The run's history events with filters by type and by state. In a drill-down, the events of
 * the iteration or branch opened (`scopeLabel` names it).
 */
export function EventList({
  events,
  scopeLabel = null,
}: {
  events: readonly SimEvent[];
  scopeLabel?: string | null;
}) {
  const [type, setType] = useState('');
  const [state, setState] = useState('');
  const states = useMemo(
    () => [...new Set(events.map((e) => e.state).filter((s) => s !== ''))],
    [events],
  );
  const shown = events.filter((e) => (!type || e.type === type) && (!state || e.state === state));
  return (
    <div className="sim-events">
      <div className="sim-row">
        <label>
          Type{' '}
          <select
            value={type}
            onChange={(e) => setType(e.target.value)}
            data-testid="sim.events.type"
          >
            <option value="">All</option>
            {EVENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          State{' '}
          <select
            value={state}
            onChange={(e) => setState(e.target.value)}
            data-testid="sim.events.state"
          >
            <option value="">All</option>
            {states.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <span className="sim-muted" data-testid="sim.events.count">
          {shown.length} of {events.length}
          {scopeLabel ? ` in ${scopeLabel}` : ''}
        </span>
      </div>
      <table className="sim-table" data-testid="sim.events">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Type</th>
            <th scope="col">State</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id}>
              <td>{e.id}</td>
              <td>{e.time}s</td>
              <td>{e.type}</td>
              <td>{e.state}</td>
              <td className="sim-mono">{JSON.stringify(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
