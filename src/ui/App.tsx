import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useState } from 'react';
import type { LayoutFn } from './canvas/useLayout';
import { StudioProvider } from './editor-context/StudioContext';
import type { LayoutDirection } from '../core';
import { browserLayoutStore, createLayoutClient, mainThreadWorker } from './layout';
import { decodeShare, shareValueFromHash } from './share/shareLink';
import { StudioShell } from './shell/StudioShell';
import type { ToastMessage } from './shell/Toast';
import { createDeriveClient } from './derive/createDeriveClient';
import { createEditorPort, type EditorPort } from './studio/editorPort';
import { SAMPLE_WORKFLOW } from './studio/sampleWorkflow';
import { installTestApi } from './studio/testApi';
import './styles/theme.css';
import './styles/shell.css';
import './palette/palette.css';
import './canvas/canvas.css';
import './yaml-editor/yamlEditor.css';

/** What the page opens: a shared definition from `#def=…`, else the sample. */
function initialDocument(): { text: string; toast: ToastMessage | null } {
  const value = shareValueFromHash(window.location.hash);
  if (value === null) return { text: SAMPLE_WORKFLOW, toast: null };
  const decoded = decodeShare(value);
  if (decoded.ok) return { text: decoded.yaml, toast: null };
  // A malformed link opens nothing: the sample stays, and the user is told why.
  return {
    text: SAMPLE_WORKFLOW,
    toast: { text: decoded.error, kind: 'error', id: 1, sticky: true },
  };
}

/** The layout direction the shell will use (its persisted choice), to prefetch the first chart. */
function savedDirection(): LayoutDirection {
  try {
    return localStorage.getItem('fdl-studio.direction') === '"RIGHT"' ? 'RIGHT' : 'DOWN';
  } catch {
    return 'DOWN';
  }
}

/** Runs `f` when the page is idle (after load work), or soon where idle callbacks are missing. */
function requestIdle(f: () => void): void {
  const idle = (window as Window & { requestIdleCallback?: (f: () => void) => number })
    .requestIdleCallback;
  if (idle) idle(f);
  else setTimeout(f, 1000);
}

interface AppProps {
  /** The text to open (a workspace workflow); without it, the share link or the sample. */
  initialText?: string;
  /** Hands the editor port to the workspace (autosave, Save, import, restore). */
  onPort?: (port: EditorPort) => void;
}

/** The Studio: one editor store for the page, provided to every panel. */
export function App({ initialText, onPort }: AppProps = {}) {
  const [boot] = useState(() => {
    const doc = initialText === undefined ? initialDocument() : { text: initialText, toast: null };
    // Typed text is parsed in a Worker (the echo never waits for a parse); without workers, here.
    const deriver = typeof Worker === 'undefined' ? null : createDeriveClient();
    const port = createEditorPort(doc.text, { deriver });
    // While the page is idle the worker loads the parser and derives the opened text, so the
    // first keystroke finds it ready (and a value edit takes the quick path). The store then
    // takes that derivation's objects (equal to its own), at idle time too: the first edit comes
    // back as a patch against them, sharing what did not change with what the views show.
    if (deriver)
      requestIdle(() => {
        const s = port.store.getState();
        void deriver.warm(s.source, s.mode).then((warm) => {
          if (warm)
            requestIdle(() => {
              try {
                port.store.getState().adoptDerived(warm.read());
              } catch {
                // A warm-up that cannot be read changes nothing: edits derive in full.
              }
            });
        });
      });
    installTestApi(port);
    // One layout client for the page; layouts are cached by structure and direction, and kept
    // across loads. elkjs needs seconds to load and warm up in its worker: start it now and ask
    // for the first chart before React has even rendered.
    const client = createLayoutClient({ fallback: mainThreadWorker, store: browserLayoutStore() });
    const layoutFn: LayoutFn = (graph, direction) => client.layout(graph, { direction });
    layoutFn.peek = (graph, direction) => client.peek(graph, { direction });
    const graph = port.getView().graph;
    // Superseded by the canvas's own request for the same key (shared, not repeated): ignore.
    if (graph) layoutFn(graph, savedDirection()).catch(() => {});
    return { port, toast: doc.toast, layoutFn, deriver };
  });
  // The parse worker goes with this Studio (each opened workflow mounts its own).
  useEffect(() => () => boot.deriver?.dispose(), [boot]);
  // In an effect, not the initialiser: StrictMode runs initialisers twice and keeps one.
  useEffect(() => {
    // A block body: whatever onPort returns must not become the effect's cleanup.
    onPort?.(boot.port);
  }, [boot.port, onPort]);
  return (
    <StudioProvider port={boot.port}>
      <ReactFlowProvider>
        <StudioShell layoutFn={boot.layoutFn} initialToast={boot.toast} />
      </ReactFlowProvider>
    </StudioProvider>
  );
}
