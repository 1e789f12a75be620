import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { textOn } from '../../model/color';
import { useLoadedFullAtlas } from '../../state/atlas-context';
import type { Emphasis } from '../../model/scene';
import type { KindCard, NodeCard } from '../../model/types';
import { kindColor } from '../../ui/kind-chip';

export interface KindNodeData extends Record<string, unknown> {
  node: NodeCard;
  kind: KindCard;
  emphasis: Emphasis;
  onSelect: (id: string) => void;
  onFocusNode: (id: string) => void;
}

export type KindFlowNode = Node<KindNodeData>;

/**
 * One component draws every kind; the kind gives it its colour, badge and border shape, so
 * kinds differ by more than colour. The whole node is a button: focusable, and Enter selects it.
 */
function KindNodeView({ data }: NodeProps<KindFlowNode>) {
  const { node, kind, emphasis, onSelect, onFocusNode } = data;
  const summary = useLoadedFullAtlas()?.index.nodeById.get(node.id)?.summary;
  const status = node.status === 'active' ? '' : `, ${node.status}`;
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <button
        type="button"
        className={`atlas-node kind-${kind.id} is-${emphasis}`}
        style={kindColor(kind.color)}
        data-node-id={node.id}
        aria-pressed={emphasis === 'selected'}
        // The name it shows, also when far out that text is hidden (visibility: hidden, which
        // would leave the button nameless, or named by its summary tooltip).
        aria-label={`${node.name} ${kind.label}${status}`}
        title={summary}
        onClick={() => onSelect(node.id)}
        onFocus={() => onFocusNode(node.id)}
      >
        {/* The badge's letter is CSS content, so the button's text is exactly its name. */}
        <span
          className="atlas-node-badge"
          aria-hidden="true"
          data-symbol={kind.symbol ?? kind.label.slice(0, 1)}
          style={{ color: textOn(kind.color) }}
        />
        <span className="atlas-node-text">
          {/* The button is named by what it shows ("KubeSpawner Spawner"), as WCAG 2.5.3 asks. */}
          <span className="atlas-node-name">{node.name}</span>{' '}
          <span className="atlas-node-kind">
            {kind.label}
            {status}
          </span>
        </span>
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

export const KindNode = memo(KindNodeView);
