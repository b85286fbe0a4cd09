import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Monaco from 'monaco-editor';
import type { Diagnostic, TextRange } from '../../core';
import { useStudioPort } from '../editor-context/StudioContext';
import {
  FDL_MODEL_URI,
  loadMonaco,
  muteSchemaMarkers,
  SCHEMA_VALIDATION_MAX_LINES,
  setSchemaValidation,
  type MonacoApi,
} from './loadMonaco';
import { toMarkers, YamlBridge, type SourcePort } from './yamlBridge';

export interface RevealRequest {
  range: TextRange;
  /** Changes on every request so the same range can be revealed twice. */
  token: number;
  /** Move the cursor there and focus the editor (Problems panel, "Go to error"). */
  focus?: boolean;
}

interface Props {
  port: SourcePort;
  diagnostics: readonly Diagnostic[];
  theme: 'light' | 'dark';
  reveal: RevealRequest | null;
  /** The user moved the cursor (not the bridge): offset into the text. */
  onCursor: (offset: number) => void;
  onUndo: () => void;
  onRedo: () => void;
  onBridge: (bridge: YamlBridge | null) => void;
}

/**
 * The Monaco adapter: mounts the editor lazily, wires the bridge, markers, reveal requests and
 * the shared undo. No model logic here (the store and the core own it).
 */
