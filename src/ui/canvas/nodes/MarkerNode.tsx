import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { MarkerRFNode } from '../flowTypes';

/** Start (filled circle), end (ringed circle) and fail (red ringed circle) markers. */
export function MarkerNode({ data }: NodeProps<MarkerRFNode>) {
  const { node, direction } = data;
  const vertical = direction === 'DOWN';
  return (
    <div
      className={`marker-node marker-node--${node.kind}`}
      title={node.label}
      role="img"
      aria-label={node.label}
    >
      {node.kind === 'start' ? (
        <Handle
          type="source"
          position={vertical ? Position.Bottom : Position.Right}
          isConnectable={false}
        />
      ) : (
        <Handle
          type="target"
          position={vertical ? Position.Top : Position.Left}
          isConnectable={false}
        />
      )}
    </div>
  );
}
