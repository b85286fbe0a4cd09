import { parseSource, type StatePath } from '../../core';
import type { StudioView } from '../studio/studioPort';

/** For tests: the Studio view of a fixed text with `selection` (parsed, not editable). */
export function studioViewOf(text: string, selection: StatePath[]): StudioView {
  const parsed = parseSource(text);
  return {
    source: text,
    ok: parsed.ok,
    model: parsed.model,
    graph: null,
    sourceMap: parsed.sourceMap,
    liveSourceMap: parsed.sourceMap,
    diagnostics: parsed.diagnostics,
    firstError: null,
    selection,
    canUndo: false,
    canRedo: false,
    lastOrigin: 'load',
  };
}
