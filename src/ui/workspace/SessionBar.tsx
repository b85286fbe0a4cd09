import { ArrowLeft, ClipboardPaste, Download, History, Save, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ExportKind, WorkspaceStore } from '../../core';
import { useWorkflowSettings } from '../inspector/workflowSettings';
import type { EditorPort } from '../studio/editorPort';
import { buildExport, download } from './exporters';
import { importIntoPort } from './importText';
import { Modal } from './Modal';
import type { DraftState } from './useAutosave';
import { VersionsDialog } from './VersionsDialog';
import { WsButton } from './WsButton';

interface Props {
  store: WorkspaceStore;
  workflowId: string;
  port: EditorPort | null;
  dirty: boolean;
  draft: DraftState;
  error: string | null;
  onDismissError: () => void;
  onError: (message: string) => void;
  onSave: () => Promise<void>;
  onExit: () => void;
}

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'yaml', label: 'YAML' },
  { kind: 'json', label: 'JSON' },
  { kind: 'svg', label: 'SVG image' },
  { kind: 'png', label: 'PNG image' },
  { kind: 'mmd', label: 'Mermaid' },
];

const currentTheme = (): 'light' | 'dark' =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

/** The workspace bar above the Studio: back, name, saved state, Save, versions, import, export. */
export function SessionBar(p: Props) {
  const settings = useWorkflowSettings();
  const [exitAsk, setExitAsk] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [versions, setVersions] = useState(false);
  const [menu, setMenu] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const { port, onError } = p;

  const importText = (text: string, from: string) => {
    if (!port) return false;
    const refused = importIntoPort(port, text);
    if (refused) onError(`${from}: ${refused}`);
    return refused === null;
  };

  // A file dropped anywhere on the window is imported (the canvas's own drops carry no files).
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      void f.text().then((t) => importText(t, f.name));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  const doExport = async (kind: ExportKind) => {
    setMenu(false);
    if (!port) return;
    const view = port.getView();
    try {
      download(await buildExport(kind, view.source, view.graph, settings.name, currentTheme()));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };

  const status = p.dirty
    ? p.draft === 'pending'
      ? 'Unsaved changes · saving draft…'
      : p.draft === 'error'
        ? 'Unsaved changes · draft NOT stored'
        : 'Unsaved changes · draft kept'
    : 'Saved';

  return (
    <div className="ws-bar" data-testid="ws.bar">
      <WsButton
        testId="ws.exit"
        icon={ArrowLeft}
        onClick={() => (p.dirty ? setExitAsk(true) : p.onExit())}
      >
        Workflows
      </WsButton>
      <strong className="ws-bar__name" data-testid="ws.bar.name">
        {settings.name}
      </strong>
      <span className="ws-bar__mode">{settings.mode}</span>
      <span
        className={`ws-bar__status${p.dirty ? ' ws-bar__status--dirty' : ''}`}
        data-testid="ws.dirty"
        data-dirty={p.dirty}
        role="status"
      >
        {status}
      </span>
      {p.error && (
        <span className="ws-bar__error" role="alert" data-testid="ws.bar.error">
          {p.error}
          <button type="button" className="ws-link" onClick={p.onDismissError}>
            Dismiss
          </button>
        </span>
      )}
      <span className="ws-spacer" />
      <WsButton testId="ws.import" icon={Upload} onClick={() => fileRef.current?.click()}>
        Import
      </WsButton>
      <input
        ref={fileRef}
        type="file"
        hidden
        accept=".yaml,.yml,.json,application/json,text/yaml"
        data-testid="ws.importFile"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void f.text().then((t) => importText(t, f.name));
        }}
      />
      <WsButton testId="ws.paste" icon={ClipboardPaste} onClick={() => setPasting(true)}>
        Paste
      </WsButton>
      <div className="ws-menu">
        <WsButton testId="ws.export" icon={Download} expanded={menu} onClick={() => setMenu(!menu)}>
          Export
        </WsButton>
        {menu && (
          <div className="ws-menu__list" role="menu">
            {EXPORTS.map((x) => (
              <button
                key={x.kind}
                type="button"
                role="menuitem"
                onClick={() => void doExport(x.kind)}
                data-testid={`ws.export.${x.kind}`}
              >
                {x.label}
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              data-testid="ws.export.copy"
              onClick={() => {
                setMenu(false);
                if (port)
                  navigator.clipboard
                    .writeText(port.getView().source)
                    .catch(() => onError('The clipboard refused the copy.'));
              }}
            >
              Copy YAML
            </button>
          </div>
        )}
      </div>
      <WsButton testId="ws.versions" icon={History} onClick={() => setVersions(true)}>
        Versions
      </WsButton>
      <WsButton
        testId="ws.save"
        icon={Save}
        variant="primary"
        disabled={!p.dirty}
        onClick={() => void p.onSave()}
      >
        Save
      </WsButton>
      {exitAsk && (
        <Modal title="Unsaved changes" onClose={() => setExitAsk(false)} testId="ws.exitDialog">
          <p>
            This workflow has changes that are not saved as a version. The draft is kept either way
            and comes back when you reopen the workflow.
          </p>
          <div className="ws-actions">
            <WsButton small={false} onClick={() => setExitAsk(false)}>
              Cancel
            </WsButton>
            <WsButton testId="ws.exitDialog.leave" small={false} onClick={p.onExit}>
              Exit without saving
            </WsButton>
            <WsButton
              testId="ws.exitDialog.save"
              small={false}
              variant="primary"
              onClick={() => void p.onSave().then(p.onExit)}
            >
              Save and exit
            </WsButton>
          </div>
        </Modal>
      )}
      {pasting && (
        <Modal
          title="Paste YAML or JSON"
          onClose={() => setPasting(false)}
          testId="ws.pasteDialog"
          wide
        >
          <textarea
            className="ws-paste"
            autoFocus
            rows={14}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            aria-label="Definition to import"
            data-testid="ws.pasteDialog.text"
          />
          <div className="ws-actions">
            <WsButton small={false} onClick={() => setPasting(false)}>
              Cancel
            </WsButton>
            <WsButton
              testId="ws.pasteDialog.import"
              small={false}
              variant="primary"
              onClick={() => {
                if (importText(pasted, 'Pasted text')) {
                  setPasting(false);
                  setPasted('');
                }
              }}
            >
              Replace the definition
            </WsButton>
          </div>
        </Modal>
      )}
      {versions && port && (
        <VersionsDialog
          store={p.store}
          workflowId={p.workflowId}
          port={port}
          onClose={() => setVersions(false)}
          onError={onError}
        />
      )}
    </div>
  );
}
