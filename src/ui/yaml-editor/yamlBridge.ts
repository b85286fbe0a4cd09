import type * as Monaco from 'monaco-editor';
import type { Diagnostic } from '../../core';
import type { DerivedCommit, TextSplice } from '../studio/studioPort';
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

/**
 * Off-main-thread commits (optional): `derive` parses typed text in a Worker. Canvas commands
 * parse the committed text on the main thread when first needed; the canvas readies them when
 * the pointer or focus comes to it (not on a timer: that parse holds the main thread, and a key
 * pressed during it would wait, up to a second at 5,000 states).
 */
export interface DerivePort {
  derive(text: string): Promise<DerivedCommit | null>;
}

/** Shortest pause between the last keystroke and the commit (parse, chart, diagnostics). */
export const TYPING_DEBOUNCE_MS = 40;
/** Longest pause, however slow the last commit was (large workflows). */
export const TYPING_DEBOUNCE_MAX_MS = 250;

/** What decides when typed text is committed after a key (see commitPlan). */
export interface TypingPace {
  /** Typed text is derived in a Worker (else it is parsed on the main thread). */
  worker: boolean;
  /** How long the last commit held the main thread (its renders included). */
  lastCommitMs: number;
  /** How long the last derivation took from sending the text to its answer (stale ones too). */
  lastRoundTripMs: number;
  /** Time since the key before this one. */
  sinceLastKeyMs: number;
  /** Text sent to the worker is not committed yet: its answer is out, or came back stale. */
  inFlight: boolean;
}

/**
 * When typed text is committed after a key: sent to the worker at the key itself (its answer
 * then waits for the frame that shows the key), or after a pause and the frame after it.
 */
export type CommitPlan = { at: 'key' } | { at: 'pause'; ms: number };

/** The slowest derivation (round trip) for which typed text is sent at the key itself. */
export const EARLY_SEND_MAX_ROUND_TRIP_MS = 40;

/**
 * When to commit typed text after a key. A keystroke only records the change (or sends the
 * text); nothing is committed before the frame that shows the key, so the editor's echo never
 * waits for a commit.
 *
 * Without a Worker the commit parses here: the pause is as long as the last commit held the
 * main thread, within bounds.
 *
 * With a Worker, a steady typist gets the longest pause: one whose keys come sooner after each
 * other than a derivation comes back and is committed, or while one is still out. A derivation
 * sent between such keys is stale before its answer (at 5,000 states the worker's quick path
 * takes 200-400 ms), yet it keeps the second core busy and its answer costs the main thread to
 * receive; one that lands between two keys holds the next key's echo while the views render it
 * (~100 ms at 1,000 states). So does every key when derivations take longer than the longest
 * pause. Any other key commits at the next frame: the next key is not expected before the
 * commit has been shown, so waiting would only delay the chart. While derivations are quick (a
 * small document) its text goes to the worker at the key itself, which derives it while Monaco
 * paints the key (at 100 states most of the rest of a value edit's way to the canvas, ~20 ms).
 * A longer derivation would share the machine's cores with the key's own frame (on 2 cores the
 * echo at 1,000 states went from ~21 to ~35 ms): it is sent after that frame.
 */
export function commitPlan(pace: TypingPace): CommitPlan {
  const { lastCommitMs, lastRoundTripMs } = pace;
  if (!pace.worker) {
    const ms = Math.min(TYPING_DEBOUNCE_MAX_MS, Math.max(TYPING_DEBOUNCE_MS, lastCommitMs));
    return { at: 'pause', ms: Math.round(ms) };
  }
  const steady = pace.sinceLastKeyMs < lastRoundTripMs + lastCommitMs || pace.inFlight;
  if (steady || lastRoundTripMs > TYPING_DEBOUNCE_MAX_MS)
    return { at: 'pause', ms: TYPING_DEBOUNCE_MAX_MS };
  return lastRoundTripMs <= EARLY_SEND_MAX_ROUND_TRIP_MS ? { at: 'key' } : { at: 'pause', ms: 0 };
}

/** Runs `f` in the task after the next frame: a key typed before it is on screen by then. */
function afterNextFrame(f: () => void): void {
  requestAnimationFrame(() => setTimeout(f, 0));
}

/** Whether a key or click waits to be handled (Chromium's `isInputPending`; false elsewhere). */
function inputPending(): boolean {
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } })
    .scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/**
 * Runs `f` now if no input waits to be handled, else after the next frame, checking again: a
 * commit never holds a key that Monaco has not handled and painted yet.
 */
