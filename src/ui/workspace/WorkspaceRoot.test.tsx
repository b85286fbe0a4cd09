// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { domRootPerTest } from '../testing/domRoot';

// The Studio, the pages and IndexedDB are replaced: these tests are about what the start page
// shows while and after the workspace opens.
const opened = vi.hoisted(() => ({
  resolve: null as ((workflows: number) => void) | null,
}));
vi.mock('../App', () => ({ App: () => <div data-testid="app.shell">studio</div> }));
vi.mock('./WorkflowsPage', () => ({ WorkflowsPage: () => <div data-testid="ws.page">list</div> }));
vi.mock('./WorkflowSession', () => ({ WorkflowSession: () => <div>session</div> }));
vi.mock('./registerServiceWorker', () => ({ registerServiceWorker: () => {} }));
vi.mock('./workspaceService', () => ({
  openWorkspace: () =>
    new Promise((resolve) => {
      opened.resolve = (n: number) =>
        resolve({
          storageWarning: null,
          store: { list: async () => ({ workflows: Array.from({ length: n }, () => ({})) }) },
          executions: { load: async () => {}, bind: () => {} },
        });
    }),
}));

const { WorkspaceRoot } = await import('./WorkspaceRoot');
const dom = domRootPerTest();

beforeEach(() => {
  opened.resolve = null;
  localStorage.clear();
  window.location.hash = '';
});

const shown = (id: string) => dom.host.querySelector(`[data-testid="${id}"]`) !== null;

/** Lets the workspace open with `n` workflows and the lazy page load. */
async function openWith(n: number) {
  await act(async () => {
    await vi.waitFor(() => expect(opened.resolve).not.toBeNull());
    opened.resolve?.(n);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('the start page', () => {
  it('shows the sample Studio before the workspace has opened (a first visit)', async () => {
    // given a browser with no hint, when the page renders, then the Studio shows at once
    act(() => dom.root.render(<WorkspaceRoot />));
    expect(shown('ws.scratch')).toBe(true);
    expect(shown('app.shell')).toBe(true);
    // and it stays when the workspace turns out empty
    await openWith(0);
    expect(shown('ws.scratch')).toBe(true);
    expect(localStorage.getItem('fdl-studio.hasWorkflows')).toBe('0');
  });

  it('shows the list when workflows exist and the user has not used the Studio yet', async () => {
    act(() => dom.root.render(<WorkspaceRoot />));
    await openWith(2);
    await vi.waitFor(() => expect(shown('ws.page')).toBe(true));
    expect(shown('ws.scratch')).toBe(false);
    expect(localStorage.getItem('fdl-studio.hasWorkflows')).toBe('1');
  });

  it('keeps the Studio the user is using and points to the list', async () => {
    act(() => dom.root.render(<WorkspaceRoot />));
    // when the user clicks into the sample before the workspace opens
    const studio = dom.host.querySelector('[data-testid="app.shell"]') as HTMLElement;
    act(() => studio.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    await openWith(3);
    // then the Studio stays, and its bar says where the workflows are
    expect(shown('ws.scratch')).toBe(true);
    expect(shown('ws.page')).toBe(false);
    expect(dom.host.textContent).toContain('Your saved workflows are under Workflows.');
  });

  it('waits for the list when this browser last had workflows (no flash of the sample)', async () => {
    localStorage.setItem('fdl-studio.hasWorkflows', '1');
    act(() => dom.root.render(<WorkspaceRoot />));
    expect(shown('ws.scratch')).toBe(false);
    expect(dom.host.textContent).toContain('Opening the workspace…');
    await openWith(1);
    await vi.waitFor(() => expect(shown('ws.page')).toBe(true));
  });
});
