import { STATE_TYPES } from '../core';

export function App() {
  return (
    <main data-testid="app.shell">
      <h1>FDL Studio</h1>
      <p>{STATE_TYPES.length} state types</p>
    </main>
  );
}
