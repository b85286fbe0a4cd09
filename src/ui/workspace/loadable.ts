import { useEffect, useState } from 'react';

/** A module loaded once, on demand, whose value can be read synchronously once it has loaded. */
export interface Loadable<T> {
  /** Starts the load (once); later calls return the same promise. */
  load(): Promise<T>;
  /** The loaded value, or undefined while it loads (or before the first `load`). */
  peek(): T | undefined;
}

/**
 * A page's code split from the first load. Unlike React.lazy, a page whose code is ready renders
 * in the same commit as the data it waits for (no Suspense fallback and no reveal throttle), and
 * the load can start before the page is rendered (in parallel with opening IndexedDB).
 */
export function loadable<T>(load: () => Promise<T>): Loadable<T> {
  let value: T | undefined;
  let promise: Promise<T> | null = null;
  return {
    load() {
      promise ??= load().then(
        (v) => {
          value = v;
          return v;
        },
        (e: unknown) => {
          // Not cached: a later load tries again (a chunk that failed to download).
          promise = null;
          throw e;
        },
      );
      return promise;
    },
    peek: () => value,
  };
}

/** The value of `module` when `wanted` (starting its load), re-rendering once it has loaded. */
export function useLoadable<T>(module: Loadable<T>, wanted: boolean): T | undefined {
  const [, setLoaded] = useState(0);
  const value = module.peek();
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    module.load().then(
      () => live && setLoaded((n) => n + 1),
      // A failed chunk load (offline without the service worker): the next render retries.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  return wanted ? value : undefined;
}
