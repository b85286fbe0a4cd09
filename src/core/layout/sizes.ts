import type { FlowNode } from '../graph/types';

/**
 * Node sizes (see docs in ui.md): cards are fixed-size whatever their text (the text is
 * truncated), so that a value edit never changes the layout.
 */
export const CARD_WIDTH = 200;
export const CARD_HEIGHT = 56;
export const MARKER_SIZE = 24;
/** Space inside a container above its lanes: the container's own card. */
export const CONTAINER_HEADER = CARD_HEIGHT + 8;
export const CONTAINER_PADDING = 12;
/** Space inside a lane above its states: the "Branch i" label. */
export const LANE_HEADER = 28;
export const LANE_PADDING = 16;
/** Every labelled edge (Choice, Default, Catch) reserves this slot, whatever its text. */
export const EDGE_LABEL_WIDTH = 120;
export const EDGE_LABEL_HEIGHT = 20;

/** The fixed size of a leaf node (containers with lanes are sized by the layout). */
export function leafSize(node: FlowNode): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end' || node.kind === 'fail') {
    return { width: MARKER_SIZE, height: MARKER_SIZE };
  }
  return { width: CARD_WIDTH, height: CARD_HEIGHT };
}
