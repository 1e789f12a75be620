import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { KindCard, PositionedGroup } from '../../model/types';
import { kindColor } from '../../ui/kind-chip';

export interface GroupNodeData extends Record<string, unknown> {
  group: PositionedGroup;
  kind: KindCard | undefined;
  collapsed: boolean;
  /** How many of the group's nodes the filters leave. */
  shown: number;
  onToggle: (groupId: string) => void;
}

export type GroupFlowNode = Node<GroupNodeData>;

/** A labelled box around one kind's nodes; its button collapses the group to its count. */
function GroupNodeView({ data }: NodeProps<GroupFlowNode>) {
  const { group, kind, collapsed, shown, onToggle } = data;
  const total = group.nodeIds.length;
  return (
    <div
      className={`kind-group${collapsed ? ' is-collapsed' : ''}`}
      data-group-id={group.id}
      style={kindColor(kind?.color)}
    >
      <div className="kind-group-header">
        <span className="kind-group-label">{group.label}</span>
        <span className="kind-group-count">{shown === total ? total : `${shown} of ${total}`}</span>
        <button
          type="button"
          className="kind-group-toggle"
          aria-expanded={!collapsed}
          onClick={() => onToggle(group.id)}
        >
          {collapsed ? 'Expand' : 'Collapse'}
          <span className="visually-hidden"> {group.label}</span>
        </button>
      </div>
      {collapsed ? (
        <p className="kind-group-collapsed">
          {shown} {shown === 1 ? 'component' : 'components'} hidden
        </p>
      ) : null}
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
