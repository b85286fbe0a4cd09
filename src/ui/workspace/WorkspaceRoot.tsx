import { useEffect, useState } from 'react';
import { App } from '../App';
import { hashOf, routeFromHash, type Route } from './route';
import { WorkflowSession } from './WorkflowSession';
import { WorkflowsPage } from './WorkflowsPage';
import { openWorkspace, type Workspace } from './workspaceService';
import './workspace.css';

/**
 * The page: the Workflows list, a workflow in the Studio (`#/w/<id>`), or a shared definition
 * (`#def=…`, opened as before, outside the workspace).
 */
export function WorkspaceRoot() {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  useEffect(() => {
    void openWorkspace().then(setWorkspace);
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

  if (route.kind === 'share' || route.kind === 'sample') return <App />;
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
