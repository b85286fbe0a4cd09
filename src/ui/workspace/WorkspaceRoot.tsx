import { useEffect, useState } from 'react';
import { App } from '../App';
import { setExecutionStore } from '../simulator';
import { hashOf, routeFromHash, type Route } from './route';
import { WorkflowSession } from './WorkflowSession';
import { WorkflowsPage } from './WorkflowsPage';
import { registerServiceWorker } from './registerServiceWorker';
import { ScratchSession } from './ScratchSession';
import { openWorkspace, type Workspace } from './workspaceService';
import './workspace.css';

/**
 * The page: the Workflows list, a workflow in the Studio (`#/w/<id>`), or a shared definition
 * (`#def=…`, opened as before, outside the workspace).
 */
export function WorkspaceRoot() {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  // On a first visit (no workflows yet) the start page is the sample in the Studio.
  const [hasWorkflows, setHasWorkflows] = useState<boolean | null>(null);
  useEffect(() => {
    registerServiceWorker();
    void openWorkspace().then(async (ws) => {
      // The simulator's executions are kept with their workflow from now on.
      setExecutionStore(ws.executions);
      await ws.executions.load();
      setWorkspace(ws);
      const { workflows } = await ws.store.list().catch(() => ({ workflows: [] }));
      setHasWorkflows(workflows.length > 0);
    });
    // Only the workspace's own hashes move between pages; the Studio may write `#def=` links.
    const onHash = () => {
      const next = routeFromHash(window.location.hash);
      if (next.kind !== 'share') setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (next: Route) => {
    window.location.hash = hashOf(next);
    setRoute(next);
  };

  if (route.kind === 'share') return <App />;
  const scratch = (
    <ScratchSession
      workspace={workspace}
      onOpen={(id) => go({ kind: 'workflow', id })}
      onList={() => go({ kind: 'list' })}
    />
  );
  if (route.kind === 'sample') return scratch;
  if (route.kind === 'start') {
    if (hasWorkflows === false) return scratch;
    if (hasWorkflows === null)
      return <div className="ws-page ws-empty">Opening the workspace…</div>;
  }
  if (!workspace) return <div className="ws-page ws-empty">Opening the workspace…</div>;
  if (route.kind === 'workflow')
    return (
      <WorkflowSession
        key={route.id}
        workspace={workspace}
        id={route.id}
        onExit={() => go({ kind: 'list' })}
      />
    );
  return <WorkflowsPage workspace={workspace} onOpen={(id) => go({ kind: 'workflow', id })} />;
}
