import { createStore } from 'zustand/vanilla';
import { createCommandContext, isCommandContext, type CommandContext } from '../commands/context';
import { canExecuteCommand, executeCommand } from '../commands/registry';
import type { Diagnostic } from '../model/diagnostic';
import type { StatePath } from '../model/statePath';
import type { ExecutionMode } from '../model/types';
import type { ParseResult } from '../yaml/types';
import { defaultDerive, type Derive } from './derive';
import { parseFromDerived, type DerivedText } from './derivedText';
import { textDiff } from './textDiff';
import { runTransaction } from './transaction';
import {
  EMPTY_HISTORY,
  recordHistory,
  redoStep,
  undoStep,
  type CommitOrigin,
  type EditHistory,
} from './history';
import type {
  CommitInput,
  EditorState,
  EditorStore,
  EditorStoreOptions,
  ExecuteOptions,
  ExecuteResult,
} from './editorState';

/**
 * The editor's store (zustand vanilla, no React): the YAML source is the one truth, everything
 * else is derived from it and memoised (re-derived only when the source, or for diagnostics the
 * mode, changes). `commit` is the only writer of the source; a commit whose source equals the
 * current one is a no-op. One history covers every origin; selection-only changes create no
 * entry and never clear redo. Commands are refused with a reason while the text does not parse.
 */
