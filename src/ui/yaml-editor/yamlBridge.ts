import type * as Monaco from 'monaco-editor';
import type { Diagnostic } from '../../core';
import type { TextSplice } from '../studio/studioPort';
import type { MonacoApi } from './loadMonaco';

/** What the bridge needs from the editor store (kept narrow so the bridge is easy to test). */
export interface SourcePort {
  getSource(): string;
  /** Calls back after every store change with the current source. Returns an unsubscribe. */
  subscribe(listener: (source: string) => void): () => void;
  /** Commits typed text with origin 'yaml'. */
  commitText(text: string): void;
  /** Minimal edits turning `before` into `after` (the core's textDiff). */
  diff(before: string, after: string): readonly TextSplice[];
}

/** Debounce between the last keystroke and the commit: parse stays off the keystroke path. */
export const TYPING_DEBOUNCE_MS = 120;

/**
 * Keeps one Monaco model and the store's source in step, both ways, without loops:
 * - editor → store: content changes (except the bridge's own) commit after a short debounce;
 * - store → editor: a minimal diff applied with `pushEditOperations`, which keeps the cursor,
 *   selections, folding and scroll (never `setValue` after load).
 */
export class YamlBridge {
  private applying = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly monaco: MonacoApi,
    private readonly editor: Monaco.editor.IStandaloneCodeEditor,
    private readonly port: SourcePort,
  ) {
    const model = editor.getModel();
    if (!model) throw new Error('YamlBridge: the editor has no model');
    const sub = model.onDidChangeContent(() => {
      if (this.applying) return;
      this.schedule();
    });
    this.disposers.push(() => sub.dispose());
    this.disposers.push(port.subscribe((source) => this.fromStore(source)));
  }

  /** True while typed text waits for its debounced commit. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Commits typed text now (before undo, before a canvas command reads the store). */
  flush(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    const model = this.editor.getModel();
    if (model) this.port.commitText(model.getValue());
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const model = this.editor.getModel();
      if (model) this.port.commitText(model.getValue());
    }, TYPING_DEBOUNCE_MS);
  }

  private fromStore(source: string): void {
    const model = this.editor.getModel();
    if (!model) return;
    const current = model.getValue();
    if (current === source) return;
    // Typed text not committed yet loses to an external change only if it is stale; an external
    // change while typing is rare (a canvas edit), and the store's text is the truth.
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const edits = this.port.diff(current, source).map((e) => {
      const start = model.getPositionAt(e.start);
      const end = model.getPositionAt(e.end);
      return {
        range: new this.monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        text: e.text,
        forceMoveMarkers: true,
      };
    });
    this.applying = true;
    try {
      model.pushEditOperations(this.editor.getSelections() ?? [], edits, () => null);
    } finally {
      this.applying = false;
    }
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    for (const d of this.disposers) d();
  }
}

/** Core diagnostics as Monaco markers (owner 'fdl'), same messages and codes. */
export function toMarkers(
  monaco: MonacoApi,
  diagnostics: readonly Diagnostic[],
): Monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    severity:
      d.severity === 'error'
        ? monaco.MarkerSeverity.Error
        : d.severity === 'warning'
          ? monaco.MarkerSeverity.Warning
          : monaco.MarkerSeverity.Info,
    message: d.message,
    code: d.code,
    source: 'fdl',
    startLineNumber: d.line,
    startColumn: d.column,
    endLineNumber: d.endLine,
    endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
  }));
}