export function YamlEditor({
  port,
  diagnostics,
  theme,
  reveal,
  onCursor,
  onUndo,
  onRedo,
  onBridge,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<{
    monaco: MonacoApi;
    editor: Monaco.editor.IStandaloneCodeEditor;
  } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef({ onCursor, onUndo, onRedo });
  latest.current = { onCursor, onUndo, onRedo };
  const decorations = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);
  // Only whether the text parses (a boolean snapshot: no re-render per keystroke for it).
  const studio = useStudioPort();
  const parses = useSyncExternalStore(studio.subscribe, () => studio.getView().ok);

  // Mount once: the model lives as long as the page, so switching views keeps undo and cursor.
  useEffect(() => {
    let disposed = false;
    let editor: Monaco.editor.IStandaloneCodeEditor | null = null;
    let bridge: YamlBridge | null = null;
    // A dynamic import: the canvas (drawn at once from a quick or kept layout) never waits for it.
    loadMonaco()
      .then((monaco) => {
        if (disposed || !host.current) return;
        // Before the model exists: monaco-yaml validates a model as soon as it is added.
        const source = port.getSource();
        let lines = 1;
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lines++;
        setSchemaValidation(lines <= SCHEMA_VALIDATION_MAX_LINES);
        const uri = monaco.Uri.parse(FDL_MODEL_URI);
        const model =
          monaco.editor.getModel(uri) ?? monaco.editor.createModel(port.getSource(), 'yaml', uri);
        if (model.getValue() !== port.getSource()) model.setValue(port.getSource()); // load only
        editor = monaco.editor.create(host.current, {
          model,
          automaticLayout: true,
          // Section headers are drawn only in the minimap; without these two, Monaco still has
          // its worker scan the whole document for them after every pause in typing.
          minimap: {
            enabled: false,
            showRegionSectionHeaders: false,
            showMarkSectionHeaders: false,
          },
          fontSize: 13,
          tabSize: 2,
          insertSpaces: true,
          scrollBeyondLastLine: false,
          renderWhitespace: 'boundary',
          quickSuggestions: { other: true, comments: false, strings: true },
          fixedOverflowWidgets: true,
          ariaLabel: 'Workflow YAML',
          // Folding and sticky scroll from indentation, which in YAML is the structure. The
          // default asks monaco-yaml's worker for folding ranges after every pause in typing,
          // once for folding and once more for sticky scroll: each a full parse of the document
          // (together ~1 s of a core at 5,000 states, on a machine where the page and the
          // parse worker share two cores), and the thousands of ranges that come back cost the
          // main thread tens of ms to read. Monaco's indentation ranges take a few ms.
          foldingStrategy: 'indentation',
          stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
          // Monaco replaces every folding decoration when new ranges arrive after an edit: at
          // 5,000 states (5,000+ regions) that was ~120 ms of main thread after each pause in
          // typing, a late echo for the next key. Past 1,000 regions (about 1,000 states) the
          // outer ones stay foldable; the Outline is the way around workflows that large.
          foldingMaximumRegions: 1000,
          // No automatic code-action requests: after every pause in typing and cursor move the
          // light bulb asked monaco-yaml's worker for code actions, a full parse of the document
          // each time (~0.5 s of a core at 5,000 states). Quick fixes stay on Ctrl+. and in a
          // marker's hover.
          lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
          // FDL has no links; link detection re-scans the whole file after every edit.
          links: false,
          // No inline-completion, code-lens or colour providers exist for FDL: without these
          // the editor skips their bookkeeping on every keystroke of a 51,000-line document.
          inlineSuggest: { enabled: false },
          codeLens: false,
          colorDecorators: false,
        });
        const derive = studio.deriveText ? { derive: studio.deriveText.bind(studio) } : null;
        bridge = new YamlBridge(monaco, editor, port, derive);
        const typed = bridge;
        studio.setTypedTextFlush?.(() => typed.flush());
        const ed = editor;
        const br = bridge;
        // One meaning of undo: Monaco's own stack is bypassed for the store's history.
        ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => {
          br.flush();
          latest.current.onUndo();
        });
        ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => {
          br.flush();
          latest.current.onRedo();
        });
        ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => {
          br.flush();
          latest.current.onRedo();
        });
        ed.onDidChangeCursorPosition((e) => {
          if (e.source === 'api' || e.reason !== monaco.editor.CursorChangeReason.Explicit) return;
          const offset = ed.getModel()?.getOffsetAt(e.position);
          if (offset !== undefined) latest.current.onCursor(offset);
        });
        // Schema validation only for documents monaco-yaml checks quickly (the line count is
        // kept by the model: no scan per keystroke).
        const validateSize = () =>
          setSchemaValidation(model.getLineCount() <= SCHEMA_VALIDATION_MAX_LINES);
        validateSize();
        const sized = model.onDidChangeContent(validateSize);
        ed.onDidDispose(() => sized.dispose());
        decorations.current = ed.createDecorationsCollection();
        if (window.__studio) {
          window.__studio.markers = () =>
            monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
              owner: m.owner,
              severity: m.severity,
              line: m.startLineNumber,
              message: m.message,
            }));
          window.__studio.cursorLine = () => {
            const at = ed.getPosition();
            return at ? model.getLineContent(at.lineNumber) : '';
          };
        }
        onBridge(bridge);
        setApi({ monaco, editor: ed });
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      onBridge(null);
      studio.setTypedTextFlush?.(null);
      // Typed text not committed yet goes to the store before the editor goes.
      bridge?.flush();
      bridge?.dispose();
      editor?.dispose();
    };
    // The port is stable for the page's lifetime (one store).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    api?.monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [api, theme]);

  useEffect(() => {
    if (!api) return;
    const model = api.editor.getModel();
    if (model) api.monaco.editor.setModelMarkers(model, 'fdl', toMarkers(api.monaco, diagnostics));
  }, [api, diagnostics]);

  // While the text does not parse, the core's syntax diagnostics say it once; schema markers go.
  useEffect(() => muteSchemaMarkers(!parses), [parses]);

  useEffect(() => {
    if (!api || !reveal) return;
    const model = api.editor.getModel();
    if (!model) return;
    const s = model.getPositionAt(reveal.range.start);
    const e = model.getPositionAt(reveal.range.end);
    const range = new api.monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
    api.editor.revealRangeInCenterIfOutsideViewport(range, api.monaco.editor.ScrollType.Smooth);
    decorations.current?.set([
      {
        range,
        options: {
          isWholeLine: true,
          className: 'yaml-editor__highlight',
          linesDecorationsClassName: 'yaml-editor__gutter',
        },
      },
    ]);
    if (reveal.focus) {
      api.editor.setPosition({ lineNumber: s.lineNumber, column: s.column });
      api.editor.focus();
    }
  }, [api, reveal]);

  return (
    <div className="yaml-editor" data-testid="yaml.editor">
      {!api && !failed && <div className="yaml-editor__loading">Loading the YAML editor…</div>}
      {failed && (
        <div className="yaml-editor__loading" role="alert">
          The YAML editor failed to load: {failed}
        </div>
      )}
      <div ref={host} className="yaml-editor__host nokey" />
    </div>
  );
}
