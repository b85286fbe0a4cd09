import { describe, expect, it, vi } from 'vitest';
import { createWorkflowSettingsStore, DEFAULT_WORKFLOW_SETTINGS } from './workflowSettings';

describe('workflow settings store', () => {
  it('given a new store, when read, then the defaults are Standard with empty fields', () => {
    expect(createWorkflowSettingsStore().get()).toEqual(DEFAULT_WORKFLOW_SETTINGS);
  });

  it('given a listener, when the mode changes, then it hears the new and previous settings', () => {
    const store = createWorkflowSettingsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ mode: 'Express' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0].mode).toBe('Express');
    expect(listener.mock.calls[0]?.[1].mode).toBe('Standard');
  });

  it('given an update that changes nothing, when applied, then no listener runs', () => {
    const store = createWorkflowSettingsStore({ regionId: 'cn-hangzhou' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ regionId: 'cn-hangzhou' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('given a workflow record, when loaded, then it replaces everything', () => {
    const store = createWorkflowSettingsStore({ accountId: '1' });
    store.load({ ...DEFAULT_WORKFLOW_SETTINGS, name: 'orders' });
    expect(store.get()).toEqual({ ...DEFAULT_WORKFLOW_SETTINGS, name: 'orders' });
  });
});
