import { describe, expect, it } from 'vitest';
import {
  initialStartView,
  readWorkflowsHint,
  startViewWhenOpened,
  writeWorkflowsHint,
} from './startView';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}

describe('the start page before the workspace opens', () => {
  it('shows the sample Studio at once unless this browser last had workflows', () => {
    // given no hint (a first visit) / a hint that workflows exist
    // then the Studio is shown at once / the page waits for the list
    expect(initialStartView(false)).toBe('scratch');
    expect(initialStartView(true)).toBe('opening');
  });
});

describe('the start page once the workspace opened', () => {
  it('keeps the sample when there are no workflows', () => {
    expect(startViewWhenOpened('scratch', false, false)).toBe('scratch');
    expect(startViewWhenOpened('scratch', false, true)).toBe('scratch');
    // a wrong hint: the page waited for a list that is empty
    expect(startViewWhenOpened('opening', false, false)).toBe('scratch');
  });

  it('shows the list when there are workflows and the user has not used the Studio yet', () => {
    expect(startViewWhenOpened('scratch', true, false)).toBe('list');
    expect(startViewWhenOpened('opening', true, false)).toBe('list');
  });

  it('never pulls the Studio away from a user who has started using it', () => {
    // given the sample Studio shown and clicked into, when the workspace reports workflows
    expect(startViewWhenOpened('scratch', true, true)).toBe('scratch');
    // an interaction flag without a shown Studio changes nothing
    expect(startViewWhenOpened('opening', true, true)).toBe('list');
  });
});

describe('the workflows hint', () => {
  it('round-trips through storage and defaults to false', () => {
    const s = memoryStorage();
    expect(readWorkflowsHint(s)).toBe(false);
    writeWorkflowsHint(true, s);
    expect(readWorkflowsHint(s)).toBe(true);
    writeWorkflowsHint(false, s);
    expect(readWorkflowsHint(s)).toBe(false);
  });

  it('is false without storage or when storage throws', () => {
    expect(readWorkflowsHint(null)).toBe(false);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readWorkflowsHint(broken)).toBe(false);
    expect(() => writeWorkflowsHint(true, broken)).not.toThrow();
  });
});
