import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useStore,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  scene as sceneOf,
  sceneCamera,
  shownNodes,
  zoomBand,
  type Spotlight,
} from '../../model/scene';
import type { View } from '../../model/types';
import { useAtlas } from '../../state/atlas-context';
import { useProvideFocusNode } from '../../state/map-bridge';
import { useTheme } from '../../state/theme';
import {
  useCollapsedGroups,
  useFacets,
  useFocus,
  useSelectedNode,
  useSelectedView,
} from '../../state/url-state';
import { deferredModule } from '../../ui/deferred-module';
import { useAfterPaint } from '../../ui/use-after-paint';
import { useCurrentDrawing } from '../../state/view-drawings';
import { MAP_ARIA_LABELS } from './draw';
import { flowCache, flowEdges, flowNodes, NODE_TYPES } from './flow';
import type { KindFlowNode } from './kind-node';
import { MapTools } from './map-tools';
import { ViewSwitcher } from './view-switcher';
import { useCamera, useZoomKeys } from './use-camera';
import type { useStepStage } from './use-step-stage';
import { useCompactLayout } from './use-compact-layout';

/** How far out the camera is; a string, so panning and zooming re-render the map only at a band's edge. */
const bandSelector = (s: ReactFlowState) => zoomBand(s.transform[2]);

// The big picture draws differently; its code loads only when someone opens it.
/** The big picture's canvas, a chunk of its own (boot.ts fetches it beside the app when asked). */
const blocksCanvas = deferredModule(() => import('./blocks-canvas'));

/** How a guided path stages its step (use-step-stage.ts, passed in by the path page). */
type StageHook = typeof useStepStage;
/** The map without a guided path: nothing staged. */
const useNoStage: StageHook = () => NO_STAGE;
const NO_STAGE = { stage: null, glide: null };

/**
 * A map view drawn by React Flow: the URL's state and the camera give a scene (model/scene.ts),
 * which becomes flow nodes and edges (flow.ts).
 */