function whenIdle(f: () => void): void {
  if (inputPending()) afterNextFrame(() => whenIdle(f));
  else f();
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
  /** How long the last derivation took from sending the text to its answer (stale ones too). */
  private lastRoundTripMs = 0;
  /** When the last key changed the text (performance.now()). */
  private lastKeyAt = -Infinity;
  /** Text sent to the derive worker, not committed yet. */
  private inFlight: string | null = null;
  /** Changes whenever a derivation in flight must not be committed any more. */
  private derivation = 0;
  /** The text the bridge last committed, until the store reports it (not an external change). */
  private handed: string | null = null;
  /** The store's source as last seen (selection-only changes of the store are not edits). */
  private seen: string;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly monaco: MonacoApi,
    private readonly editor: Monaco.editor.IStandaloneCodeEditor,
    private readonly port: SourcePort,
    private readonly derive: DerivePort | null = null,
  ) {
    const model = editor.getModel();
    if (!model) throw new Error('YamlBridge: the editor has no model');
    this.seen = port.getSource();
    const sub = model.onDidChangeContent(() => {
      if (this.applying) return;
      this.schedule();
    });
    this.disposers.push(() => sub.dispose());
    this.disposers.push(port.subscribe((source) => this.fromStore(source)));
  }

  /** True while typed text waits for its commit (debounce or derivation in the worker). */
  get pending(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /**
   * Commits typed text now, on this thread (before undo, before a canvas command reads the
   * store): a derivation still in the worker is dropped.
   */
  flush(): void {
    if (!this.pending) return;
    this.cancel();
    this.dropDerivation();
    this.commitNow();
  }

  private dropDerivation(): void {
    this.derivation++;
    this.inFlight = null;
  }

  /** Forgets the scheduled commit (the typed text is committed now, or overridden). */
  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
    this.waiting++;
  }

  /** Commits the editor's text on this thread (parse included). */
  private commitNow(): void {
    const model = this.editor.getModel();
    if (!model) return;
    this.measure(() => this.hand(model.getValue(), () => this.port.commitText(model.getValue())));
  }

  /** Runs a commit of `text`, noting it as the bridge's own unless the store has it already. */
  private hand(text: string, commit: () => void): void {
    if (text !== this.port.getSource()) this.handed = text;
    commit();
  }

  private measure(commit: () => void): void {
    const t0 = performance.now();
    commit();
    // The renders the commit triggers run in this task's microtasks: measure up to the next task.
    setTimeout(() => (this.lastCommitMs = performance.now() - t0), 0);
  }

  /**
   * The pause is over: derive the text in the worker if there is one, else commit it here.
   * `shown`, when the text is sent right at the key: its answer is committed only after that
   * key's echo is on screen and no other input waits.
   */
  private commit(shown: Promise<void> | null = null): void {
    const model = this.editor.getModel();
    if (!model) return;
    if (!this.derive) return this.commitNow();
    const text = model.getValue();
    const ticket = ++this.derivation;
    this.inFlight = text;
    const sent = performance.now();
    const land = (f: () => void) => (shown ? void shown.then(() => whenIdle(f)) : f());
    this.derive.derive(text).then(
      (ready) => {
        this.lastRoundTripMs = performance.now() - sent;
        land(() => {
          // Superseded, or more keys typed since: the newer text's derivation decides.
          if (ticket !== this.derivation || !ready || this.dirty) return;
          this.inFlight = null;
          try {
            this.measure(() => this.hand(text, () => ready.commit()));
          } catch {
            // Committing the derivation failed: commit the text here, as without a worker.
            this.hand(text, () => this.port.commitText(text));
          }
        });
      },
      () =>
        land(() => {
          // The worker failed: commit here, as without one (nothing typed is lost).
          if (ticket !== this.derivation) return;
          this.inFlight = null;
          this.measure(() => this.hand(text, () => this.port.commitText(text)));
        }),
    );
  }

  private schedule(): void {
    // The keystroke path: remember that text changed, nothing more.
    this.cancel();
    this.dirty = true;
    const now = performance.now();
    const plan = commitPlan({
      worker: this.derive !== null,
      lastCommitMs: this.lastCommitMs,
      lastRoundTripMs: this.lastRoundTripMs,
      sinceLastKeyMs: now - this.lastKeyAt,
      inFlight: this.inFlight !== null,
    });
    this.lastKeyAt = now;
    if (plan.at === 'key') {
      const shown = new Promise<void>((resolve) => afterNextFrame(resolve));
      this.cancel();
      this.commit(shown);
      return;
    }
    this.timer = setTimeout(() => this.afterPause(), plan.ms);
  }

  /**
   * The pause is over: commit once the last key's echo is on screen (the frame after it, so a
   * long commit never holds a keystroke that Monaco has not painted yet), and not while another
   * key waits to be handled (Chromium tells; elsewhere the frame is enough).
   */
  private afterPause(): void {
    this.timer = null;
    const ticket = this.waiting;
    afterNextFrame(() =>
      whenIdle(() => {
        // A newer key, a flush or a store change came first: that one decides.
        if (ticket !== this.waiting || !this.dirty) return;
        this.cancel();
        this.commit();
      }),
    );
  }

  private fromStore(source: string): void {
    const model = this.editor.getModel();
    if (!model) return;
    // Only a change of the source is an edit (not a selection change while a commit waits).
    if (source === this.seen) return;
    this.seen = source;
    // The bridge's own commit arriving: the editor may already be ahead of it (newer keys).
    if (source === this.handed) {
      this.handed = null;
      return;
    }
    this.handed = null;
    const current = model.getValue();
    if (current === source) return;
    // An external change (canvas, inspector, undo) while typed text waits: the store's text is
    // the truth; such gestures flush typed text first, so only a race lands here.
    if (this.dirty) this.cancel();
    this.dropDerivation();
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
    this.dropDerivation();
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
