import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  Position,
  type EdgeProps,
} from '@xyflow/react';
import { Plus } from 'lucide-react';
import type { FlowEdge } from '../../../core';
import { edgeTaken, useRunOverlay } from '../../simulator';
import type { StudioEdge as StudioEdgeType } from '../flowTypes';
import { isLabelledKind, labelPoint, shortLabel } from './edgeGeometry';

/** The accessible name of an edge's "+" button: which transition it inserts on. */
export function insertButtonName(edge: FlowEdge): string {
  switch (edge.kind) {
    case 'choice':
      return `Insert a state on branch ${(edge.branchIndex ?? 0) + 1} of ${edge.source} to ${edge.target}`;
    case 'default':
      return `Insert a state on the Default of ${edge.source} to ${edge.target}`;
    case 'catch':
      return `Insert an error handler between ${edge.source} and ${edge.target}`;
    default:
      return `Insert a state between ${edge.source} and ${edge.target}`;
  }
}

/**
 * A transition: smooth-step, arrowhead, a pill label for Choice conditions (truncated, full
 * text on hover), "default" for Default, dashed red for Catch with the error names. Every
 * transition but the end ones carries a "+" button that inserts a state on it without
 * dragging; on a labelled edge it sits beside the pill, never over the condition.
 */
export function StudioEdge(props: EdgeProps<StudioEdgeType>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    markerEnd,
    selected,
  } = props;
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
  });
  const edge = data?.edge;
  const kind = edge?.kind ?? 'next';
  const label = edge?.label ?? '';
  const showLabel = isLabelledKind(kind) && label !== '';
  const at = labelPoint(
    kind,
    { x: sourceX, y: sourceY, position: sourcePosition },
    { x: targetX, y: targetY, position: targetPosition },
  );
  // Left-to-right charts (targets entered from the left) put the "+" below the pill.
  const sideways = targetPosition === Position.Left;
  const onInsert = data?.onInsert ?? null;
  // Only while a run is shown: the transitions it took are highlighted.
  const run = useRunOverlay();
  const taken = run !== null && edge !== undefined && edgeTaken(edge, run);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`studio-edge studio-edge--${kind}${selected ? ' studio-edge--selected' : ''}${
          taken ? ' studio-edge--taken' : ''
        }`}
      />
      {(showLabel || onInsert) && (
        <EdgeLabelRenderer>
          <div
            className="studio-edge__label-wrap"
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
          >
            {showLabel && (
              <span className={`edge-pill edge-pill--${kind}`} title={label}>
                {shortLabel(label)}
              </span>
            )}
            {onInsert && edge && (
              <button
                type="button"
                className={`edge-insert nodrag nopan${!showLabel ? '' : sideways ? ' edge-insert--below' : ' edge-insert--beside'}`}
                aria-label={insertButtonName(edge)}
                data-testid={`canvas.edgeInsert.${edge.source}.${edge.field}`}
                title={
                  edge.kind === 'catch' ? 'Insert an error handler here' : 'Insert a state here'
                }
                onClick={(e) => {
                  e.stopPropagation();
                  onInsert(edge);
                }}
              >
                <Plus size={12} aria-hidden="true" />
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
