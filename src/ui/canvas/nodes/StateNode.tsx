import { Handle, type NodeProps } from '@xyflow/react';
import { hasNextOrEnd } from '../../../core';
import type { ContainerRFNode, StateRFNode } from '../flowTypes';
import { stateHandleSides } from '../nodeHandles';
import { StateCard } from './StateCard';

/**
 * A state on the canvas (a plain card, or a container's header with its lanes as children).
 * Handles: `in` (target), `next` (Next, or a new branch for Choice), `default` (Choice Default),
 * `catch` (a Catch target, for Task/Parallel/Map). Their sides come from `stateHandleSides`, which
 * also gives React Flow their boxes before it renders the node (nodeHandles.ts).
 */
export function StateNode({ data, selected }: NodeProps<StateRFNode | ContainerRFNode>) {
  const { node, problems, direction, onToggleCollapse } = data;
  const sides = stateHandleSides(node.kind, direction);
  const isContainer = node.container !== null && !node.collapsed;
  const hasOut = hasNextOrEnd(node.kind) || node.kind === 'Choice';
  return (
    <div className={isContainer ? 'container-node' : 'state-node'}>
      <Handle type="target" position={sides.in} id="in" />
      <StateCard
        node={node}
        problems={problems}
        selected={selected}
        onToggleCollapse={onToggleCollapse}
      />
      <Handle
        type="source"
        position={sides.next}
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
      {sides.default && (
        <Handle
          type="source"
          position={sides.default}
          id="default"
          className="handle--default"
          title="Drag to set Default"
        />
      )}
      {sides.catch && (
        <Handle
          type="source"
          position={sides.catch}
          id="catch"
          className="handle--catch"
          title="Drag to add a Catch target"
        />
      )}
    </div>
  );
}
