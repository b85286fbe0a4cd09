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

/** Shortest pause between the last keystroke and the commit (parse, chart, diagnostics). */
export const TYPING_DEBOUNCE_MS = 40;
/** Longest pause, however slow the last commit was (large workflows). */
export const TYPING_DEBOUNCE_MAX_MS = 250;

/**
 * The pause before committing typed text: as long as the last commit took (within bounds). A
 * keystroke only records the change; the commit (full re-parse, chart) runs once typing pauses,
 * so the editor's echo never waits for it, and a large document, whose commit is slow, waits for
 * a longer pause so that a steady typist is not interrupted between keys.
 */
export function commitDelay(lastCommitMs: number): number {
  return Math.round(Math.min(TYPING_DEBOUNCE_MAX_MS, Math.max(TYPING_DEBOUNCE_MS, lastCommitMs)));
}

/** Whether a key or click waits to be handled (Chromium's `isInputPending`; false elsewhere). */
function inputPending(): boolean {
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } })
    .scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/**
 * Keeps one Monaco model and the store's source in step, both ways, without loops:
 * - editor → store: content changes (except the bridge's own) commit after a short debounce;
 * - store → editor: a minimal diff applied with `pushEditOperations`, which keeps the cursor,
 *   selections, folding and scroll (never `setValue` after load).
 */
export class YamlBridge {
  private applying = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Typed text not committed yet. */
  private dirty = false;
  /** Changes whenever the scheduled commit is superseded (a wait for the frame checks it). */
  private waiting = 0;
  /** How long the last commit kept the main thread (commit and the renders it triggered). */
  private lastCommitMs = 0;
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
    return this.dirty;
  }

  /** Commits typed text now (before undo, before a canvas command reads the store). */
  flush(): void {
    if (!this.dirty) return;
    this.cancel();
    this.commit();
  }

  /** Forgets the scheduled commit (the typed text is committed now, or overridden). */
  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
    this.waiting++;
  }

  private commit(): void {
    const model = this.editor.getModel();
    if (!model) return;
    const t0 = performance.now();
    this.port.commitText(model.getValue());
    // The renders the commit triggers run in this task's microtasks: measure up to the next task.
    setTimeout(() => (this.lastCommitMs = performance.now() - t0), 0);
  }

  private schedule(): void {
    // The keystroke path: remember that text changed, nothing more.
    this.cancel();
    this.dirty = true;
    this.timer = setTimeout(() => this.whenIdle(), commitDelay(this.lastCommitMs));
  }

  /**
   * The pause is over: commit once the last key's echo is on screen (the frame after it, so a
   * long commit never holds a keystroke that Monaco has not painted yet), and not while another
   * key waits to be handled (Chromium tells; elsewhere the frame is enough).
   */
  private whenIdle(): void {
    this.timer = null;
    const ticket = this.waiting;
    requestAnimationFrame(() =>
      setTimeout(() => {
        // A newer key, a flush or a store change came first: that one decides.
        if (ticket !== this.waiting || !this.dirty) return;
        if (inputPending()) {
          this.timer = setTimeout(() => this.whenIdle(), TYPING_DEBOUNCE_MS);
          return;
        }
        this.cancel();
        this.commit();
      }, 0),
    );
  }

  private fromStore(source: string): void {
    const model = this.editor.getModel();
    if (!model) return;
    const current = model.getValue();
    if (current === source) return;
    // Typed text not committed yet loses to an external change only if it is stale; an external
    // change while typing is rare (a canvas edit), and the store's text is the truth.
    if (this.dirty) this.cancel();
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
    this.cancel();
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
