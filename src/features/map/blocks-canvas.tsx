import {
  Controls,
  MarkerType,
  Panel,
  Position,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Edge,
  type EdgeTypes,
  type NodeHandle,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { matchesAll } from '../../model/facets';
import { neighbourhood } from '../../model/graph';
import type { Block, View } from '../../model/types';
import { useAtlas } from '../../state/atlas-context';
import { markFirstScreenUp } from '../../state/first-screen';
import { pressed } from '../../state/shortcuts';
import { useTheme } from '../../state/theme';
import { useFacets, useOpenBlock, useSelectedNode } from '../../state/url-state';
import { AggregateEdge, type AggregateFlowEdge } from './aggregate-edge';
import { BlockNode, type BlockFlowNode } from './block-node';
import { FacetPanel } from './facet-panel';
import { KindNode, type KindFlowNode } from './kind-node';
import { Legend } from './legend';
import { ViewSwitcher } from './view-switcher';
import { DASH, prefersReducedMotion, MAP_ARIA_LABELS } from './draw';
import { handleAt, sideHandles } from './flow';
import {
  assignSlots,
  placeLabels,
  slotPoint,
  type LinkEnds,
  type Side,
} from '../../model/block-routing';
import { readingOrder } from '../../model/reading-order';

const NODE_TYPES: NodeTypes = { block: BlockNode, kind: KindNode };
const EDGE_TYPES: EdgeTypes = { aggregate: AggregateEdge };

/** A link's React Flow handles: `s`/`t`, the side, the slot (the blocks draw only these). */
const handleIds = (e: LinkEnds) => ({
  sourceHandle: `s${e.fromSide}${e.sourceSlot}`,
  targetHandle: `t${e.toSide}${e.targetSlot}`,
});

const POSITION: Record<Side, Position> = {
  t: Position.Top,
  b: Position.Bottom,
  l: Position.Left,
  r: Position.Right,
};

/** One end of an arrow as a React Flow handle, where `slotPoint` puts it, relative to its block. */
function slotHandle(
  block: Block,
  type: 'source' | 'target',
  side: Side,
  slot: number,
  id: string,
): NodeHandle {
  const at = slotPoint(block, side, slot);
  return handleAt(type, POSITION[side], { x: at.x - block.x, y: at.y - block.y }, id);
}

/** How the fit leaves room for the tools at the top left: the whole diagram, in the space beside them. */
const FIT = { padding: 0.06 };

/**
 * The big picture: one block per kind in the layers of the stack, the arrows between them, and,
 * when a block is opened (`?block=`, or the kind of the node selected), its members in place.
 */
export default function BlocksCanvas({
  view,
  notice,
}: {
  view: View;
  notice?: string | undefined;
}) {
  const { index } = useAtlas();
  const flow = useReactFlow();
  const [theme] = useTheme();
  const [selected, select] = useSelectedNode();
  const [openParam, setOpen] = useOpenBlock();
  const { selection } = useFacets();
  const blocks = useMemo(() => view.blocks ?? [], [view]);
  const blockById = useMemo(() => new Map(blocks.map((b) => [b.id, b])), [blocks]);
  const selectedNode = selected ? index.nodeById.get(selected) : undefined;
  const openId =
    openParam && blockById.has(openParam)
      ? openParam
      : selectedNode &&
          blockById.has(selectedNode.kind) &&
          view.nodes.some((n) => n.id === selected)
        ? selectedNode.kind
        : null;
  const open = openId ? blockById.get(openId) : undefined;
  const [openLink, setOpenLink] = useState<string | null>(null);

  const members = useMemo(
    () => view.nodes.flatMap((p) => index.nodeById.get(p.id) ?? []),
    [index, view],
  );
  const matching = useMemo(
    () => new Set(members.filter((n) => matchesAll(index, n, selection)).map((n) => n.id)),
    [index, members, selection],
  );
  const near = useMemo(
    () => (selectedNode ? neighbourhood(index, selectedNode.id, 1) : null),
    [index, selectedNode],
  );
  const litKinds = useMemo(
    () => new Set([...(near ?? [])].flatMap((id) => index.nodeById.get(id)?.kind ?? [])),
    [index, near],
  );

  // Where each arrow leaves and enters its blocks; the blocks draw only those handles.
  const shownLinks = useMemo(() => (view.links ?? []).filter((l) => l.shown), [view]);
  const handles = useMemo(() => assignSlots(shownLinks, blockById), [shownLinks, blockById]);
  // Labels moved apart where two would meet (the SVG renderer moves them the same way).
  const labelShift = useMemo(
    () =>
      new Map(
        [...placeLabels(shownLinks, blockById, handles)].map(([id, { natural, at }]) => [
          id,
          { dx: at.x - natural.x, dy: at.y - natural.y },
        ]),
      ),
    [shownLinks, blockById, handles],
  );
  // Each block's handles: their ids (which the block draws) and places (which React Flow is given).
  const handlesOf = useMemo(() => {
    const map = new Map<string, { ids: Set<string>; handles: NodeHandle[] }>();
    const add = (
      blockId: string,
      type: 'source' | 'target',
      side: Side,
      slot: number,
      id: string,
    ) => {
      const block = blockById.get(blockId);
      if (!block) return;
      const entry = map.get(blockId) ?? { ids: new Set<string>(), handles: [] };
      if (!entry.ids.has(id)) {
        entry.ids.add(id);
        entry.handles.push(slotHandle(block, type, side, slot, id));
      }
      map.set(blockId, entry);
    };
    for (const link of shownLinks) {
      const h = handles.get(link.id);
      if (!h) continue;
      const { sourceHandle, targetHandle } = handleIds(h);
      add(link.from, 'source', h.fromSide, h.sourceSlot, sourceHandle);
      add(link.to, 'target', h.toSide, h.targetSlot, targetHandle);
    }
    return map;
  }, [shownLinks, handles, blockById]);

  // In reading order: React Flow renders nodes, and Tab reaches them, in array order.
  const nodes = useMemo((): (BlockFlowNode | KindFlowNode)[] => {
    if (open) {
      return readingOrder(
        view.nodes.filter((p) => index.nodeById.get(p.id)?.kind === open.id),
        (p) => p,
      ).flatMap((p) => {
        const node = index.nodeById.get(p.id);
        const kind = node && index.kindById.get(node.kind);
        if (!node || !kind) return [];
        const emphasis =
          node.id === selected
            ? 'selected'
            : near
              ? near.has(node.id)
                ? 'neighbour'
                : 'dimmed'
              : 'normal';
        return [
          {
            id: node.id,
            type: 'kind',
            hidden: !matching.has(node.id),
            position: { x: p.x, y: p.y },
            width: p.width,
            height: p.height,
            measured: { width: p.width, height: p.height },
            handles: sideHandles(p.width, p.height),
            style: { width: p.width, height: p.height, pointerEvents: 'all' },
            data: { node, kind, emphasis, onSelect: select, onFocusNode: () => undefined },
          } satisfies KindFlowNode,
        ];
      });
    }
    return readingOrder(blocks, (b) => b).flatMap((block) => {
      const kind = index.kindById.get(block.id);
      if (!kind) return [];
      return [
        {
          id: `block:${block.id}`,
          type: 'block',
          position: { x: block.x, y: block.y },
          width: block.width,
          height: block.height,
          measured: { width: block.width, height: block.height },
          handles: handlesOf.get(block.id)?.handles ?? [],
          style: { width: block.width, height: block.height, pointerEvents: 'all' },
          data: {
            block,
            kind,
            names: block.highlights.map((id) => index.nodeById.get(id)?.name ?? id),
            shown: members.filter((n) => n.kind === block.id && matching.has(n.id)).length,
            lit: litKinds.has(block.id),
            handles: handlesOf.get(block.id)?.ids ?? new Set<string>(),
            onOpen: (id: string) => setOpen(id),
          },
        } satisfies BlockFlowNode,
      ];
    });
  }, [
    open,
    view,
    blocks,
    index,
    selected,
    near,
    matching,
    members,
    litKinds,
    select,
    setOpen,
    handlesOf,
  ]);

  const edges = useMemo((): Edge[] => {
    if (open) {
      const ids = new Set(view.relations);
      return index.atlas.relations
        .filter((r) => ids.has(r.id) && index.nodeById.get(r.from)?.kind === open.id)
        .map((r) => {
          const type = index.relationTypeById.get(r.type);
          return {
            id: r.id,
            source: r.from,
            target: r.to,
            className: `relation relation-${r.type}`,
            style: { strokeDasharray: DASH[type?.style ?? 'solid'] },
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
            ariaLabel: `${index.nodeById.get(r.from)?.name} ${type?.label} ${index.nodeById.get(r.to)?.name}`,
          };
        });
    }
    return shownLinks.flatMap((link): AggregateFlowEdge[] => {
      const a = blockById.get(link.from);
      const b = blockById.get(link.to);
      const h = handles.get(link.id);
      if (!a || !b || !h) return [];
      const type = index.relationTypeById.get(link.type);
      // What the arrow bundles: the relations of its type from a member of one block to one of the other.
      const kindOf = (id: string) => index.nodeById.get(id)?.kind;
      const items = index.atlas.relations
        .filter(
          (r) => r.type === link.type && kindOf(r.from) === link.from && kindOf(r.to) === link.to,
        )
        .map(
          (r) =>
            `${index.nodeById.get(r.from)?.name ?? r.from} ${type?.label ?? r.type} ${index.nodeById.get(r.to)?.name ?? r.to}`,
        );
      return [
        {
          id: link.id,
          type: 'aggregate',
          source: `block:${link.from}`,
          target: `block:${link.to}`,
          ...handleIds(h),
          className: `relation relation-${link.type}${litKinds.size > 0 && !(litKinds.has(link.from) && litKinds.has(link.to)) ? ' is-dimmed' : ''}`,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          ariaLabel: link.sentence,
          data: {
            link,
            items,
            fromSide: h.fromSide,
            labelShift: labelShift.get(link.id) ?? { dx: 0, dy: 0 },
            open: openLink === link.id,
            onToggle: setOpenLink,
            dash: DASH[type?.style ?? 'solid'],
          },
        },
      ];
    });
  }, [open, view, index, blockById, openLink, litKinds, shownLinks, handles, labelShift]);

  const measured = useNodesInitialized();
  const [framed, setFramed] = useState(false);
  const frameKey = openId ?? '';
  // Before the first paint, as the component map does: never painted unframed.
  useLayoutEffect(() => {
    if (!measured) return;
    void flow.fitView({ ...FIT, duration: framed && !prefersReducedMotion() ? 300 : 0 });
    setFramed(true);
    markFirstScreenUp();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit when the block opens or closes
  }, [measured, frameKey, flow]);

  const close = useCallback(() => {
    setOpenLink(null);
    if (selected && selectedNode?.kind === openId) select(null);
    setOpen(null);
  }, [selected, selectedNode, openId, select, setOpen]);

  // Escape goes back out of an open block (once the panel, if any, is closed), then closes a bundle.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!pressed(event, 'leave-block') || selected) return;
      if (openLink) setOpenLink(null);
      else if (openId) setOpen(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, openLink, selected, setOpen]);

  // + and − zoom, 0 fits the whole view.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const duration = prefersReducedMotion() ? 0 : 200;
      if (pressed(event, 'zoom-in')) void flow.zoomIn({ duration });
      else if (pressed(event, 'zoom-out')) void flow.zoomOut({ duration });
      else if (pressed(event, 'fit-view')) void flow.fitView({ ...FIT, duration });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);

  const hidden = (view.links ?? []).filter((l) => !l.shown).length;
  return (
    <div
      className="map-frame blocks-frame"
      data-framed={framed}
      data-drawing={open ? 'block' : 'blocks'}
    >
      {/* The tools come before the canvas in the page, so Tab reaches them before the blocks
          (issue 21); a Panel needs only the provider, so it can sit outside <ReactFlow>. */}
      <Panel position="top-left" className="map-tools">
        <ViewSwitcher current={view.id} />
        <FacetPanel nodes={members} shown={matching.size} />
        {open ? (
          <p className="map-notice block-crumb" role="status">
            <button type="button" className="button small" onClick={close}>
              ← The big picture
            </button>{' '}
            {open.label}: {open.count} (Escape goes back)
          </p>
        ) : null}
        {notice ? (
          <p className="map-notice" role="status">
            {notice}
          </p>
        ) : null}
        <Legend />
      </Panel>
      <ReactFlow
        ariaLabelConfig={MAP_ARIA_LABELS}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        minZoom={0.15}
        maxZoom={2.5}
        colorMode={theme}
        onPaneClick={() => {
          setOpenLink(null);
          select(null);
        }}
        proOptions={{ hideAttribution: true }}
        aria-label={`Map: ${view.title}${open ? `, ${open.label} open` : ''}`}
      >
        {/* No dot grid: it repaints the whole canvas on every camera frame. */}
        <Controls position="top-right" showInteractive={false} fitViewOptions={FIT} />
      </ReactFlow>
      {!open ? (
        <p className="visually-hidden">
          {blocks.length} blocks and {edges.length} arrows; {hidden} smaller bundles show inside a
          block and in the outline.
        </p>
      ) : null}
    </div>
  );
}