export function createEditorStore<G = unknown>(
  initialText: string,
  options: EditorStoreOptions<G> = {},
): EditorStore<G> {
  const derive = { ...defaultDerive(), ...options.derive } as Derive<G>;
  const now = options.now ?? (() => Date.now());
  let ctxCache: { text: string; ctx: CommandContext | { reason: string } } | null = null;

  const deriveFrom = (
    source: string,
    mode: ExecutionMode,
    prev: EditorState<G> | null,
    parsed?: ParseResult,
    pre?: Precomputed<G>,
  ) => {
    const parse = parsed ?? derive.parse(source);
    const good = parse.ok && parse.model !== null;
    const lastGood = good ? parse : (prev?.lastGood ?? null);
    let graph: G | null = prev?.graph ?? null;
    if (good && parse.model) {
      if (pre) graph = pre.graph ?? graph;
      else {
        try {
          graph = derive.graph(parse.model);
        } catch {
          graph = prev?.graph ?? null;
        }
      }
    }
    const diagnostics =
      pre && pre.mode === mode ? pre.diagnostics : safeValidate(derive, parse, mode);
    return { parse, lastGood, graph, stale: !good, diagnostics };
  };

  const context = (source: string, current: ParseResult): CommandContext | { reason: string } => {
    if (ctxCache?.text === source) return ctxCache.ctx;
    // A text derived on another thread comes without its Document: parse it here, once.
    const parse = current.doc === null && current.text === source ? derive.parse(source) : current;
    let ctx: CommandContext | { reason: string };
    if (!parse.ok) {
      const err = parse.diagnostics.find((d) => d.severity === 'error');
      const syntax = !parse.doc || parse.doc.errors.length > 0;
      ctx = {
        reason: parse.legacy
          ? 'This is a legacy Serverless Workflow definition (steps:): convert it to FDL v1 to edit it on the canvas'
          : !syntax && err
            ? `${err.message.replace(/\.$/, '')} (line ${err.line}): fix it to edit on the canvas`
            : err
              ? `The YAML has a syntax error at line ${err.line}: fix it to edit on the canvas`
              : 'The YAML cannot be read: fix it to edit on the canvas',
      };
    } else {
      const doc =
        parse.text === source && parse.doc && parse.doc.errors.length === 0 ? parse.doc : null;
      ctx = createCommandContext(source, doc);
    }
    ctxCache = { text: source, ctx };
    return ctx;
  };

  return createStore<EditorState<G>>()((set, get) => {
    const historyFlags = (h: EditHistory) => ({
      history: h,
      canUndo: h.undo.length > 0,
      canRedo: h.redo.length > 0,
      undoLabel: h.undo[h.undo.length - 1]?.label ?? null,
      redoLabel: h.redo[h.redo.length - 1]?.label ?? null,
    });

    const survivors = (selection: readonly StatePath[], parse: ParseResult): StatePath[] => {
      if (!parse.ok) return [...selection];
      return selection.filter((p) => parse.sourceMap.states.has(p));
    };

    const apply = (
      input: CommitInput,
      history: EditHistory,
      parsed?: ParseResult,
      pre?: Precomputed<G>,
    ): void => {
      const s = get();
      const d = deriveFrom(input.source, s.mode, s, parsed, pre);
      const selection = input.selection ? [...input.selection] : survivors(s.selection, d.parse);
      set({
        source: input.source,
        ...d,
        selection,
        revision: s.revision + 1,
        lastOrigin: input.origin,
        ...historyFlags(history),
      });
    };

    const commit = (input: CommitInput, parsed?: ParseResult, pre?: Precomputed<G>): boolean => {
      const s = get();
      if (input.origin === 'load') {
        apply(input, EMPTY_HISTORY, parsed, pre);
        return true;
      }
      if (input.source === s.source) return false;
      let history = s.history;
      if (input.origin !== 'history') {
        const d = parsed ?? derive.parse(input.source);
        const selAfter = input.selection ? [...input.selection] : survivors(s.selection, d);
        const entry = {
          label: input.label ?? input.origin,
          origin: input.origin,
          before: s.source,
          after: input.source,
          selBefore: [...s.selection],
          selAfter,
          time: now(),
          ...(input.coalesceKey !== undefined ? { coalesceKey: input.coalesceKey } : {}),
        };
        history = recordHistory(history, entry, options.historyLimit, options.coalesceWindowMs);
        apply({ ...input, selection: selAfter }, history, d, pre);
        return true;
      }
      apply(input, history, parsed, pre);
      return true;
    };

    /** Commits a command's text after checking it still parses (an engine bug guard). */
    const commitChecked = (
      text: string,
      origin: CommitOrigin,
      label: string,
      selection: StatePath[] | undefined,
      opts: ExecuteOptions,
    ): ExecuteResult => {
      const s = get();
      if (text === s.source) return { ok: true, changed: false, edits: [] };
      const parsed = derive.parse(text);
      if (!parsed.ok) {
        return {
          ok: false,
          reason: `“${label}” would leave the YAML unreadable; nothing was changed.`,
        };
      }
      const input: CommitInput = { source: text, origin, label };
      if (opts.coalesceKey !== undefined) input.coalesceKey = opts.coalesceKey;
      if (selection) input.selection = selection;
      const before = s.source;
      commit(input, parsed);
      return { ok: true, changed: true, edits: textDiff(before, text) };
    };

    const initial = deriveFrom(initialText, options.mode ?? 'Standard', null);
    return {
      source: initialText,
      ...initial,
      selection: [],
      mode: options.mode ?? 'Standard',
      revision: 0,
      lastOrigin: 'load',
      ...historyFlags(EMPTY_HISTORY),

      commit: (input) => commit(input),

      commitDerived(input, derived) {
        if (derived.text !== input.source) return false;
        return commit(input, parseFromDerived(derived), derived);
      },

      adoptDerived(derived) {
        const s = get();
        if (derived.text !== s.source || derived.mode !== s.mode) return false;
        const parse = {
          ...parseFromDerived(derived),
          doc: s.parse.text === s.source ? s.parse.doc : null,
        };
        set(deriveFrom(s.source, s.mode, s, parse, derived));
        return true;
      },

      prepareCommands() {
        const s = get();
        context(s.source, s.parse);
      },

      execute(name, args, origin = 'canvas', opts = {}) {
        const s = get();
        if (name === 'document.replace') {
          // Importing replaces the text as given, even over (or with) invalid YAML.
          const r = executeCommand(s.source, name, args);
          if (!r.ok) return r;
          const label = opts.label ?? r.label;
          return commit({ source: r.text, origin, label, selection: [] })
            ? { ok: true, changed: true, edits: r.edits }
            : { ok: true, changed: false, edits: [] };
        }
        const ctx = context(s.source, s.parse);
        if (!isCommandContext(ctx)) return { ok: false, reason: ctx.reason };
        const result = executeCommand(ctx, name, args);
        if (!result.ok) return { ok: false, reason: result.reason };
        return commitChecked(
          result.text,
          origin,
          opts.label ?? result.label,
          result.selection,
          opts,
        );
      },

      transact(label, origin, steps) {
        const s = get();
        const ctx = context(s.source, s.parse);
        if (!isCommandContext(ctx)) return { ok: false, reason: ctx.reason };
        const r = runTransaction(ctx, steps);
        if (!r.ok) return r;
        return commitChecked(r.text, origin, label, r.selection, {});
      },

      canExecute(name, args) {
        const s = get();
        const ctx = context(s.source, s.parse);
        return isCommandContext(ctx) ? canExecuteCommand(ctx, name, args) : ctx.reason;
      },

      select(paths) {
        const next = [...new Set(paths)];
        const cur = get().selection;
        if (next.length === cur.length && next.every((p, i) => p === cur[i])) return;
        set({ selection: next });
      },

      setMode(mode) {
        const s = get();
        if (mode === s.mode) return;
        set({ mode, diagnostics: safeValidate(derive, s.parse, mode) });
      },

      undo() {
        const step = undoStep(get().history);
        if (!step) return false;
        commit({
          source: step.entry.before,
          origin: 'history',
          label: step.entry.label,
          selection: step.entry.selBefore,
        });
        set(historyFlags(step.history));
        return true;
      },

      redo() {
        const step = redoStep(get().history);
        if (!step) return false;
        commit({
          source: step.entry.after,
          origin: 'history',
          label: step.entry.label,
          selection: step.entry.selAfter,
        });
        set(historyFlags(step.history));
        return true;
      },

      load(source) {
        commit({ source, origin: 'load', label: 'Open', selection: [] });
      },

      sealHistory() {
        const h = get().history;
        if (!h.sealed) set({ history: { ...h, sealed: true } });
      },
    };
  });
}

/** Results computed elsewhere for one text: its graph and its diagnostics for `mode`. */
type Precomputed<G> = Pick<DerivedText<G>, 'graph' | 'diagnostics' | 'mode'>;

function safeValidate<G>(derive: Derive<G>, parse: ParseResult, mode: ExecutionMode): Diagnostic[] {
  try {
    return derive.validate(parse, { mode });
  } catch {
    return parse.diagnostics;
  }
}
