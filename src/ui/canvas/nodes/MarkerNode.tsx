import { Handle, type NodeProps } from '@xyflow/react';
import type { MarkerRFNode } from '../flowTypes';
import { markerHandleSide } from '../nodeHandles';

/** Start (filled circle), end (ringed circle) and fail (red ringed circle) markers. */
export function MarkerNode({ data }: NodeProps<MarkerRFNode>) {
  const { node, direction } = data;
  const side = markerHandleSide(node.kind, direction);
  return (
    <div
      className={`marker-node marker-node--${node.kind}`}
      title={node.label}
      role="img"
      aria-label={node.label}
    >
      {node.kind === 'start' ? (
        <Handle type="source" position={side} isConnectable={false} />
      ) : (
        <Handle type="target" position={side} isConnectable={false} />
      )}
    </div>
  );
}
