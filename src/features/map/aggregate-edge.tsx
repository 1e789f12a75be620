import { BaseEdge, getBezierPath, ViewportPortal, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { labelPoint, type Side } from '../../model/block-routing';
import type { BlockLink } from '../../model/types';

export interface AggregateEdgeData extends Record<string, unknown> {
  link: BlockLink;
  /** The bundled relations in words ("KubeSpawner starts jupyterhub-singleuser"). */
  items: string[];
  /** The side of the source block the arrow leaves from: its label sits just outside it. */
  fromSide: Side;
  /** How far the label moved from there so as not to meet another (model/block-routing.ts). */
  labelShift: { dx: number; dy: number };
  open: boolean;
  onToggle: (linkId: string | null) => void;
  dash: string | undefined;
}

export type AggregateFlowEdge = Edge<AggregateEdgeData>;

/**
 * One arrow for every relation of one type between two blocks: its count and verb on the arrow,
 * the sentence for screen readers and on hover, and what it bundles when its label is opened.
 */
function AggregateEdgeView(props: EdgeProps<AggregateFlowEdge>) {
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
  } = props;
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  if (!data) return null;
  const { link, items, fromSide, labelShift, open, onToggle, dash } = data;
  // The label sits where the arrow leaves its block, in the gap between rows, so it never lies
  // over another block's name however far the arrow runs; moved aside where two would meet.
  const at = labelPoint({ x: sourceX, y: sourceY }, fromSide);
  const labelX = at.x + labelShift.dx;
  const labelY = at.y + labelShift.dy;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ strokeDasharray: dash }}
        className="block-link"
      />
      {/* In the viewport's portal, which comes after the blocks in the page, rather than the
          edge-label layer before them: Tab reaches the blocks first, then their arrows. */}
      <ViewportPortal>
        <div
          className={`block-link-label nodrag nopan${open ? ' is-open' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-link-id={link.id}
        >
          <button
            type="button"
            aria-expanded={open}
            title={link.sentence}
            onClick={() => onToggle(open ? null : link.id)}
          >
            {link.label}
            <span className="visually-hidden">: {link.sentence}</span>
          </button>
          {open ? (
            <div className="block-link-bundle" role="group" aria-label={link.sentence}>
              <p>{link.sentence}:</p>
              <ul>
                {items.slice(0, 12).map((item) => (
                  <li key={item}>{item}</li>
                ))}
                {items.length > 12 ? <li>and {items.length - 12} more</li> : null}
              </ul>
            </div>
          ) : null}
        </div>
      </ViewportPortal>
    </>
  );
}

export const AggregateEdge = memo(AggregateEdgeView);
