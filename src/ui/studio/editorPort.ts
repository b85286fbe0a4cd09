import {
  createEditorStore,
  textDiff,
  type CommandName,
  type EditorState,
  type EditorStore,
  type ExecutionMode,
  type FlowGraph,
  type TransactionStep,
} from '../../core';
import type { DeriveClient } from '../derive/createDeriveClient';
import type { ExecuteResult, Origin, StudioPort, StudioView } from './studioPort';

/** The Studio's port with the extras the inspector and compound gestures use. */
export interface EditorPort extends StudioPort {
  store: EditorStore<FlowGraph>;
  executeCoalesced(
    command: string,
    args: unknown,
    origin: Origin,
    coalesceKey: string,
  ): ExecuteResult;
  sealHistory(): void;
  setMode(mode: ExecutionMode): void;
  /** Commits typed text the editor still holds (page hidden, closed, a link copied). */
  flushTypedText(): void;
}

/**
 * The port over the core's editor store (`createEditorStore`): the store owns the source,
 * parse, diagnostics, graph, selection and the one history; this maps it to the snapshot the
 * panels render and forwards writes. No editing logic here.
 */
export function createEditorPort(
  initial: string,
  options: { deriver?: DeriveClient | null } = {},
): EditorPort {
  const deriver = options.deriver ?? null;
  const store = createEditorStore<FlowGraph>(initial);
  let cachedFor: EditorState<FlowGraph> | null = null;
  let cached: StudioView | null = null;

  const toView = (s: EditorState<FlowGraph>): StudioView => {
    if (s === cachedFor && cached) return cached;
    const good = s.lastGood;
    cachedFor = s;
    cached = {
      source: s.source,
      ok: !s.stale,
      model: good?.model ?? null,
      graph: s.graph,
      sourceMap: good?.sourceMap ?? null,
      liveSourceMap: s.stale ? null : s.parse.sourceMap,
      diagnostics: s.diagnostics,
      firstError: s.stale
        ? (s.parse.diagnostics.find((d) => d.severity === 'error') ?? null)
        : null,
      selection: s.selection,
      canUndo: s.canUndo,
      canRedo: s.canRedo,
      lastOrigin: s.lastOrigin,
    };
    return cached;
  };

  // Typed text the editor has not committed yet (waiting for its pause or in the parse
  // worker): every write from elsewhere commits it first, so it is never overwritten.
  let flushTyped: (() => void) | null = null;
  const flush = () => flushTyped?.();

  const exec = (command: string, args: unknown, origin: Origin): ExecuteResult => {
    flush();
    const r = store.getState().execute(command as CommandName, args as never, origin);
    return r.ok ? { ok: true } : { ok: false, reason: r.reason };
  };

  return {
    store,
    getView: () => toView(store.getState()),
    subscribe: (listener) => store.subscribe(listener),
    commitText(text, origin) {
      store.getState().commit({
        source: text,
        origin,
        label: origin === 'yaml' ? 'Typing' : origin,
        coalesceKey: origin,
      });
    },
    ...(deriver
      ? {
          async deriveText(text: string) {
            const derived = await deriver.derive(text, store.getState().mode);
            if (!derived) return null;
            return {
              commit: () =>
                store
                  .getState()
                  .commitDerived(
                    { source: text, origin: 'yaml', label: 'Typing', coalesceKey: 'yaml' },
                    derived.read(),
                  ),
            };
          },
        }
      : {}),
    prepareCommands: () => store.getState().prepareCommands(),
    execute: exec,
    canExecute: (command, args) =>
      store.getState().canExecute(command as CommandName, args as never),
    select: (paths) => store.getState().select(paths),
    undo: () => {
      flush();
      store.getState().undo();
    },
    redo: () => {
      flush();
      store.getState().redo();
    },
    setTypedTextFlush: (f) => {
      flushTyped = f;
    },
    flushTypedText: flush,
    diff: (a, b) => textDiff(a, b),
    transact(label, origin, steps) {
      flush();
      const s = store.getState();
      if (s.stale)
        return { ok: false, reason: 'The YAML has a syntax error: fix it to edit on the canvas.' };
      // The store's transaction: its first step reuses the command context already built for
      // the current text, and the result is parsed once (a full parse less per canvas edit).
      const r = s.transact(label, origin, steps as unknown as readonly TransactionStep[]);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
    executeCoalesced(command, args, origin, coalesceKey) {
      flush();
      const s = store.getState();
      if (s.stale)
        return { ok: false, reason: 'The YAML has a syntax error: fix it to edit here.' };
      // The store's execute: it reuses the parse of the current text (one parse per edit).
      const r = s.execute(command as CommandName, args as never, origin, { coalesceKey });
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
    sealHistory: () => store.getState().sealHistory(),
    setMode: (mode) => store.getState().setMode(mode),
  };
}
