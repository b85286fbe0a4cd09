import {
  deriveGraph,
  parseSource,
  type Diagnostic,
  type FlowGraph,
  type SourceMap,
  type StateMachine,
  type StatePath,
} from '../../core';
import type { Origin, StudioPort, StudioView } from './studioPort';

/**
 * INTERIM adapter, replaced by one over the core's `createEditorStore` when it lands: parses
 * with the core's `parseSource`, derives with `deriveGraph`, and refuses every command (no
 * editing engine of its own, no history of its own).
 */
export function createEditorPort(initial: string): StudioPort {
  let view: StudioView = build(initial, null, []);
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commitText(text: string, _origin: Origin) {
      if (text === view.source) return;
      view = build(text, view, view.selection);
      emit();
    },
    execute: () => ({ ok: false, reason: 'Canvas editing is not available in this build yet.' }),
    canExecute: () => 'Canvas editing is not available in this build yet.',
    select(paths: readonly StatePath[]) {
      view = { ...view, selection: [...paths] };
      emit();
    },
    undo() {},
    redo() {},
    diff(before: string, after: string) {
      let s = 0;
      while (s < before.length && s < after.length && before[s] === after[s]) s++;
      let e = 0;
      while (
        e < before.length - s &&
        e < after.length - s &&
        before[before.length - 1 - e] === after[after.length - 1 - e]
      )
        e++;
      return [{ start: s, end: before.length - e, text: after.slice(s, after.length - e) }];
    },
  };
}

function build(text: string, prev: StudioView | null, selection: readonly StatePath[]): StudioView {
  const parsed = parseSource(text);
  const diagnostics: readonly Diagnostic[] = parsed.diagnostics;
  const firstError = diagnostics.find((d) => d.severity === 'error') ?? null;
  let model: StateMachine | null = prev?.model ?? null;
  let graph: FlowGraph | null = prev?.graph ?? null;
  let sourceMap: SourceMap | null = prev?.sourceMap ?? null;
  if (parsed.ok && parsed.model) {
    model = parsed.model;
    graph = deriveGraph(parsed.model);
    sourceMap = parsed.sourceMap;
  }
  return {
    source: text,
    ok: parsed.ok,
    model,
    graph,
    sourceMap,
    liveSourceMap: parsed.ok ? parsed.sourceMap : null,
    diagnostics,
    firstError: parsed.ok ? null : firstError,
    selection,
    canUndo: false,
    canRedo: false,
  };
}
