import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCommandContext, isCommandContext, type CommandContext } from '../commands/context';
import {
  canExecuteCommand,
  executeCommand,
  type CommandArgsMap,
  type CommandName,
} from '../commands/registry';
import type { TextEdit } from '../commands/text/textEdit';
import type { Diagnostic } from '../model/diagnostic';
import type { StatePath } from '../model/statePath';
import type { ExecutionMode } from '../model/types';
import type { RuleResult } from '../rules/ruleResult';
import type { ParseResult } from '../yaml/types';
import { defaultDerive, type Derive } from './derive';
import {
  EMPTY_HISTORY,
  recordHistory,
  redoStep,
  undoStep,
  type CommitOrigin,
  type EditHistory,
} from './history';

/** The single write: new source text, where it came from, and what to call it in history. */
export interface CommitInput {
  source: string;
  origin: CommitOrigin;
  /** EditHistory label ("Typing", "Add Task"); default: the origin. */
  label?: string;
  /** Selection after the change; default: the current selection minus vanished states. */
  selection?: StatePath[];
  /** Same key within the coalescing window (and same origin) = one history entry. */
  coalesceKey?: string;
}

/** Extras for `execute`: history coalescing and a label overriding the command's own. */
export interface ExecuteOptions {
  coalesceKey?: string;
  label?: string;
}

export type ExecuteResult =
  { ok: true; changed: boolean; edits: TextEdit[] } | { ok: false; reason: string };

/** What the editor holds. Everything but `source`, `selection` and `mode` is derived. */
export interface EditorState<G = unknown> {
  source: string;
  /** The latest parse of `source`. */
  parse: ParseResult;
  /** The latest parse that produced a model (kept while the text has syntax errors). */
  lastGood: ParseResult | null;
  /** Parse and validation diagnostics of `source` for `mode`. */
  diagnostics: Diagnostic[];
  /** Graph of `lastGood`'s model (null before any good parse). */
  graph: G | null;
  /** True when `source` does not parse: `graph` and `lastGood` show an older text. */
  stale: boolean;
  selection: StatePath[];
  mode: ExecutionMode;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Increments on every change of `source` (bridges compare it to skip their own echoes). */
  revision: number;
  lastOrigin: CommitOrigin;
  history: EditHistory;

  commit(input: CommitInput): boolean;
  /**
   * Runs a command on the current source and commits its result (origin default `canvas`).
   * `options.coalesceKey` merges repeated edits (an inspector field session) into one entry.
   */
  execute<K extends CommandName>(
    name: K,
    args: CommandArgsMap[K],
    origin?: CommitOrigin,
    options?: ExecuteOptions,
  ): ExecuteResult;
  canExecute<K extends CommandName>(name: K, args: CommandArgsMap[K]): RuleResult;
  select(paths: readonly StatePath[]): void;
  setMode(mode: ExecutionMode): void;
  undo(): boolean;
  redo(): boolean;
  /** Replaces the text and resets history (opening a file). */
  load(source: string): void;
  /** Ends the current typing/inspector session: the next change starts a new entry. */
  sealHistory(): void;
}

export interface EditorStoreOptions<G> {
  derive?: Partial<Derive<G>>;
  mode?: ExecutionMode;
  /** Clock for coalescing, in ms; default `Date.now`. */
  now?: () => number;
  historyLimit?: number;
  coalesceWindowMs?: number;
}

export type EditorStore<G = unknown> = StoreApi<EditorState<G>>;

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
  ) => {
    const parse = parsed ?? derive.parse(source);
    const good = parse.ok && parse.model !== null;
    const lastGood = good ? parse : (prev?.lastGood ?? null);
    let graph: G | null = prev?.graph ?? null;
    if (good && parse.model) {
      try {
        graph = derive.graph(parse.model);
      } catch {
        graph = prev?.graph ?? null;
      }
    }
    return { parse, lastGood, graph, stale: !good, diagnostics: safeValidate(derive, parse, mode) };
  };

  const context = (source: string, parse: ParseResult): CommandContext | { reason: string } => {
    if (ctxCache?.text === source) return ctxCache.ctx;
    let ctx: CommandContext | { reason: string };
    if (!parse.ok) {
      const err = parse.diagnostics.find((d) => d.severity === 'error');
      ctx = {
        reason: err
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

    const apply = (input: CommitInput, history: EditHistory, parsed?: ParseResult): void => {
      const s = get();
      const d = deriveFrom(input.source, s.mode, s, parsed);
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

    const commit = (input: CommitInput, parsed?: ParseResult): boolean => {
      const s = get();
      if (input.origin === 'load') {
        apply(input, EMPTY_HISTORY, parsed);
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
        apply({ ...input, selection: selAfter }, history, d);
        return true;
      }
      apply(input, history, parsed);
      return true;
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

      execute(name, args, origin = 'canvas', opts = {}) {
        const s = get();
        const ctx = context(s.source, s.parse);
        if (!isCommandContext(ctx)) return { ok: false, reason: ctx.reason };
        const result = executeCommand(ctx, name, args);
        if (!result.ok) return { ok: false, reason: result.reason };
        if (result.text === s.source) return { ok: true, changed: false, edits: [] };
        const parsed = derive.parse(result.text);
        if (!parsed.ok) {
          return {
            ok: false,
            reason: `“${result.label}” would leave the YAML unreadable; nothing was changed.`,
          };
        }
        const input: CommitInput = {
          source: result.text,
          origin,
          label: opts.label ?? result.label,
        };
        if (opts.coalesceKey !== undefined) input.coalesceKey = opts.coalesceKey;
        if (result.selection) input.selection = result.selection;
        commit(input, parsed);
        return { ok: true, changed: true, edits: result.edits };
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

function safeValidate<G>(derive: Derive<G>, parse: ParseResult, mode: ExecutionMode): Diagnostic[] {
  try {
    return derive.validate(parse, { mode });
  } catch {
    return parse.diagnostics;
  }
}
