import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from '../App';
import { setExecutionStore } from '../simulator';
import { hashOf, routeFromHash, type Route } from './route';
import { registerServiceWorker } from './registerServiceWorker';
import { ScratchSession } from './ScratchSession';
import {
  initialStartView,
  readWorkflowsHint,
  startViewWhenOpened,
  writeWorkflowsHint,
  type StartView,
} from './startView';
import { loadable, useLoadable } from './loadable';
import type { Workspace } from './workspaceService';
import './workspace.css';

// Not needed for the first canvas (the start page is the sample in the Studio): loaded when a
// route needs them, so the first load parses and runs less script before the chart shows.
const sessionCode = loadable(() => import('./WorkflowSession'));
const listCode = loadable(() => import('./WorkflowsPage'));

const opening = <div className="ws-page ws-empty">Opening the workspace…</div>;

/**
 * The page: the Workflows list, a workflow in the Studio (`#/w/<id>`), or a shared definition
 * (`#def=…`, opened as before, outside the workspace).
 *
 * The start page (no hash) does not wait for IndexedDB: on a first visit it shows the sample in
 * the Studio at once while the workspace opens (see startView.ts). A browser that last had
 * workflows (a localStorage hint) waits for its list instead. If the workspace turns out to have
 * workflows after all, the list replaces the sample only when the user has not started using it;
 * otherwise the Studio stays and its bar points to the list.
 */
export function WorkspaceRoot() {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [hasWorkflows, setHasWorkflows] = useState<boolean | null>(null);
  const [start, setStart] = useState<StartView>(() => initialStartView(readWorkflowsHint()));
  // Whether the user has clicked, typed or scrolled in the scratch Studio (read when the
  // workspace opens, so a ref: it must not re-render the page).
  const interacted = useRef(false);
  useEffect(() => {
    registerServiceWorker();
    // The page's code loads while IndexedDB opens, not after it.
    const first = routeFromHash(window.location.hash).kind;
    if (first === 'workflow') void sessionCode.load().catch(() => undefined);
    if (first === 'list' || (first === 'start' && readWorkflowsHint()))
      void listCode.load().catch(() => undefined);
    let live = true;
    void import('./workspaceService')
      .then(({ openWorkspace }) => openWorkspace())
      .then(async (ws) => {
        // The simulator's executions are kept with their workflow from now on.
        setExecutionStore(ws.executions);
        await ws.executions.load();
        const { workflows } = await ws.store.list().catch(() => ({ workflows: [] }));
        if (!live) return;
        const has = workflows.length > 0;
        writeWorkflowsHint(has);
        setWorkspace(ws);
        setHasWorkflows(has);
        setStart((shown) => startViewWhenOpened(shown, has, interacted.current));
      });
    // Only the workspace's own hashes move between pages; the Studio may write `#def=` links.
    const onHash = () => {
      const next = routeFromHash(window.location.hash);
      if (next.kind !== 'share') setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  const go = useCallback((next: Route) => {
    // A workflow is about to exist (created, imported or opened): the next start page waits
    // for the list rather than flashing the sample.
    if (next.kind === 'workflow') writeWorkflowsHint(true);
    window.location.hash = hashOf(next);
    setRoute(next);
  }, []);
  const onInteract = useCallback(() => {
    interacted.current = true;
  }, []);

  const pageShown = route.kind === 'list' || (route.kind === 'start' && start === 'list');
  const session = useLoadable(sessionCode, route.kind === 'workflow');
  const list = useLoadable(listCode, pageShown);

  if (route.kind === 'share') return <App />;
  const scratch = (
    <ScratchSession
      workspace={workspace}
      hasWorkflows={hasWorkflows === true}
      onInteract={onInteract}
      onOpen={(id) => go({ kind: 'workflow', id })}
      onList={() => go({ kind: 'list' })}
    />
  );
  if (route.kind === 'sample') return scratch;
  if (route.kind === 'start' && start === 'scratch') return scratch;
  if (!workspace || (route.kind === 'start' && start === 'opening')) return opening;
  if (route.kind === 'workflow') {
    if (!session) return opening;
    const { WorkflowSession } = session;
    return (
      <WorkflowSession
        key={route.id}
        workspace={workspace}
        id={route.id}
        onExit={() => go({ kind: 'list' })}
      />
    );
  }
  if (!list) return opening;
  const { WorkflowsPage } = list;
  return <WorkflowsPage workspace={workspace} onOpen={(id) => go({ kind: 'workflow', id })} />;
}
