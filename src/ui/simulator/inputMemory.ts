const PREFIX = 'fdl-studio.sim.input.';

/** The last execution input used for a workflow (by name), or '{}' when none or unreadable. */
export function lastInput(workflow: string, storage: Storage | null = safeStorage()): string {
  try {
    return storage?.getItem(PREFIX + workflow) ?? '{}';
  } catch {
    return '{}';
  }
}

/** Remembers the input text (kept as typed) for the next Execute of the same workflow. */
export function rememberInput(
  workflow: string,
  text: string,
  storage: Storage | null = safeStorage(),
): void {
  try {
    storage?.setItem(PREFIX + workflow, text);
  } catch {
    // Private mode or a full quota: the input is simply not remembered.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
