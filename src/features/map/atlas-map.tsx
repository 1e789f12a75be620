import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type ReactFlowState,
  type Edge,
  type FitViewOptions,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { matchesAll } from '../../model/facets';
import { FIT_VIEW_PADDING, LARGE_VIEW } from '../../model/layout-options';
import { neighbourhood, pathBetween, type AtlasIndex } from '../../model/graph';
import { stageStep, type StepFrame } from '../../model/step-layout';
import type { Relation, View } from '../../model/types';
import { viewParam, viewShowing } from '../../model/views';
import { useAtlas } from '../../state/atlas-context';
import { useMapBridge, usePanelPresence, useProvideFocusNode } from '../../state/map-bridge';
import { markFirstScreenUp } from '../../state/first-screen';
import { pressed } from '../../state/shortcuts';
import { useTheme } from '../../state/theme';
import {
  useCollapsedGroups,
  useCurrentView,
  useFacets,
  useFocus,
  useLinkProblems,
  useSelectedNode,
  useSelectedView,
} from '../../state/url-state';
import { deferredModule } from '../../ui/deferred-module';
import type { CompactReply, CompactRequest } from './compact-worker';
import { FacetPanel } from './facet-panel';
import { GroupNode, type GroupFlowNode } from './group-node';
import { KindNode, type KindFlowNode, type KindNodeData } from './kind-node';
import { Legend } from './legend';
import { ViewSwitcher } from './view-switcher';
import { DASH, flowBox, prefersReducedMotion, MAP_ARIA_LABELS } from './draw';
import { readingOrder, type Placed } from '../../model/reading-order';

// Defined once at module scope: a new object each render would remount every node.
const NODE_TYPES: NodeTypes = { kind: KindNode, kindGroup: GroupNode };
/** Below this zoom, node names are unreadable: show the groups' labels instead. */
const FAR_ZOOM = 0.45;
/** Maps narrower than this (a phone) open at a zoom where names are readable, not fitted. */
const NARROW_MAP = 600;
/** Node names are 15 px: at this zoom they render at 12.75 px. */
const READABLE_ZOOM = 0.85;
/** Whether the camera is far out; a boolean, so panning and zooming re-render the map only at the threshold. */
const farSelector = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
/**
 * In a large view, nodes appear only from this zoom on: closer in, the viewport holds a few
 * hundred of them at most, so revealing them does not stall the camera.
 */
const LARGE_VIEW_NODE_ZOOM = 0.7;
const midSelector = (s: ReactFlowState) => s.transform[2] < LARGE_VIEW_NODE_ZOOM;
const FIT_VIEW_OPTIONS = { padding: FIT_VIEW_PADDING };
/** A guided path's camera never goes closer than this: a few nodes at 15 px read well. */
const STEP_MAX_ZOOM = 1;

/**
 * The part of a guided path's map left for the step's nodes, in pixels from the pane's corner:
 * below the tools at the top left (the legend), left of the zoom controls, with a margin all round.
 */
function stepFrame(frame: HTMLElement): StepFrame | null {
  const pane = frame.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane || pane.width === 0 || pane.height === 0) return null;
  const margin = 16;
  const tools = frame.querySelector('.map-tools')?.getBoundingClientRect();
  const controls = frame.querySelector('.react-flow__controls')?.getBoundingClientRect();
  const top = tools && tools.height > 0 ? Math.max(margin, tools.bottom - pane.top + 12) : margin;
  const right =
    controls && controls.width > 0 ? Math.max(margin, pane.right - controls.left + 12) : margin;
  return {
    left: margin,
    top,
    width: Math.max(1, pane.width - margin - right),
    height: Math.max(1, pane.height - top - margin),
  };
}

/**
 * A fit leaves room for the tools at the top left (view menu, filters, legend, notices) and the
 * zoom controls at the right, so no node or box starts under them and a notice never covers
 * what it describes; in a narrow pane, where the tools span most of the width, the view fits
 * below them instead.
 */
