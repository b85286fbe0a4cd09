import type { Diagnostic, FlowGraph, SourceMap, StateMachine, StatePath } from '../../core';

/** A splice of the text (the core's TextEdit shape). */
export interface TextSplice {
  start: number;
  end: number;
  text: string;
}

/** Where a change came from (architecture §3). */
export type Origin = 'yaml' | 'canvas' | 'inspector' | 'palette' | 'history' | 'load' | 'simulator';

/** What the Studio renders: a snapshot of the editor store, stable between changes. */
export interface StudioView {
  source: string;
  /** The current text parses (otherwise the chart is the last good one, dimmed). */
  ok: boolean;
  /** The last good model, graph and source map (the current ones when `ok`). */
  model: StateMachine | null;
  graph: FlowGraph | null;
  sourceMap: SourceMap | null;
  /** The current source map when `ok`, else null (ranges of the last good text are stale). */
  liveSourceMap: SourceMap | null;
  diagnostics: readonly Diagnostic[];
  /** The first error of the current text, for the invalid banner. */
  firstError: Diagnostic | null;
  selection: readonly StatePath[];
  canUndo: boolean;
  canRedo: boolean;
  /** Where the last change came from (typed text: 'yaml'). */
  lastOrigin: Origin;
}

/** Typed text derived off the main thread (a Worker), ready to commit. */
export interface DerivedCommit {
  /** Commits the text as typing (origin 'yaml'); false if it is already the store's text. */
  commit(): boolean;
}

export type ExecuteResult = { ok: true } | { ok: false; reason: string };

/** One step of a compound edit: the next command, given the text and selection so far. */
export type Step = (so: {
  text: string;
  selection: readonly StatePath[] | undefined;
}) => { command: string; args: unknown } | null;

/**
 * The narrow interface between the UI and the core's editor store: everything the shell, the
 * canvas and the YAML bridge use. Implemented over `createEditorStore` (see `editorPort.ts`).
 */
export interface StudioPort {
  getView(): StudioView;
  subscribe(listener: () => void): () => void;
  commitText(text: string, origin: Origin): void;
  /** Runs a named command (`state.add`, …) with its rule; a refusal carries the reason. */
  execute(command: string, args: unknown, origin: Origin): ExecuteResult;
  /** Asks a command's rule without running it (drop zones, connection handles). */
  canExecute(command: string, args: unknown): true | string;
  select(paths: readonly StatePath[]): void;
  undo(): void;
  redo(): void;
  /**
   * Runs several commands as one user gesture (one commit, one history entry); each step sees
   * the text and selection the previous steps produced. Refused as a whole if one step is.
   */
  transact(label: string, origin: Origin, steps: readonly Step[]): ExecuteResult;
  /**
   * Derives typed text (parse, diagnostics, chart) off the main thread, when the port can: the
   * editor's echo then never waits for a parse. Null when a newer text superseded this one;
   * rejects when the worker failed (commit with `commitText` instead).
   */
  deriveText?(text: string): Promise<DerivedCommit | null>;
  /**
   * The editor registers how to commit its typed text that the store does not have yet; the
   * port runs it before every write from elsewhere (commands, undo, redo). Null unregisters.
   */
  setTypedTextFlush?(flush: (() => void) | null): void;
  /** Readies canvas commands for the current text ahead of use (an idle-time parse). */
  prepareCommands?(): void;
  /** Minimal edits from `before` to `after` (for the Monaco bridge). */
  diff(before: string, after: string): readonly TextSplice[];
}
