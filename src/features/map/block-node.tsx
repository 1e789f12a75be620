import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { textOn } from '../../model/color';
import { SLOTS, slotFraction } from '../../model/block-routing';
import type { Block, KindCard } from '../../model/types';
import { useLoadedFullAtlas } from '../../state/atlas-context';
import { kindColor } from '../../ui/kind-chip';

export interface BlockNodeData extends Record<string, unknown> {
  block: Block;
  kind: KindCard;
  /** The names of the block's best-connected members. */
  names: string[];
  /** How many members the filters leave. */
  shown: number;
  lit: boolean;
  /** The handles arrows use (`s` or `t`, side, slot): only these are drawn. */
  handles: ReadonlySet<string>;
  onOpen: (kindId: string) => void;
}

export type BlockFlowNode = Node<BlockNodeData>;

const SIDES = [
  [Position.Top, 't'],
  [Position.Bottom, 'b'],
  [Position.Left, 'l'],
  [Position.Right, 'r'],
] as const;
const SLOT_IDS = Array.from({ length: SLOTS }, (_, i) => i);
/** Where slot i sits along a side, as a percentage (model/block-routing.ts's geometry). */
const slotAt = (i: number) => `${slotFraction(i) * 100}%`;

/**
 * One kind as a block of the big picture: its name and count, and its best-connected members.
 * The block is a button that opens it in place (its members and their relations).
 */
function BlockNodeView({ data }: NodeProps<BlockFlowNode>) {
  const { block, kind, names, shown, lit, handles, onOpen } = data;
  const count = shown === block.count ? `${block.count}` : `${shown} of ${block.count}`;
  // The kind's description (the tooltip) comes with the full atlas, after the map is up.
  const description = useLoadedFullAtlas()?.index.kindById.get(kind.id)?.description;
  return (
    <>
      {SIDES.flatMap(([position, side]) =>
        SLOT_IDS.flatMap((i) => {
          const along =
            position === Position.Top || position === Position.Bottom
              ? { left: slotAt(i) }
              : { top: slotAt(i) };
          return (['s', 't'] as const).flatMap((role) =>
            handles.has(`${role}${side}${i}`)
              ? [
                  <Handle
                    key={`${role}${side}${i}`}
                    id={`${role}${side}${i}`}
                    type={role === 's' ? 'source' : 'target'}
                    position={position}
                    isConnectable={false}
                    style={along}
                  />,
                ]
              : [],
          );
        }),
      )}
      <button
        type="button"
        className={`atlas-block${lit ? ' is-lit' : ''}${shown === 0 ? ' is-empty' : ''}`}
        style={kindColor(kind.color)}
        data-block-id={block.id}
        // The benchmark counts a view drawn when every one of its boxes is in the document.
        data-group-id={block.id}
        title={description}
        onClick={() => onOpen(block.id)}
      >
        <span className="atlas-block-head">
          <span
            className="atlas-node-badge"
            aria-hidden="true"
            style={{ color: textOn(kind.color) }}
          >
            {kind.symbol ?? kind.label.slice(0, 1)}
          </span>
          <span className="atlas-block-label">{block.label}</span>
          <span className="atlas-block-count">{count}</span>
        </span>
        <span className="atlas-block-names">
          {names.join(' · ')}
          {block.count > names.length ? ' …' : ''}
        </span>
        <span className="visually-hidden">, open to see its members</span>
      </button>
    </>
  );
}

export const BlockNode = memo(BlockNodeView);
