import type { StateNode } from '../docIndex';
import { findPair } from '../text/nodes';
import type { YamlTextEditor } from '../text/yamlTextEditor';

/**
 * Connecting behavior: setting `Next` on a state that had `End: true` replaces `End` with
 * `Next` on the same line (a state has one or the other).
 */
export function setNextDroppingEnd(ed: YamlTextEditor, state: StateNode, target: string): void {
  const next = findPair(state.map, 'Next');
  const end = findPair(state.map, 'End');
  if (next) {
    ed.replacePairValue(state.map, next, target);
    if (end) ed.removePair(state.map, end, { kind: 'root' });
  } else if (end) {
    ed.replacePair(state.map, end, 'Next', target);
  } else {
    ed.insertPair(state.map, 'Next', target);
  }
}

/** Ending behavior: `End: true` replaces `Next` (on the same line when there was one). */
export function setEndDroppingNext(ed: YamlTextEditor, state: StateNode): void {
  const next = findPair(state.map, 'Next');
  const end = findPair(state.map, 'End');
  if (end) {
    ed.replacePairValue(state.map, end, true);
    if (next) ed.removePair(state.map, next, { kind: 'root' });
  } else if (next) {
    ed.replacePair(state.map, next, 'End', true);
  } else {
    ed.insertPair(state.map, 'End', true);
  }
}
