import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { edgeTaken, useRunOverlay } from '../../simulator';
import type { StudioEdge as StudioEdgeType } from '../flowTypes';

const MAX_LABEL = 28;

/**
 * A transition: smooth-step, arrowhead, a pill label for Choice conditions (truncated, full
 * text on hover), "default" for Default, dashed red for Catch with the error names. Next edges
 * carry a "+" button that inserts a state in between without dragging.
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
  const [path, labelX, labelY] = getSmoothStepPath({
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
  const short = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
  const showLabel = (kind === 'choice' || kind === 'default' || kind === 'catch') && label !== '';
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
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {showLabel && (
              <span className={`edge-pill edge-pill--${kind}`} title={label}>
                {short}
              </span>
            )}
            {onInsert && edge && (
              <button
                type="button"
                className="edge-insert nodrag nopan"
                aria-label={`Insert a state between ${edge.source} and ${edge.target}`}
                title="Insert a state here"
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
