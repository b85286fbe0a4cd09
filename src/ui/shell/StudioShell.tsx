import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { stateAtOffset, stateRange, type Diagnostic, type LayoutDirection } from '../../core';
import type { StudioAction } from '../actions/actionTypes';
import { useShortcuts } from '../actions/useShortcuts';
import { CanvasPane } from '../canvas/CanvasPane';
import type { LayoutFn } from '../canvas/useLayout';
import { useStudioPort, useStudioView } from '../editor-context/StudioContext';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { useWorkflowSettings } from '../inspector/workflowSettings';
import { OutlinePanel } from '../outline/OutlinePanel';
import { Palette } from '../palette/Palette';
import { shareUrl } from '../share/shareLink';
import { ExecuteButton, RunDock, runActions } from '../simulator';
import { useEditing } from '../studio/useEditing';
import { useStudioActions } from '../studio/useStudioActions';
import { useCanvasKeyboard } from '../studio/useCanvasKeyboard';
import { YamlEditor, type RevealRequest } from '../yaml-editor/YamlEditor';
import type { SourcePort, YamlBridge } from '../yaml-editor/yamlBridge';
import { ContextMenu } from './ContextMenu';
import { ProblemsPanel } from './ProblemsPanel';
import { ResizeHandle } from './ResizeHandle';
import { StatusBar } from './StatusBar';
import { Toast, type ToastMessage } from './Toast';
import { TopBar, type ViewMode } from './TopBar';
import { MIN_EDITOR, defaultPaneWidths, editorWidthLimit } from './defaultPaneWidths';
import { useWindowWidth } from './useWindowWidth';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { usePersistentState } from './usePersistentState';
import { useTheme } from './useTheme';

interface Props {
  layoutFn: LayoutFn;
  initialToast: ToastMessage | null;
}

