import {
  Controls,
  MarkerType,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Edge,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { matchesAll } from '../../model/facets';
import { neighbourhood } from '../../model/graph';
import type { Block, View } from '../../model/types';
import { useAtlas } from '../../state/atlas-context';
import { useTheme } from '../../state/theme';
import { useFacets, useOpenBlock, useSelectedNode } from '../../state/url-state';
import { isTypingTarget } from '../../ui/keyboard';
import { AggregateEdge, type AggregateFlowEdge } from './aggregate-edge';
import { BlockNode, SLOTS, type BlockFlowNode } from './block-node';
import { FacetPanel } from './facet-panel';
import { KindNode, type KindFlowNode } from './kind-node';
import { Legend } from './legend';
import { ViewSwitcher } from './view-switcher';
import { DASH, prefersReducedMotion, MAP_ARIA_LABELS } from './draw';
import { readingOrder } from '../../model/reading-order';

const NODE_TYPES: NodeTypes = { block: BlockNode, kind: KindNode };
const EDGE_TYPES: EdgeTypes = { aggregate: AggregateEdge };

/** Which sides of two blocks an arrow joins: below → top, above → bottom, beside → facing sides. */
function sides(a: Block, b: Block): { from: Side; to: Side } {
  if (b.column === 'side' && a.column !== 'side') return { from: 'r', to: 'l' };
  if (a.column === 'side' && b.column !== 'side') return { from: 'l', to: 'r' };
  if (b.y >= a.y + a.height) return { from: 'b', to: 't' };
  if (b.y + b.height <= a.y) return { from: 't', to: 'b' };
  return b.x > a.x ? { from: 'r', to: 'l' } : { from: 'l', to: 'r' };
}

type Side = 't' | 'b' | 'l' | 'r';
interface Ends {
  sourceHandle: string;
  targetHandle: string;
  fromSide: Side;
}

/**
 * Handles for every arrow: on each side of a block the arrows take the slots in the order of
 * where their other end lies, so they leave apart and do not cross at the block.
 */
function assignSlots(
  links: { id: string; from: string; to: string }[],
  blockById: Map<string, Block>,
): Map<string, Ends> {
  const ends = new Map<string, { link: string; role: 's' | 't'; other: Block }[]>();
  const side = new Map<string, { from: Side; to: Side }>();
  for (const l of links) {
    const a = blockById.get(l.from);
    const b = blockById.get(l.to);
    if (!a || !b) continue;
    const s = sides(a, b);
    side.set(l.id, s);
    const add = (block: Block, role: 's' | 't', at: Side, other: Block) => {
      const key = `${block.id}:${at}`;
      ends.set(key, [...(ends.get(key) ?? []), { link: l.id, role, other }]);
    };
    add(a, 's', s.from, b);
    add(b, 't', s.to, a);
  }
  const slotOf = new Map<string, number>();
  for (const [key, list] of ends) {
    const at = key.slice(key.lastIndexOf(':') + 1);
    const horizontal = at === 't' || at === 'b';
    const centre = (b: Block) => (horizontal ? b.x + b.width / 2 : b.y + b.height / 2);
    list.sort((p, q) => centre(p.other) - centre(q.other));
    const n = list.length;
    list.forEach((end, i) => {
      // Spread the n arrows over the slots, centred on the side.
      const slot = n >= SLOTS ? Math.min(SLOTS - 1, i) : Math.round(((i + 0.5) / n) * SLOTS - 0.5);
      slotOf.set(`${end.link}:${end.role}`, slot);
    });
  }
  const out = new Map<string, Ends>();
  for (const [id, s] of side)
    out.set(id, {
      sourceHandle: `s${s.from}${slotOf.get(`${id}:s`) ?? 0}`,
      targetHandle: `t${s.to}${slotOf.get(`${id}:t`) ?? 0}`,
      fromSide: s.from,
    });
  return out;
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
  const handlesOf = useMemo(() => {
    const map = new Map<string, Set<string>>();
    const add = (block: string, handle: string) =>
      map.set(block, (map.get(block) ?? new Set()).add(handle));
    for (const link of shownLinks) {
      const h = handles.get(link.id);
      if (!h) continue;
      add(link.from, h.sourceHandle);
      add(link.to, h.targetHandle);
    }
    return map;
  }, [shownLinks, handles]);

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
          style: { width: block.width, height: block.height, pointerEvents: 'all' },
          data: {
            block,
            kind,
            names: block.highlights.map((id) => index.nodeById.get(id)?.name ?? id),
            shown: members.filter((n) => n.kind === block.id && matching.has(n.id)).length,
            lit: litKinds.has(block.id),
            handles: handlesOf.get(block.id) ?? new Set<string>(),
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
          sourceHandle: h.sourceHandle,
          targetHandle: h.targetHandle,
          className: `relation relation-${link.type}${litKinds.size > 0 && !(litKinds.has(link.from) && litKinds.has(link.to)) ? ' is-dimmed' : ''}`,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          ariaLabel: link.sentence,
          data: {
            link,
            items,
            fromSide: h.fromSide,
            open: openLink === link.id,
            onToggle: setOpenLink,
            dash: DASH[type?.style ?? 'solid'],
          },
        },
      ];
    });
  }, [open, view, index, blockById, openLink, litKinds, shownLinks, handles]);

  const measured = useNodesInitialized();
  const [framed, setFramed] = useState(false);
  const frameKey = openId ?? '';
  useEffect(() => {
    if (!measured) return;
    void flow.fitView({ ...FIT, duration: framed && !prefersReducedMotion() ? 300 : 0 });
    setFramed(true);
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
      if (event.key !== 'Escape' || isTypingTarget(event.target) || selected) return;
      if (openLink) setOpenLink(null);
      else if (openId) setOpen(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, openLink, selected, setOpen]);

  // + and − zoom, 0 fits the whole view.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const duration = prefersReducedMotion() ? 0 : 200;
      if (event.key === '+' || event.key === '=') void flow.zoomIn({ duration });
      else if (event.key === '-') void flow.zoomOut({ duration });
      else if (event.key === '0') void flow.fitView({ ...FIT, duration });
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
