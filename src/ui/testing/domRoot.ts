import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh DOM host and React root for each test of the calling file (happy-dom), unmounted
 * after it, with React's `act` environment on. Call once at the top of a test file.
 */
export function domRootPerTest(): { readonly host: HTMLElement; readonly root: Root } {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let host: HTMLElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  const inTest = <T>(value: T | null): T => {
    if (value === null) throw new Error('domRootPerTest: read outside a test');
    return value;
  };
  return {
    get host() {
      return inTest(host);
    },
    get root() {
      return inTest(root);
    },
  };
}