/** The Studio page: top bar, palette/outline, canvas, YAML editor, inspector, problems. */
export function StudioShell({ layoutFn, initialToast }: Props) {
  const port = useStudioPort();
  const view = useStudioView();
  const { theme, choice, setChoice } = useTheme();
  const [mode, setMode] = usePersistentState<ViewMode>('view', 'split');
  const [direction, setDirection] = usePersistentState<LayoutDirection>('direction', 'DOWN');
  const [firstUse] = useState(() => defaultPaneWidths(window.innerWidth));
  const [leftW, setLeftW] = usePersistentState('pane.left', firstUse.left);
  const [rightW, setRightW] = usePersistentState('pane.right', firstUse.right);
  const [editorWanted, setEditorW] = usePersistentState('pane.editor', firstUse.editor);
  // The width the user chose (kept), within what this window leaves the pane beside the editor:
  // a width saved in a wider window, or dragged too far, never hides the canvas.
  const editorMax = editorWidthLimit(useWindowWidth(), mode === 'yaml' ? 0 : leftW, rightW);
  const editorW = Math.min(editorWanted, editorMax);
  const [problemsH, setProblemsH] = usePersistentState('pane.problems', 160);
  const [problemsOpen, setProblemsOpen] = usePersistentState('problems.open', false);
  const [leftTab, setLeftTab] = usePersistentState<'palette' | 'outline'>('left.tab', 'palette');
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(initialToast);
  const [menu, setMenu] = useState<{ x: number; y: number; actions: StudioAction[] } | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [searchSignal, setSearchSignal] = useState(0);
  const bridge = useRef<YamlBridge | null>(null);
  const inspectorRef = useRef<HTMLElement>(null);
  // The editor mounts (and starts loading Monaco) once the first chart is on screen.
  const editorOn = useAfterFirstPaint();

  // Typed text waiting for its debounce is committed before any other edit reads the store.
  const flushBridge = useCallback(() => bridge.current?.flush(), []);
  const notify = useCallback((text: string, kind: 'info' | 'error' = 'info') => {
    setToast({ text, kind, id: Date.now() });
  }, []);
  const editing = useEditing(port, notify, flushBridge);

  const revealPath = useCallback(
    (path: string, focus = false) => {
      const sm = port.getView().liveSourceMap;
      const range = sm ? stateRange(sm, path) : undefined;
      if (range) setReveal({ range, token: Date.now(), focus });
    },
    [port],
  );
  const selectAndReveal = useCallback(
    (paths: string[]) => {
      port.select(paths);
      const last = paths[paths.length - 1];
      if (last) revealPath(last);
    },
    [port, revealPath],
  );

  const flow = useReactFlow();
  /** Brings a state into view on the canvas (outline picks; large workflows). */
  const centreOn = useCallback(
    (path: string) => {
      // The node may not be rendered yet (onlyRenderVisibleElements): centre on its layout box.
      const n = flow.getInternalNode(path);
      if (!n) return;
      const { x, y } = n.internals.positionAbsolute;
      void flow.setCenter(x + (n.measured.width ?? 200) / 2, y + (n.measured.height ?? 56) / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 200,
      });
    },
    [flow],
  );

  const sourcePort = useMemo<SourcePort>(
    () => ({
      getSource: () => port.getView().source,
      subscribe: (l) => port.subscribe(() => l(port.getView().source)),
      commitText: (text) => port.commitText(text, 'yaml'),
      diff: (a, b) => port.diff(a, b),
    }),
    [port],
  );
  const flushThen = useCallback(
    (f: () => void) => () => {
      bridge.current?.flush();
      f();
    },
    [],
  );

  const copyLink = useCallback(() => {
    // The link carries what the editor shows, typed text still being parsed included.
    bridge.current?.flush();
    const url = shareUrl(port.getView().source, window.location.href);
    history.replaceState(null, '', url);
    navigator.clipboard?.writeText(url).then(
      () => notify('Link copied: it opens this workflow.', 'info'),
      () => notify('The link is in the address bar (the clipboard is not available).', 'info'),
    );
  }, [port, notify]);

  const editBlocked = view.ok ? null : editing.blocked();
  const deps = useMemo(
    () => ({
      view,
      undo: flushThen(() => port.undo()),
      redo: flushThen(() => port.redo()),
      deleteSelection: flushThen(editing.deleteSelection),
      duplicateSelection: flushThen(editing.duplicateSelection),
      copySelection: editing.copySelection,
      paste: flushThen(editing.paste),
      selectAll: () =>
        port.select(view.graph?.nodes.filter((n) => 'path' in n).map((n) => n.id) ?? []),
      copyLink,
      insertAfterSelection: () => {
        setLeftTab('palette');
        setSearchSignal((n) => n + 1);
      },
      editBlocked,
    }),
    [view, port, editing, flushThen, copyLink, setLeftTab, editBlocked],
  );
  const actions = useStudioActions(deps);
  // While the YAML does not parse, canvas edits by key say why nothing happened (as clicks do).
  useShortcuts(
    [...actions.values()],
    () => false,
    (reason) => {
      if (reason === editBlocked) notify(reason, 'error');
    },
  );
  useCanvasKeyboard(port, selectAndReveal, () => inspectorRef.current?.focus());

  const pick = useCallback(
    (d: Diagnostic) => {
      if (d.path) port.select([d.path]);
      setReveal({ range: d.range, token: Date.now(), focus: true });
    },
    [port],
  );
  const goToError = useCallback(() => {
    const e = port.getView().firstError;
    if (e) {
      if (mode === 'design') setMode('split');
      setReveal({ range: e.range, token: Date.now(), focus: true });
    }
  }, [port, mode, setMode]);

  const onCursor = useCallback(
    (offset: number) => {
      const sm = port.getView().liveSourceMap;
      const path = sm ? stateAtOffset(sm, offset) : undefined;
      const current = port.getView().selection;
      if (path && !(current.length === 1 && current[0] === path)) port.select([path]);
    },
    [port],
  );
  const openNode = useCallback(
    (path: string) => {
      port.select([path]);
      inspectorRef.current?.focus();
    },
    [port],
  );
  const toggleCollapse = useCallback((path: string) => {
    setCollapsed((c) => {
      const n = new Set(c);
      if (n.has(path)) n.delete(path);
      else n.add(path);
      return n;
    });
  }, []);
  const nodeMenu = useCallback(
    (path: string, x: number, y: number) => {
      if (!port.getView().selection.includes(path)) port.select([path]);
      const ids = [
        'edit.copy',
        'edit.duplicate',
        'edit.delete',
        'edit.insertAfter',
        'view.centreSelection',
      ];
      const breakpoint: StudioAction = {
        id: 'run.breakpoint',
        label: 'Toggle breakpoint',
        enabled: () => true,
        run: () => runActions.toggleBreakpoint(path),
      };
      setMenu({
        x,
        y,
        actions: [
          ...ids.map((id) => actions.get(id)).filter((a): a is StudioAction => !!a),
          breakpoint,
        ],
      });
    },
    [port, actions],
  );
  const edgeMenu = useCallback(
    (edgeId: string, x: number, y: number) => {
      const edge = port.getView().graph?.edges.find((e) => e.id === edgeId);
      if (!edge) return;
      const insert: StudioAction = {
        id: 'edge.insert',
        label: 'Insert a Pass state here',
        enabled: () =>
          editing.blocked() ??
          (edge.kind === 'next' || edge.kind === 'start' ? true : 'Only on Next transitions'),
        run: () => editing.onInsertOnEdge(edge),
      };
      setMenu({ x, y, actions: [insert] });
    },
    [port, editing],
  );

  const stateCount = view.graph?.nodes.filter((n) => 'path' in n).length ?? 0;
  const status = view.ok ? 'Synced' : 'YAML has errors: chart paused';
  const settings = useWorkflowSettings();

  return (
    <div className="app" data-testid="app.shell">
      <TopBar
        name={view.model?.Name ?? 'Untitled workflow'}
        mode={settings.mode}
        actions={actions}
        view={mode}
        onView={setMode}
        direction={direction}
        onDirection={setDirection}
        theme={choice}
        onTheme={setChoice}
        extra={<ExecuteButton model={view.ok ? view.model : null} />}
      />
      <div className="app__body">
        {mode !== 'yaml' && (
          <>
            <aside
              className="sidebar sidebar--left"
              style={{ width: leftW }}
              aria-label="Palette and outline"
            >
              <div className="sidebar__switch" role="tablist" aria-label="Left panel">
                <button
                  type="button"
                  role="tab"
                  aria-selected={leftTab === 'palette'}
                  onClick={() => setLeftTab('palette')}
                >
                  Add states
                </button>
                <button
                  type="button"
                  role="tab"
                  aria-selected={leftTab === 'outline'}
                  onClick={() => setLeftTab('outline')}
                >
                  Outline
                </button>
              </div>
              {leftTab === 'palette' ? (
                <Palette onInsert={editing.insertEntry} focusSearchSignal={searchSignal} />
              ) : (
                <OutlinePanel
                  model={view.model}
                  selection={view.selection}
                  onSelect={(p) => {
                    selectAndReveal([p]);
                    centreOn(p);
                  }}
                />
              )}
            </aside>
            <ResizeHandle
              axis="x"
              value={leftW}
              min={180}
              max={420}
              direction={1}
              label="Resize the palette"
              onChange={setLeftW}
            />
          </>
        )}
        <main className={`workspace workspace--${mode}`}>
          <section
            className="workspace__pane workspace__pane--canvas"
            aria-label="Canvas"
            style={mode === 'yaml' ? { width: editorW } : undefined}
          >
            <CanvasPane
              direction={direction}
              layoutFn={layoutFn}
              collapsed={collapsed}
              onToggleCollapse={toggleCollapse}
              notice={null}
              onSelect={selectAndReveal}
              onGoToError={goToError}
              canDropAt={editing.canDropAt}
              onDrop={editing.onDrop}
              onInsertOnEdge={editing.onInsertOnEdge}
              onConnect={editing.onConnect}
              isValidConnection={editing.isValidConnection}
              onNodeContextMenu={nodeMenu}
              onEdgeContextMenu={edgeMenu}
              onNodeOpen={openNode}
            />
          </section>
          <ResizeHandle
            axis="x"
            value={editorW}
            min={MIN_EDITOR}
            max={editorMax}
            direction={mode === 'yaml' ? 1 : -1}
            label="Resize the YAML editor"
            onChange={setEditorW}
          />
          <section
            className="workspace__pane workspace__pane--editor"
            aria-label="YAML editor"
            style={mode === 'split' ? { width: editorW } : undefined}
          >
            {editorOn ? (
              <YamlEditor
                port={sourcePort}
                diagnostics={view.diagnostics}
                theme={theme}
                reveal={reveal}
                onCursor={onCursor}
                onUndo={() => port.undo()}
                onRedo={() => port.redo()}
                onBridge={(b) => (bridge.current = b)}
              />
            ) : (
              // What the editor shows while Monaco loads, for the first frame.
              <div className="yaml-editor">
                <div className="yaml-editor__loading">Loading the YAML editor…</div>
              </div>
            )}
          </section>
        </main>
        <ResizeHandle
          axis="x"
          value={rightW}
          min={260}
          max={560}
          direction={-1}
          label="Resize the inspector"
          onChange={setRightW}
        />
        <aside
          className="sidebar sidebar--right"
          style={{ width: rightW }}
          aria-label="Inspector"
          ref={inspectorRef}
          tabIndex={-1}
        >
          <div className="pane-header">Inspector</div>
          <InspectorPanel />
        </aside>
      </div>
      <div className="dock-row">
        {problemsOpen ? (
          <div className="problems-wrap" style={{ height: problemsH }}>
            <ResizeHandle
              axis="y"
              value={problemsH}
              min={80}
              max={480}
              direction={-1}
              label="Resize the Problems panel"
              onChange={setProblemsH}
            />
            <ProblemsPanel diagnostics={view.diagnostics} onPick={pick} />
          </div>
        ) : (
          <div />
        )}
        <RunDock model={view.ok ? view.model : null} selected={view.selection[0] ?? null} />
      </div>
      <StatusBar
        diagnostics={view.diagnostics}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen(!problemsOpen)}
        stateCount={stateCount}
        status={status}
      />
      {menu && (
        <ContextMenu x={menu.x} y={menu.y} actions={menu.actions} onClose={() => setMenu(null)} />
      )}
      <Toast message={toast} onDone={() => setToast(null)} />
    </div>
  );
}