function MapCanvas({
  view,
  notice,
  spotlight,
  useStage = useNoStage,
  tools,
}: {
  view: View;
  notice?: string | undefined;
  spotlight?: Spotlight | undefined;
  useStage?: StageHook | undefined;
  tools: boolean;
}) {
  const { index } = useAtlas();
  const [selected, select] = useSelectedNode();
  const { hops, target } = useFocus();
  const { selection } = useFacets();
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const [theme] = useTheme();
  const selectedHere =
    selected !== null && index.nodeById.has(selected) && view.nodes.some((n) => n.id === selected);

  const frameRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => shownNodes(index, view, selection, collapsed),
    [index, view, selection, collapsed],
  );
  const compact = useCompactLayout(index, view, shown.visible);
  const { stage, glide } = useStage(spotlight, view, frameRef);
  const camera = useCamera({
    index,
    view,
    frameRef,
    centreOn: selectedHere ? selected : null,
    spotlit: spotlight !== undefined,
    stage,
    compacted: compact.positions,
  });
  const band = useStore(bandSelector);
  const { zoom: sceneZoom, framed: sceneFramed } = sceneCamera(view, band, camera.framed);
  const scene = useMemo(
    () =>
      sceneOf({
        index,
        view,
        shown,
        selected,
        hops,
        target,
        collapsed,
        zoom: sceneZoom,
        framed: sceneFramed,
        spotlight,
        stage: stage?.positions ?? null,
        glide,
        compact: compact.positions,
      }),
    [
      index,
      view,
      shown,
      selected,
      hops,
      target,
      collapsed,
      sceneZoom,
      sceneFramed,
      spotlight,
      stage,
      glide,
      compact.positions,
    ],
  );

  const [cache] = useState(flowCache);
  const { onFocusNode, fitLit } = camera;
  const nodes = useMemo(
    () => flowNodes(scene, cache, { onSelect: select, onFocusNode, onToggleGroup: toggleGroup }),
    [scene, cache, select, onFocusNode, toggleGroup],
  );
  const edges = useMemo(() => flowEdges(scene, cache, index), [scene, cache, index]);

  /** Zooms to the selected node and what is lit around it (its neighbours, or its path). */
  const fitSelection = useCallback(() => {
    if (selected) fitLit(scene.lit, selected);
  }, [fitLit, scene, selected]);
  useZoomKeys(fitSelection);

  const far = band === 'far';
  // The overview and the dot grid come a frame after the framed map: ≈ 35 ms less before the
  // live map on the default view (docs/performance.md), and neither is in the pre-drawn map.
  const extras = useAfterPaint(camera.framed);
  return (
    // data-framed tells tests and the benchmark that the first camera move is done.
    <div
      ref={frameRef}
      className={`map-frame${far ? ' is-far' : ''}`}
      data-framed={camera.framed}
      // What the map draws now: its nodes, or (a large view zoomed out) only its group boxes.
      data-drawing={scene.drawing}
    >
      <MapTools
        view={view}
        scene={scene}
        shown={shown}
        tools={tools}
        notice={notice}
        selectedHere={selectedHere}
        onFitSelection={fitSelection}
        compact={compact}
      />
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
        minZoom={scene.large ? 0.02 : 0.2}
        maxZoom={2.5}
        // Large views draw only what is in the viewport.
        onlyRenderVisibleElements={scene.large}
        colorMode={theme}
        onPaneClick={() => select(null)}
        // While the camera moves, the map is one composited layer that the browser moves
        // without repainting; afterwards it is drawn again, sharp, at the new zoom.
        onMoveStart={camera.markMoving}
        onMoveEnd={camera.markStill}
        proOptions={{ hideAttribution: true }}
        aria-label={`Map: ${view.title}`}
      >
        {/* The dot grid: a full repaint on every camera frame, so only on small views, and not
            zoomed far out, where it turns to noise. */}
        {far || scene.selectionOnly || !extras ? null : <Background gap={24} />}
        <Controls
          position="top-right"
          showInteractive={false}
          fitViewOptions={camera.controlsFit}
        />
        {scene.large || spotlight || !extras ? null : (
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
        {camera.hint ? (
          <Panel position="bottom-left" className="nopan">
            <p className="map-notice map-hint" role="note">
              Drag to move, pinch or <kbd>+</kbd> <kbd>−</kbd> to zoom.{' '}
              <button type="button" className="button small" onClick={camera.fitWhole}>
                Show the whole view
              </button>
            </p>
          </Panel>
        ) : null}
      </ReactFlow>
    </div>
  );
}

export interface AtlasMapProps {
  /** Show this view instead of the one in `?view=` (a guided path's map). */
  fixedView?: View;
  spotlight?: Spotlight;
  /**
   * Stages the spotlight's nodes (a guided path passes `useStepStage`); the same on every render
   * of a map, as a hook must be.
   */
  useStage?: StageHook;
  /** The view menu, filters and compact controls; off on a guided path. */
  tools?: boolean;
}

/** The component map: precomputed positions from the build, drawn by React Flow. */
export function AtlasMap({ fixedView, spotlight, useStage, tools = true }: AtlasMapProps) {
  const [viewId] = useSelectedView();
  const current = useCurrentDrawing();
  const view = fixedView ?? current.view;
  const summary = fixedView ?? current.summary;
  // The detail panel gives focus back to the node it was opened from through the bridge.
  const focusNode = useCallback((id: string) => {
    const node = document.querySelector<HTMLElement>(
      `.react-flow [data-node-id="${CSS.escape(id)}"]`,
    );
    node?.focus({ preventScroll: true });
    return node !== null;
  }, []);
  useProvideFocusNode(focusNode);
  const blocks = blocksCanvas.useModule(summary?.purpose === 'blocks');
  if (!summary) return <p role="alert">The atlas has no views to draw.</p>;
  if (!view)
    return (
      // The view menu stays, so another view is one choice away while this one loads or fails.
      <div className="map-loading">
        {tools ? <ViewSwitcher current={summary.id} /> : null}
        {current.problem ? (
          <div className="map-loading-problem" role="alert">
            <p>
              Could not load the view “{summary.title}”: {current.problem}. Check the connection,
              then try again.
            </p>
            <button type="button" className="button small" onClick={current.retry}>
              Try again
            </button>
          </div>
        ) : (
          <p role="status">
            <span className="spinner" aria-hidden="true" /> {`Loading ${summary.title}…`}
          </p>
        )}
      </div>
    );
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
        <MapCanvas
          view={view}
          notice={notice}
          spotlight={spotlight}
          useStage={useStage}
          tools={tools}
        />
      )}
    </ReactFlowProvider>
  );
}
