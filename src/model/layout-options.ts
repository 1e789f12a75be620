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
