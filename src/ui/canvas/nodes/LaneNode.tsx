import type { NodeProps } from '@xyflow/react';
import type { LaneRFNode } from '../flowTypes';

/** A Parallel branch or Map processor lane inside its container. */
export function LaneNode({ data }: NodeProps<LaneRFNode>) {
  return (
    <div className="lane-node">
      <span className="lane-node__label">{data.node.label}</span>
    </div>
  );
}
