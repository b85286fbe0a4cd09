import { useCallback, useState } from 'react';

const PREFIX = 'fdl-studio.';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    // Private mode or a corrupt value: fall back rather than break the shell.
    return fallback;
  }
}

/** React state mirrored to localStorage under `fdl-studio.<key>` (pane sizes, theme, view). */
export function usePersistentState<T>(key: string, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, fallback));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or unavailable: the value still applies for this session.
      }
    },
    [key],
  );
  return [value, set];
}
