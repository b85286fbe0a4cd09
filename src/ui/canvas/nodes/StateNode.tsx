import { Handle, Position, type NodeProps } from '@xyflow/react';
import { hasNextOrEnd, supportsErrorHandling } from '../../../core';
import type { ContainerRFNode, StateRFNode } from '../flowTypes';
import { StateCard } from './StateCard';

/**
 * A state on the canvas (a plain card, or a container's header with its lanes as children).
 * Handles: `in` (target), `next` (Next, or a new branch for Choice), `default` (Choice Default),
 * `catch` (a Catch target, for Task/Parallel/Map).
 */
export function StateNode({ data, selected }: NodeProps<StateRFNode | ContainerRFNode>) {
  const { node, problems, direction, onToggleCollapse } = data;
  const vertical = direction === 'DOWN';
  const isContainer = node.container !== null && !node.collapsed;
  const hasOut = hasNextOrEnd(node.kind) || node.kind === 'Choice';
  return (
    <div className={isContainer ? 'container-node' : 'state-node'}>
      <Handle type="target" position={vertical ? Position.Top : Position.Left} id="in" />
      <StateCard
        node={node}
        problems={problems}
        selected={selected}
        onToggleCollapse={onToggleCollapse}
      />
      <Handle
        type="source"
        position={vertical ? Position.Bottom : Position.Right}
        id="next"
        isConnectable={hasOut}
        title={
          hasOut
            ? node.kind === 'Choice'
              ? 'Drag to add a branch'
              : 'Drag to set Next'
            : undefined
        }
      />
      {node.kind === 'Choice' && (
        <Handle
          type="source"
          position={vertical ? Position.Right : Position.Bottom}
          id="default"
          className="handle--default"
          title="Drag to set Default"
        />
      )}
      {supportsErrorHandling(node.kind) && (
        <Handle
          type="source"
          position={vertical ? Position.Right : Position.Bottom}
          id="catch"
          className="handle--catch"
          title="Drag to add a Catch target"
        />
      )}
    </div>
  );
}
