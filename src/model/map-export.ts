/**
 * The Export menu's JSON: the subgraph the map shows of one view, read from the same scene the
 * map draws (model/scene.ts), so a collapsed group's members are left out there as on screen.
 */
import type { FacetSelection } from './facets.ts';
import type { AtlasIndex } from './graph.ts';
import { scene, shownNodes } from './scene.ts';
import type { NodeCard, PositionedNode, Relation, View } from './types.ts';

export interface MapExport {
  format: 'jupyter-atlas/1';
  view: string;
  filters: FacetSelection;
  /** A grouped view's boxes: whether each is collapsed, and how many of its nodes the filters leave. */
  groups?: { id: string; label: string; collapsed: boolean; count: number }[];
  /** The nodes the map draws, in the atlas's order. */
  nodes: NodeCard[];
  /** Every relation between two drawn nodes. */
  relations: Relation[];
  /** Where the view's layout puts each drawn node. */
  positions: PositionedNode[];
}

/**
 * The view's subgraph as the map shows it with these filters and collapsed groups. It lists
 * every relation among the drawn nodes: a big view draws only the selection's to keep the camera
 * smooth, and the SVG export draws them all too.
 * @example mapExport({ index, view, facets: { kind: ['spawner'] }, collapsed: new Set() }).nodes
 */
export function mapExport({
  index,
  view,
  facets,
  collapsed,
}: {
  index: AtlasIndex;
  view: View;
  facets: FacetSelection;
  collapsed: ReadonlySet<string>;
}): MapExport {
  const drawnScene = scene({
    index,
    view,
    shown: shownNodes(index, view, facets, collapsed),
    selected: null,
    hops: 1,
    target: null,
    collapsed,
    zoom: 'near',
    framed: true,
  });
  const drawn = new Set(drawnScene.nodes.filter((n) => !n.hidden).map((n) => n.id));
  return {
    format: 'jupyter-atlas/1',
    view: view.id,
    filters: facets,
    ...(view.groups
      ? {
          groups: drawnScene.groups.map((g) => ({
            id: g.id,
            label: g.group.label,
            collapsed: g.collapsed,
            count: g.count,
          })),
        }
      : {}),
    nodes: index.atlas.nodes.filter((n) => drawn.has(n.id)),
    relations: index.atlas.relations.filter((r) => drawn.has(r.from) && drawn.has(r.to)),
    positions: view.nodes.filter((p) => drawn.has(p.id)),
  };
}
