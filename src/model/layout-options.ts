/**
 * ELK options for the flow layouts, shared by the build (src/pipeline/layout.ts) and the
 * browser's "compact" worker, so a compacted subset looks like the views around it.
 * Layered (Sugiyama) suits a request flowing left to right; see
 * https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html
 */
export const FLOW_LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.crossingMinimization.semiInteractive': 'false',
  'elk.edgeRouting': 'SPLINES',
};

/**
 * How the map frames a whole view (React Flow's fitView padding), shared with the pre-drawn
 * first paint (src/pipeline/prepaint.ts) so the two frame the view alike.
 */
export const FIT_VIEW_PADDING = 0.12;

/**
 * Views with more nodes than this are drawn as their group boxes until zoomed in, render only
 * what is in the viewport, and are pre-drawn as boxes.
 */
export const LARGE_VIEW = 400;

/** @example isLargeView({ nodes: [] }) // false */
export const isLargeView = (view: { nodes: readonly unknown[] }): boolean =>
  view.nodes.length > LARGE_VIEW;
