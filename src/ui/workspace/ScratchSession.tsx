import { ArrowLeft, Save } from 'lucide-react';
import { useRef, useState } from 'react';
import { App } from '../App';
import type { EditorPort } from '../studio/editorPort';
import { uniqueName } from '../../core';
import type { Workspace } from './workspaceService';
import { WsButton } from './WsButton';

interface Props {
  /** Null while the workspace opens (the Studio is shown at once; saving waits for it). */
  workspace: Workspace | null;
  /** The workspace has stored workflows: the bar points to them (the user stayed here). */
  hasWorkflows?: boolean;
  /** Called on the user's clicks, keys and scrolls in the session (the start page's choice). */
  onInteract?: () => void;
  onOpen: (id: string) => void;
  onList: () => void;
}

/**
 * The Studio on a definition that is not (yet) a stored workflow: the sample on a first visit
 * or `#/sample`. "Save as workflow" turns what the user has typed into a stored workflow, so
 * trying the Studio first never loses work.
 */
export function ScratchSession({ workspace, hasWorkflows, onInteract, onOpen, onList }: Props) {
  const port = useRef<EditorPort | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!workspace || !port.current) return;
    try {
      const { workflows } = await workspace.store.list();
      const name = uniqueName(
        'my-workflow',
        workflows.map((w) => w.name),
      );
      const record = await workspace.store.create({
        name,
        description: '',
        mode: 'Standard',
        text: port.current.getView().source,
      });
      onOpen(record.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div
      className="ws-session"
      data-testid="ws.scratch"
      onPointerDownCapture={onInteract}
      onKeyDownCapture={onInteract}
      onWheelCapture={onInteract}
    >
      <div className="ws-bar">
        <WsButton testId="ws.scratch.list" icon={ArrowLeft} onClick={onList}>
          Workflows
        </WsButton>
        <strong className="ws-bar__name">Sample workflow</strong>
        <span className="ws-bar__status">Not saved</span>
        {hasWorkflows && (
          <span className="ws-bar__status" role="status">
            Your saved workflows are under Workflows.
          </span>
        )}
        {error && (
          <span className="ws-bar__error" role="alert">
            {error}
          </span>
        )}
        <span className="ws-spacer" />
        <WsButton
          testId="ws.scratch.save"
          icon={Save}
          disabled={!workspace}
          onClick={() => void save()}
        >
          Save as workflow
        </WsButton>
      </div>
      <div className="ws-session__studio">
        <App
          onPort={(p) => {
            port.current = p;
          }}
        />
      </div>
    </div>
  );
}