function fitOptions(): { padding: FitViewOptions['padding'] } {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const tools = document.querySelector('.map-tools')?.getBoundingClientRect();
  if (!pane || !tools) return FIT_VIEW_OPTIONS;
  const left = Math.max(16, tools.right - pane.left + 16);
  if (left <= pane.width / 3)
    return {
      padding: { left: `${Math.round(left)}px`, top: '16px', right: '64px', bottom: '16px' },
    };
  const controls = document.querySelector('.react-flow__controls')?.getBoundingClientRect();
  const top = Math.max(16, Math.max(tools.bottom, controls?.bottom ?? 0) - pane.top + 16);
  return { padding: { top: `${Math.round(top)}px`, left: '16px', right: '16px', bottom: '16px' } };
}
/** The node of a view with the most relations in it (ties: the first laid out). */
function bestConnected(index: AtlasIndex, view: View): View['nodes'][number] | undefined {
  const drawn = new Set(view.relations);
  const degree = new Map<string, number>();
  for (const r of index.atlas.relations)
    if (drawn.has(r.id)) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  let best: View['nodes'][number] | undefined;
  for (const n of view.nodes)
    if (!best || (degree.get(n.id) ?? 0) > (degree.get(best.id) ?? 0)) best = n;
  return best;
}

/**
 * Views with more nodes than this draw the relations of the selection only: the whole
 * ecosystem's hundreds of crossing relations read as a tangle, and their dash patterns cost
 * more to draw than anything else while the camera moves.
 */
const SELECTION_RELATIONS_VIEW = 100;

/**
 * Keeps the object built for an id while its key and inputs are the same, so memoised children
 * that receive it skip rendering.
 */
class ReuseByKey<T> {
  private readonly entries = new Map<string, { key: string; inputs: unknown[]; value: T }>();
  get(id: string, key: string, inputs: unknown[], build: () => T): T {
    const entry = this.entries.get(id);
    if (
      entry &&
      entry.key === key &&
      entry.inputs.length === inputs.length &&
      entry.inputs.every((v, i) => v === inputs[i])
    )
      return entry.value;
    const value = build();
    this.entries.set(id, { key, inputs, value });
    return value;
  }
}

// The big picture draws differently; its code loads only when someone opens it.
/** The big picture's canvas, a chunk of its own (boot.ts fetches it beside the app when asked). */
const blocksCanvas = deferredModule(() => import('./blocks-canvas'));

