import type { StoreApi } from 'zustand/vanilla';
import type { CommandArgsMap, CommandName } from '../commands/registry';
import type { TextEdit } from '../commands/text/textEdit';
import type { Diagnostic } from '../model/diagnostic';
import type { StatePath } from '../model/statePath';
import type { ExecutionMode } from '../model/types';
import type { RuleResult } from '../rules/ruleResult';
import type { ParseResult } from '../yaml/types';
import type { Derive } from './derive';
import type { DerivedText } from './derivedText';
import type { CommitOrigin, EditHistory } from './history';
import type { TransactionStep } from './transaction';

/** The single write: new source text, where it came from, and what to call it in history. */
export interface CommitInput {
  source: string;
  origin: CommitOrigin;
  /** History label ("Typing", "Add Task"); default: the origin. */
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
   * Commits text whose parse, diagnostics and graph were derived elsewhere (`deriveText` in a
   * Worker), so this thread does not parse it. False, and nothing changes, when `derived` is of
   * another text or the text is the current one. Diagnostics are validated again only if the
   * mode changed meanwhile. Commands parse the text on first use (see `prepareCommands`).
   */
  commitDerived(input: CommitInput, derived: DerivedText<G>): boolean;
  /**
   * Takes a derivation of the current text made elsewhere in place of the equal one the store
   * holds (no edit: history, selection and revision stay), keeping the parsed Document for
   * commands. Later derivations patched against it then share their unchanged objects with what
   * the views already show. False, and nothing changes, when it is of another text or mode.
   */
  adoptDerived(derived: DerivedText<G>): boolean;
  /** Readies commands for the current text (parses it if only a derived parse is held). */
  prepareCommands(): void;
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
  /**
   * Runs several commands as one history entry (`label`); all or nothing. Each step decides its
   * command from the text left by the previous steps.
   */
  transact(label: string, origin: CommitOrigin, steps: readonly TransactionStep[]): ExecuteResult;
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
