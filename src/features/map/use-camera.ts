import { useNodesInitialized, useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { AtlasIndex } from '../../model/graph';
import { FIT_VIEW_PADDING, isLargeView } from '../../model/layout-options';
import type { Placed } from '../../model/reading-order';
import { FAR_ZOOM, type Positions } from '../../model/scene';
import type { StepStage } from '../../model/step-layout';
import type { View } from '../../model/types';
import { markFirstScreenUp } from '../../state/first-screen';
import { useMapBridge, usePanelPresence } from '../../state/map-bridge';
import { pressed } from '../../state/shortcuts';
import { prefersReducedMotion } from './draw';

/** Maps narrower than this (a phone) open at a zoom where names are readable, not fitted. */
const NARROW_MAP = 600;
/** Node names are 15 px: at this zoom they render at 12.75 px. */
export const READABLE_ZOOM = 0.85;
/** How long a path step's camera and nodes take to move to the next step. */
export const GLIDE_MS = 500;
const FIT_VIEW_OPTIONS = { padding: FIT_VIEW_PADDING };

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

export interface Camera {
  /** The first camera move is done (the map's `data-framed`). */
  framed: boolean;
  /** The map opened on one node at a readable zoom (a phone): say how to move around. */
  hint: boolean;
  /** Brings a node that took keyboard focus off-screen into view. */
  onFocusNode: (id: string) => void;
  /** Frames the lit nodes around `anchor` with their names readable ("Fit the selection"). */
  fitLit: (lit: readonly string[], anchor: string) => void;
  /** Fits the whole view, leaving the tools their room. */
  fitWhole: () => void;
  /** What the zoom controls' fit button does. */
  controlsFit: { padding: FitViewOptions['padding'] };
  /** React Flow's onMoveStart and onMoveEnd. */
  markMoving: (event: MouseEvent | TouchEvent | null) => void;
  markStill: () => void;
}

/**
 * The map's camera: the first frame (the node a link names, the whole view, or on a phone the
 * best-connected node at a readable zoom), a path step's glide, the fit after compacting, a
 * selection brought into view, and the moving/still marks that let the browser move the map
 * as one layer.
 */
export function useCamera({
  index,
  view,
  frameRef,
  centreOn,
  spotlit,
  stage,
  compacted,
}: {
  index: AtlasIndex;
  view: View;
  frameRef: RefObject<HTMLDivElement | null>;
  /** The selected node when this view has it: the camera centres on it. */
  centreOn: string | null;
  /** A guided path's map: the stage frames each step. */
  spotlit: boolean;
  stage: StepStage | null;
  /** The compacted layout's positions, fitted when they arrive. */
  compacted: Positions | null;
}): Camera {
  const flow = useReactFlow();
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

  const [hint, setHint] = useState(false);
  const stillTimer = useRef<number | undefined>(undefined);
  const markMoving = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      // The reader moved the map themselves: the phone's hint has done its job.
      if (event) setHint(false);
      window.clearTimeout(stillTimer.current);
      if (frameRef.current) frameRef.current.dataset.moving = 'true';
    },
    [frameRef],
  );
  // A wheel turn is many short moves: stay one layer until the camera has rested a moment.
  const markStill = useCallback(() => {
    window.clearTimeout(stillTimer.current);
    stillTimer.current = window.setTimeout(() => {
      if (frameRef.current) delete frameRef.current.dataset.moving;
    }, 400);
  }, [frameRef]);
  useEffect(() => () => window.clearTimeout(stillTimer.current), []);

  // Frame the map once React Flow has measured the nodes: the selected node if the URL names
  // one (a pasted link), otherwise the whole view. Later selections (a link, Back/Forward)
  // bring their node into view.
  const measured = useNodesInitialized();
  const [framed, setFramed] = useState(false);
  // The panel's code may arrive after the map is framed: centre again in the room it leaves.
  const panelPresence = usePanelPresence();
  // Before the first paint (a layout effect): the map is painted framed, not once unframed.
  useLayoutEffect(() => {
    // A path step's camera is the stage's (below).
    if (!measured || spotlit) return;
    // A selected node not in this view has nothing to centre on: frame the view instead.
    if (centreOn) centre(centreOn, false);
    else if (!framed) {
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
        unreadable && !view.groups && !isLargeView(view) ? bestConnected(index, view) : undefined;
      if (hub) {
        void flow.setCenter(hub.x + hub.width / 2, hub.y + hub.height / 2, {
          zoom: READABLE_ZOOM,
        });
        setHint(true);
      } else void flow.fitView(fitOptions());
    }
    setFramed(true);
    markFirstScreenUp();
  }, [measured, centreOn, centre, flow, framed, view, index, spotlit, panelPresence, frameRef]);

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

  // A compacted layout is fitted once it is drawn.
  useEffect(() => {
    if (compacted) requestAnimationFrame(() => void flow.fitView(fitOptions()));
  }, [compacted, flow, view]);

  /**
   * Frames what is lit (`ids`) with its names readable (issue 21): all of it when that keeps them
   * at READABLE_ZOOM or closer, otherwise `anchor` with as many of the others, nearest first, as
   * fit whole at that zoom; the rest pans off.
   */
  const fitLit = useCallback(
    (ids: readonly string[], anchor: string) => {
      const padding = 0.25;
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
      void flow.fitView({
        nodes: framed.map((id) => ({ id })),
        padding,
        duration: prefersReducedMotion() ? 0 : 300,
      });
    },
    [flow, view, frameRef],
  );

  const fitWhole = useCallback(() => void flow.fitView(fitOptions()), [flow]);

  return {
    framed,
    hint,
    onFocusNode,
    fitLit,
    fitWhole,
    controlsFit: framed ? fitOptions() : FIT_VIEW_OPTIONS,
    markMoving,
    markStill,
  };
}

/** + and − zoom, 0 fits the whole view, f fits the selection (see the help dialog). */
export function useZoomKeys(fitSelection: () => void): void {
  const flow = useReactFlow();
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
  }, [flow, fitSelection]);
}