let worker: Worker | undefined;
/** The layout worker, started on first use: elkjs is not loaded until someone compacts. */
function compactWorker(): Worker {
  worker ??= new Worker(new URL('./compact-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** How long a path step's camera and nodes take to move to the next step. */
const GLIDE_MS = 500;

/**
 * Positions that glide to each new target over GLIDE_MS (at once for readers who prefer less
 * motion), so a node that stays on stage from one step to the next moves rather than jumps,
 * and its relations move with it. A node new to the stage starts at its target.
 */
function useGlide(
  target: Record<string, { x: number; y: number }> | null,
): Record<string, { x: number; y: number }> | null {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    if (!target || !from || prefersReducedMotion()) {
      shownRef.current = target;
      setShown(target);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      const eased = 1 - (1 - t) ** 3;
      const next: Record<string, { x: number; y: number }> = {};
      for (const [id, to] of Object.entries(target)) {
        const at = from[id] ?? to;
        next[id] = { x: at.x + (to.x - at.x) * eased, y: at.y + (to.y - at.y) * eased };
      }
      shownRef.current = next;
      setShown(next);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return shown;
}

function MapCanvas({
  view,
  notice,
  spotlight,
  tools,
}: {
  view: View;
  notice?: string | undefined;
  spotlight?: Spotlight | undefined;
  tools: boolean;
}) {
  const { index } = useAtlas();
  const [selected, select] = useSelectedNode();
  const flow = useReactFlow();
  const selectedExists = selected !== null && index.nodeById.has(selected);
  const [, selectView] = useSelectedView();
  const inView = selected !== null && view.nodes.some((n) => n.id === selected);
  // A node selected from a link or the panel may live only in another view: offer to go there.
  const elsewhere = selectedExists && !inView ? viewShowing(index.mapViews, selected) : undefined;
  const { hops, target } = useFocus();
  const [theme] = useTheme();
  const { selection } = useFacets();
  const near = useMemo(
    () => (selectedExists && selected ? neighbourhood(index, selected, hops) : null),
    [index, selected, selectedExists, hops],
  );
  // "Path between": the shortest relation chain from the selection to `?to=`.
  // A guided path's spotlight takes the same place: its nodes lit, its relations drawn in order.
  const path = useMemo(() => {
    if (spotlight)
      return { nodes: new Set(spotlight.nodes), relations: new Set(spotlight.relations) };
    if (!selectedExists || !selected || !target) return null;
    const chain = pathBetween(index, selected, target);
    if (!chain) return null;
    return {
      nodes: new Set(chain.flatMap((r) => [r.from, r.to])),
      relations: new Set(chain.map((r) => r.id)),
    };
  }, [index, selected, selectedExists, target, spotlight]);
  // A guided path's step: its nodes gathered to fit the map at a readable zoom kept for the
  // whole path (see stageStep); the path's other nodes wait off stage.
  const frameRef = useRef<HTMLDivElement>(null);
  const spotlit = spotlight !== undefined;
  const [stepArea, setStepArea] = useState<StepFrame | null>(null);
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!spotlit || !element) return;
    const measure = () =>
      setStepArea((old) => {
        const next = stepFrame(element);
        const same =
          next &&
          old &&
          (['left', 'top', 'width', 'height'] as const).every(
            (k) => Math.abs(next[k] - old[k]) < 1,
          );
        return same ? old : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [spotlit]);
  const castKey = spotlight ? spotlight.cast.join(',') : '';
  const castsKey = spotlight ? spotlight.casts.map((c) => c.join(',')).join('|') : '';
  const stage = useMemo(
    () =>
      stepArea && castKey !== ''
        ? stageStep(
            view.nodes,
            castKey.split(','),
            castsKey.split('|').map((c) => c.split(',')),
            stepArea,
            { minZoom: READABLE_ZOOM, maxZoom: STEP_MAX_ZOOM },
          )
        : null,
    [view, castKey, castsKey, stepArea],
  );
  const staged = useGlide(stage?.positions ?? null);
  // Facets hide nodes but never move them, so people keep their mental map.
  const viewNodes = useMemo(
    () => view.nodes.flatMap((p) => index.nodeById.get(p.id) ?? []),
    [index, view],
  );
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const matching = useMemo(
    () => new Set(viewNodes.filter((n) => matchesAll(index, n, selection)).map((n) => n.id)),
    [index, viewNodes, selection],
  );
  // Nodes in a collapsed group are hidden too; their group shows how many.
  const visible = useMemo(() => {
    const hiddenByGroup = new Set(
      (view.groups ?? []).filter((g) => collapsed.has(g.id)).flatMap((g) => g.nodeIds),
    );
    return new Set([...matching].filter((id) => !hiddenByGroup.has(id)));
  }, [matching, view, collapsed]);

  // "Compact": re-lay just the visible nodes in a worker; positions revert when the subset changes.
  const subsetKey = useMemo(() => [...visible].sort().join(','), [visible]);
  const [compact, setCompact] = useState<{
    key: string;
    positions: Record<string, { x: number; y: number }>;
  } | null>(null);
  const [compacting, setCompacting] = useState(false);
  const compactPositions = compact?.key === subsetKey ? compact.positions : null;
  const runCompact = useCallback(() => {
    const shown = view.nodes.filter((n) => visible.has(n.id));
    const edges = index.atlas.relations
      .filter((r) => visible.has(r.from) && visible.has(r.to))
      .map((r) => ({ id: r.id, from: r.from, to: r.to }));
    setCompacting(true);
    const worker = compactWorker();
    worker.onmessage = (event: MessageEvent<CompactReply>) => {
      setCompacting(false);
      if (event.data.type === 'done')
        setCompact({ key: subsetKey, positions: event.data.positions });
    };
    worker.postMessage({ nodes: shown, edges } satisfies CompactRequest);
  }, [index, view, visible, subsetKey]);
  useEffect(() => {
    if (compactPositions) requestAnimationFrame(() => void flow.fitView(fitOptions()));
  }, [compactPositions, flow, view]);

  const bridge = useMapBridge();
  const centre = useCallback(
    (id: string, zoomIn: boolean) => {
      const placed = view.nodes.find((n) => n.id === id);
      if (!placed) return;
      const zoom = zoomIn ? Math.max(flow.getZoom(), 1) : flow.getZoom();
      // On a phone the detail panel is a sheet over the lower map: centre in the part left visible.
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const sheet = bridge.panelRect();
      const phone = pane && sheet && sheet.left <= pane.left + 1 && sheet.top > pane.top;
      // The part of the map left visible: below the map tools, above the sheet.
      const top = phone
        ? Math.max(
            pane.top,
            document.querySelector('.map-tools')?.getBoundingClientRect().bottom ?? pane.top,
          )
        : 0;
      const shift = phone ? (pane.top + pane.bottom) / 2 - (top + sheet.top) / 2 : 0;
      void flow.setCenter(
        placed.x + placed.width / 2,
        placed.y + placed.height / 2 + shift / zoom,
        {
          zoom,
          duration: prefersReducedMotion() ? 0 : 400,
        },
      );
    },
    [flow, view, bridge],
  );

  /** Keyboard users tab through nodes; bring a node into view when it takes focus off-screen. */
  const onFocusNode = useCallback(
    (id: string) => {
      const element = document.querySelector(`[data-node-id="${CSS.escape(id)}"]`);
      const pane = document.querySelector('.react-flow');
      if (!element || !pane) return;
      const box = element.getBoundingClientRect();
      const area = pane.getBoundingClientRect();
      const inside =
        box.left >= area.left &&
        box.right <= area.right &&
        box.top >= area.top &&
        box.bottom <= area.bottom;
      if (!inside) centre(id, false);
    },
    [centre],
  );

  const far = useStore(farSelector);
  const stillTimer = useRef<number | undefined>(undefined);
  const markMoving = useCallback((event: MouseEvent | TouchEvent | null) => {
    // The reader moved the map themselves: the phone's hint has done its job.
    if (event) setHint(false);
    window.clearTimeout(stillTimer.current);
    if (frameRef.current) frameRef.current.dataset.moving = 'true';
  }, []);
  // A wheel turn is many short moves: stay one layer until the camera has rested a moment.
  const markStill = useCallback(() => {
    window.clearTimeout(stillTimer.current);
    stillTimer.current = window.setTimeout(() => {
      if (frameRef.current) delete frameRef.current.dataset.moving;
    }, 400);
  }, []);
  useEffect(() => () => window.clearTimeout(stillTimer.current), []);
  // A large view zoomed far out shows its group boxes with their counts and no nodes: names are
  // unreadable at that zoom, and thousands of nodes would make panning stutter.
  const large = view.nodes.length > LARGE_VIEW;
  const selectionOnly = view.nodes.length > SELECTION_RELATIONS_VIEW && !spotlight;
  const belowNodeZoom = useStore(midSelector);
  const [framed, setFramed] = useState(false);
  // Until the first fitView, a large view is assumed zoomed out: its first render stays cheap.
  const groupsOnly = large && (belowNodeZoom || !framed) && (view.groups?.length ?? 0) > 0;
  // One flow node object per map node, reused while its look is unchanged: React Flow then
  // re-renders only the nodes whose emphasis, visibility or place changed (a click restyles a
  // handful of nodes, not thousands).
  const [reuse] = useState(() => new ReuseByKey<KindFlowNode>());
  const kindNodes: KindFlowNode[] = useMemo(
    () =>
      view.nodes.flatMap((placed) => {
        const node = index.nodeById.get(placed.id);
        const kind = node && index.kindById.get(node.kind);
        if (!node || !kind) return [];
        const emphasis: KindNodeData['emphasis'] =
          node.id === selected
            ? 'selected'
            : path
              ? path.nodes.has(node.id)
                ? 'path'
                : 'dimmed'
              : !near
                ? 'normal'
                : near.has(node.id)
                  ? 'neighbour'
                  : 'dimmed';
        // On a path step only the step's nodes are drawn, where the stage puts them.
        const hidden = !visible.has(node.id) || (spotlit && !stage?.positions[node.id]);
        const position = (spotlit ? staged?.[node.id] : undefined) ??
          stage?.positions[node.id] ??
          compactPositions?.[node.id] ?? { x: placed.x, y: placed.y };
        const key = `${emphasis} ${hidden} ${position.x} ${position.y}`;
        return [
          reuse.get(node.id, key, [node, kind, placed, select, onFocusNode], (): KindFlowNode => ({
            id: node.id,
            type: 'kind',
            hidden,
            position,
            width: placed.width,
            // Sizes come from the build; saying so lets React Flow count the nodes as measured.
            measured: { width: placed.width, height: placed.height },
            height: placed.height,
            // React Flow turns pointer events off on nodes it need not drag or select; ours are buttons.
            style: { width: placed.width, height: placed.height, pointerEvents: 'all' },
            data: { node, kind, emphasis, onSelect: select, onFocusNode },
          })),
        ];
      }),
    [
      index,
      view,
      near,
      path,
      visible,
      selected,
      select,
      onFocusNode,
      compactPositions,
      reuse,
      spotlit,
      stage,
      staged,
    ],
  );
  const groupNodes: GroupFlowNode[] = useMemo(
    () =>
      (view.groups ?? []).map((group) => ({
        id: `group:${group.id}`,
        type: 'kindGroup',
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        measured: { width: group.width, height: group.height },
        style: { width: group.width, height: group.height },
        zIndex: -1,
        selectable: false,
        data: {
          group,
          kind: index.kindById.get(group.id),
          collapsed: collapsed.has(group.id),
          shown: group.nodeIds.filter((id) => matching.has(id)).length,
          onToggle: toggleGroup,
        },
      })),
    [index, view, collapsed, matching, toggleGroup],
  );
  // Group boxes belong to the stable layout; a compacted subset is drawn without them. A large
  // view zoomed out hands React Flow its boxes alone, so the camera's cost does not grow with N.
  // React Flow renders nodes, and Tab reaches them, in array order: reading order, each group's
  // box just before its members.
  const nodes = useMemo((): (KindFlowNode | GroupFlowNode)[] => {
    if (compactPositions || groupNodes.length === 0) return readingOrder(kindNodes, flowBox);
    if (groupsOnly) return readingOrder(groupNodes, flowBox);
    const byId = new Map(kindNodes.map((n) => [n.id, n]));
    const ordered: (KindFlowNode | GroupFlowNode)[] = [];
    for (const group of readingOrder(groupNodes, flowBox)) {
      ordered.push(group);
      const members = group.data.group.nodeIds.flatMap((id) => byId.get(id) ?? []);
      for (const member of readingOrder(members, flowBox)) {
        ordered.push(member);
        byId.delete(member.id);
      }
    }
    return [...ordered, ...readingOrder([...byId.values()], flowBox)];
  }, [groupNodes, kindNodes, compactPositions, groupsOnly]);

  const [reuseEdge] = useState(() => new ReuseByKey<Edge>());
  const edges: Edge[] = useMemo(() => {
    const shown = new Set(view.relations);
    // A big view draws only the relations of the selection (or the path being shown); see
    // SELECTION_RELATIONS_VIEW.
    const drawn = (r: Relation) =>
      !groupsOnly &&
      (!selectionOnly ||
        r.from === selected ||
        r.to === selected ||
        (path?.relations.has(r.id) ?? false) ||
        (near !== null && near.has(r.from) && near.has(r.to) && hops > 1));
    return index.atlas.relations
      .filter((r) => shown.has(r.id) && drawn(r))
      .map((r) => {
        const type = index.relationTypeById.get(r.type);
        const onPath = path?.relations.has(r.id) ?? false;
        const order = spotlight ? spotlight.relations.indexOf(r.id) : -1;
        const touches = !path && selected !== null && (r.from === selected || r.to === selected);
        const state = onPath
          ? ' is-path'
          : touches
            ? ' is-highlighted'
            : near || path
              ? ' is-dimmed'
              : '';
        return reuseEdge.get(r.id, `${state} ${order}`, [r, type], () => ({
          id: r.id,
          source: r.from,
          target: r.to,
          label: touches || onPath ? type?.label : undefined,
          className: `relation relation-${r.type}${state}`,
          animated: onPath,
          style: {
            strokeDasharray: DASH[type?.style ?? 'solid'],
            // A step's relations light up one after another, in the order the path gives.
            ...(order >= 0 ? { animationDelay: `${order * 0.5}s` } : {}),
          },
          markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
          ariaLabel: `${index.nodeById.get(r.from)?.name} ${type?.label} ${index.nodeById.get(r.to)?.name}`,
        }));
      });
  }, [index, view, selected, near, path, spotlight, reuseEdge, selectionOnly, hops, groupsOnly]);

  // Frame the map once React Flow has measured the nodes: the selected node if the URL names
  // one (a pasted link), otherwise the whole view. Later selections (a link, Back/Forward)
  // bring their node into view.
  const measured = useNodesInitialized();
  const [hint, setHint] = useState(false);
  const linkIssues = useLinkProblems(index);
  // The panel's code may arrive after the map is framed: centre again in the room it leaves.
  const panelPresence = usePanelPresence();
  useEffect(() => {
    // A path step's camera is the stage's (below).
    if (!measured || spotlit) return;
    // A selected node not in this view has nothing to centre on: frame the view instead.
    if (selectedExists && selected && inView) centre(selected, false);
    // A path step frames its own nodes (below); a whole-view fit queued here would land after it.
    else if (!framed && !spotlit) {
      const width = frameRef.current?.clientWidth ?? Infinity;
      const height = frameRef.current?.clientHeight ?? Infinity;
      // The zoom a whole-view fit would reach: below FAR_ZOOM names give way to specks.
      const fitZoom = Math.min(
        width / (view.width * (1 + FIT_VIEW_PADDING)),
        height / (view.height * (1 + FIT_VIEW_PADDING)),
      );
      const unreadable = width < NARROW_MAP || fitZoom < FAR_ZOOM + 0.05;
      // A phone, a small window or an embed fitted to a whole view shows coloured specks: open
      // instead at a readable zoom on the view's best-connected node (the Hub, in JupyterHub's
      // core), and say how to move around. Grouped and large views keep their fit: their box
      // labels read at any zoom.
      const hub =
        unreadable && !view.groups && view.nodes.length <= LARGE_VIEW
          ? bestConnected(index, view)
          : undefined;
      if (hub) {
        void flow.setCenter(hub.x + hub.width / 2, hub.y + hub.height / 2, {
          zoom: READABLE_ZOOM,
        });
        setHint(true);
      } else void flow.fitView(fitOptions());
    }
    setFramed(true);
    markFirstScreenUp();
  }, [
    measured,
    selected,
    selectedExists,
    inView,
    centre,
    flow,
    framed,
    view,
    index,
    spotlit,
    panelPresence,
  ]);

  /**
   * Frames what is lit (`ids`) with its names readable (issue 21): all of it when that keeps them
   * at READABLE_ZOOM or closer, otherwise `anchor` with as many of the others, nearest first, as
   * fit whole at that zoom; the rest pans off.
   */
  const fitReadable = useCallback(
    (ids: string[], anchor: string, padding: number, duration: number, maxZoom?: number) => {
      const frame = frameRef.current;
      const placed = new Map(view.nodes.map((n) => [n.id, n]));
      const home = placed.get(anchor);
      if (!frame || !home) return;
      const room = {
        width: frame.clientWidth / (READABLE_ZOOM * (1 + padding)),
        height: frame.clientHeight / (READABLE_ZOOM * (1 + padding)),
      };
      const mid = (n: Placed) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
      const away = (n: Placed) => Math.hypot(mid(n).x - mid(home).x, mid(n).y - mid(home).y);
      const others = ids.flatMap((id) => (id === anchor ? [] : (placed.get(id) ?? [])));
      let box = {
        left: home.x,
        top: home.y,
        right: home.x + home.width,
        bottom: home.y + home.height,
      };
      const framed = [anchor];
      for (const n of others.sort((a, b) => away(a) - away(b))) {
        const next = {
          left: Math.min(box.left, n.x),
          top: Math.min(box.top, n.y),
          right: Math.max(box.right, n.x + n.width),
          bottom: Math.max(box.bottom, n.y + n.height),
        };
        if (next.right - next.left > room.width || next.bottom - next.top > room.height) continue;
        box = next;
        framed.push(n.id);
      }
      void flow.fitView({ nodes: framed.map((id) => ({ id })), padding, maxZoom, duration });
    },
    [flow, view],
  );

  /** Zooms to the selected node and what is lit around it (its neighbours, or its path). */
  const fitSelection = useCallback(() => {
    if (!selected) return;
    const ids = path ? [...path.nodes] : [...(near ?? [selected])];
    const shown = ids.filter((id) => visible.has(id));
    fitReadable(shown, selected, 0.25, prefersReducedMotion() ? 0 : 300);
  }, [fitReadable, selected, path, near, visible]);

  // A path step glides the camera to its staged nodes (at once for readers who prefer less motion).
  useEffect(() => {
    if (!measured || !stage) return;
    void flow.setViewport(
      { x: stage.x, y: stage.y, zoom: stage.zoom },
      { duration: prefersReducedMotion() ? 0 : GLIDE_MS },
    );
    setFramed(true);
    markFirstScreenUp();
  }, [measured, stage, flow]);

  // + and − zoom, 0 fits the whole view (see the help dialog).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const duration = prefersReducedMotion() ? 0 : 200;
      if (pressed(event, 'zoom-in')) void flow.zoomIn({ duration });
      else if (pressed(event, 'zoom-out')) void flow.zoomOut({ duration });
      else if (pressed(event, 'fit-view')) void flow.fitView({ ...fitOptions(), duration });
      else if (pressed(event, 'fit-selection')) fitSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow, fitSelection, view]);

  return (
    // data-framed tells tests and the benchmark that the first camera move is done.
    <div
      ref={frameRef}
      className={`map-frame${far ? ' is-far' : ''}`}
      data-framed={framed}
      // What the map draws now: its nodes, or (a large view zoomed out) only its group boxes.
      data-drawing={groupsOnly ? 'groups' : 'nodes'}
    >
      {/* The tools come before the canvas in the page, so Tab reaches the view menu, the
          filters and the legend before the nodes (issue 21); a Panel needs only the provider. */}
      <Panel position="top-left" className="map-tools">
        {tools ? <ViewSwitcher current={view.id} /> : null}
        {tools ? <FacetPanel nodes={viewNodes} shown={visible.size} /> : null}
        {selectedExists && inView ? (
          <button type="button" className="button small" onClick={fitSelection}>
            Fit the selection
          </button>
        ) : null}
        {compactPositions ? (
          <button type="button" className="button small" onClick={() => setCompact(null)}>
            Restore the full layout
          </button>
        ) : visible.size > 0 && visible.size < viewNodes.length ? (
          <button type="button" className="button small" onClick={runCompact} disabled={compacting}>
            Compact the {visible.size} shown
          </button>
        ) : null}
        {compacting ? (
          <p className="map-notice" role="status">
            <span className="spinner" aria-hidden="true" /> Laying out {visible.size} nodes…
          </p>
        ) : null}
        {notice ? (
          <p className="map-notice" role="status">
            {notice}
          </p>
        ) : null}
        {linkIssues.length > 0 ? (
          <p className="map-notice" role="status">
            This link asks for what the atlas does not have: {linkIssues.join('; ')}. The rest is
            shown.
          </p>
        ) : null}
        {selectionOnly ? (
          <p className="map-notice" role="status">
            {groupsOnly ? `${view.nodes.length} components: zoom in to see them. ` : ''}
            Relations show for the selected component.
          </p>
        ) : null}
        {elsewhere && selected ? (
          <p className="map-notice" role="status">
            {index.nodeById.get(selected)?.name} is not in this view.{' '}
            <button
              type="button"
              className="button small"
              onClick={() => selectView(viewParam(index.mapViews, elsewhere.id))}
            >
              Show it in {elsewhere.title}
            </button>
          </p>
        ) : null}
        <Legend />
      </Panel>
      <ReactFlow
        ariaLabelConfig={MAP_ARIA_LABELS}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        minZoom={view.nodes.length > LARGE_VIEW ? 0.02 : 0.2}
        maxZoom={2.5}
        // Large views draw only what is in the viewport.
        onlyRenderVisibleElements={large}
        colorMode={theme}
        onPaneClick={() => select(null)}
        // While the camera moves, the map is one composited layer that the browser moves
        // without repainting; afterwards it is drawn again, sharp, at the new zoom.
        onMoveStart={markMoving}
        onMoveEnd={markStill}
        proOptions={{ hideAttribution: true }}
        aria-label={`Map: ${view.title}`}
      >
        {/* The dot grid: a full repaint on every camera frame, so only on small views, and not
            zoomed far out, where it turns to noise. */}
        {far || selectionOnly ? null : <Background gap={24} />}
        <Controls
          position="top-right"
          showInteractive={false}
          fitViewOptions={framed ? fitOptions() : FIT_VIEW_OPTIONS}
        />
        {view.nodes.length > LARGE_VIEW || spotlit ? null : (
          <MiniMap
            pannable
            zoomable
            ariaLabel="Overview of the whole map"
            nodeColor={(n) =>
              n.type === 'kind' ? (n as KindFlowNode).data.kind.color : 'transparent'
            }
            nodeStrokeWidth={2}
          />
        )}
        {hint ? (
          <Panel position="bottom-left" className="nopan">
            <p className="map-notice map-hint" role="note">
              Drag to move, pinch or <kbd>+</kbd> <kbd>−</kbd> to zoom.{' '}
              <button
                type="button"
                className="button small"
                onClick={() => void flow.fitView(fitOptions())}
              >
                Show the whole view
              </button>
            </p>
          </Panel>
        ) : null}
      </ReactFlow>
    </div>
  );
}

/** Nodes and relations a guided path's step puts in the light; relations animate in order. */
export interface Spotlight {
  /** The lit nodes. */
  nodes: readonly string[];
  relations: readonly string[];
  /** Every node the step draws: its lit nodes and the ends of its relations. */
  cast: readonly string[];
  /** Each step's cast on this path, so the camera keeps one zoom for the whole path. */
  casts: readonly (readonly string[])[];
}

export interface AtlasMapProps {
  /** Show this view instead of the one in `?view=` (a guided path's map). */
  fixedView?: View;
  spotlight?: Spotlight;
  /** The view menu, filters and compact controls; off on a guided path. */
  tools?: boolean;
}

/** The component map: precomputed positions from the build, drawn by React Flow. */
export function AtlasMap({ fixedView, spotlight, tools = true }: AtlasMapProps) {
  const { index } = useAtlas();
  const [viewId] = useSelectedView();
  const current = useCurrentView(index);
  const view = fixedView ?? current;
  // The detail panel gives focus back to the node it was opened from through the bridge.
  const focusNode = useCallback((id: string) => {
    const node = document.querySelector<HTMLElement>(
      `.react-flow [data-node-id="${CSS.escape(id)}"]`,
    );
    node?.focus({ preventScroll: true });
    return node !== null;
  }, []);
  useProvideFocusNode(focusNode);
  const blocks = blocksCanvas.useModule(view?.purpose === 'blocks');
  if (!view) return <p role="alert">The atlas has no views to draw.</p>;
  const notice =
    !fixedView && viewId !== null && view.id !== viewId
      ? `There is no view called “${viewId}”; showing ${view.title}.`
      : undefined;
  return (
    // A new provider per view: each view starts framed as a whole.
    <ReactFlowProvider key={view.id}>
      {view.purpose === 'blocks' ? (
        blocks ? (
          <blocks.default view={view} notice={notice} />
        ) : (
          <p role="status">Drawing the big picture…</p>
        )
      ) : (
        <MapCanvas view={view} notice={notice} spotlight={spotlight} tools={tools} />
      )}
    </ReactFlowProvider>
  );
}
