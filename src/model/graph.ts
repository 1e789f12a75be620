import type { AtlasShell, NodeCard, Relation, View, ViewSummary } from './types.ts';
import { mapViewsOf, viewSummary } from './views.ts';

/** One relation as read from a given node: outgoing ones use the type's label, incoming its inverse. */
export interface RelationReading {
  relation: Relation;
  direction: 'out' | 'in';
  /** The label as it reads from the node asked about, e.g. "starts" or "is started by". */
  label: string;
  /** The node at the other end. */
  other: NodeCard;
}

/**
 * Indexes over an atlas, built once and queried many times. Over the shell on the map route;
 * `AtlasIndex<Atlas>` over the full atlas once it has loaded.
 */
export interface AtlasIndex<A extends AtlasShell = AtlasShell> {
  atlas: A;
  /**
   * The map views (not the per-path maps) drawn so far, in order. The map route's shell draws
   * the one it opens on; the others load when asked for (`viewList` has them all).
   */
  mapViews: View[];
  /** Every view the map offers, drawn or not, the default first. */
  viewList: ViewSummary[];
  /** The ids of the map views showing each node, in view order (drawn or not). */
  nodeViews: ReadonlyMap<string, readonly string[]>;
  nodeById: ReadonlyMap<string, A['nodes'][number]>;
  kindById: ReadonlyMap<string, A['kinds'][number]>;
  relationTypeById: ReadonlyMap<string, A['relationTypes'][number]>;
  /** Position of each relation type in the vocabulary, for ordering readings. */
  relationTypeOrder: ReadonlyMap<string, number>;
  outgoing: ReadonlyMap<string, Relation[]>;
  incoming: ReadonlyMap<string, Relation[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Builds the lookup tables the UI needs.
 * @example const index = indexAtlas(atlas); index.nodeById.get('jupyterhub')
 */
export function indexAtlas<A extends AtlasShell>(atlas: A): AtlasIndex<A> {
  const mapViews = mapViewsOf(atlas.views);
  let nodeViews: Map<string, string[]>;
  if (atlas.nodeViews) nodeViews = new Map(Object.entries(atlas.nodeViews));
  else {
    nodeViews = new Map();
    for (const view of mapViews)
      for (const { id } of view.nodes) {
        const list = nodeViews.get(id);
        if (list) {
          if (list.at(-1) !== view.id) list.push(view.id);
        } else nodeViews.set(id, [view.id]);
      }
  }
  return {
    atlas,
    mapViews,
    viewList: atlas.viewList ?? mapViews.map(viewSummary),
    nodeViews,
    nodeById: new Map(atlas.nodes.map((n): [string, A['nodes'][number]] => [n.id, n])),
    kindById: new Map(atlas.kinds.map((k): [string, A['kinds'][number]] => [k.id, k])),
    relationTypeById: new Map(
      atlas.relationTypes.map((t): [string, A['relationTypes'][number]] => [t.id, t]),
    ),
    relationTypeOrder: new Map(atlas.relationTypes.map((t, i) => [t.id, i])),
    outgoing: groupBy(atlas.relations, (r) => r.from),
    incoming: groupBy(atlas.relations, (r) => r.to),
  };
}

/**
 * Every relation touching a node, read from that node's side, outgoing first,
 * each group in the order of the relation-type vocabulary.
 * @example relationsOf(index, 'configurable-http-proxy').map((r) => `${r.label} ${r.other.name}`)
 */
export function relationsOf(index: AtlasIndex, nodeId: string): RelationReading[] {
  const typeOrder = index.relationTypeOrder;
  const read = (relation: Relation, direction: 'out' | 'in'): RelationReading | undefined => {
    const type = index.relationTypeById.get(relation.type);
    const other = index.nodeById.get(direction === 'out' ? relation.to : relation.from);
    if (!type || !other) return undefined;
    return { relation, direction, label: direction === 'out' ? type.label : type.inverse, other };
  };
  const byType = (a: RelationReading, b: RelationReading) =>
    (typeOrder.get(a.relation.type) ?? 0) - (typeOrder.get(b.relation.type) ?? 0) ||
    a.other.name.localeCompare(b.other.name);
  const out = (index.outgoing.get(nodeId) ?? []).map((r) => read(r, 'out'));
  const inc = (index.incoming.get(nodeId) ?? []).map((r) => read(r, 'in'));
  const defined = (r: RelationReading | undefined): r is RelationReading => r !== undefined;
  return [...out.filter(defined).sort(byType), ...inc.filter(defined).sort(byType)];
}

/** Ids of the nodes one step away, in either direction. */
function adjacent(index: AtlasIndex, nodeId: string): string[] {
  return [
    ...(index.outgoing.get(nodeId) ?? []).map((r) => r.to),
    ...(index.incoming.get(nodeId) ?? []).map((r) => r.from),
  ];
}

/**
 * Ids of the node and every node within `hops` relations of it, in either direction.
 * @example neighbourhood(index, 'jupyterhub', 2).has('kubespawner')
 */
export function neighbourhood(index: AtlasIndex, nodeId: string, hops = 1): Set<string> {
  const seen = new Set([nodeId]);
  let frontier = [nodeId];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent(index, id))
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return seen;
}

/**
 * The shortest chain of relations between two nodes, following relations in either direction
 * (breadth-first, so the fewest hops; ties go to the relation written first). Null when the
 * nodes are not connected.
 * @example pathBetween(index, 'browser', 'kubespawner')?.map((r) => r.id)
 */
export function pathBetween(index: AtlasIndex, from: string, to: string): Relation[] | null {
  if (!index.nodeById.has(from) || !index.nodeById.has(to)) return null;
  if (from === to) return [];
  const via = new Map<string, Relation>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const steps: [Relation, string][] = [
        ...(index.outgoing.get(id) ?? []).map((r): [Relation, string] => [r, r.to]),
        ...(index.incoming.get(id) ?? []).map((r): [Relation, string] => [r, r.from]),
      ];
      for (const [relation, other] of steps) {
        if (seen.has(other)) continue;
        seen.add(other);
        via.set(other, relation);
        if (other === to) {
          const chain: Relation[] = [];
          let at = to;
          while (at !== from) {
            const r = via.get(at)!;
            chain.unshift(r);
            at = r.from === at ? r.to : r.from;
          }
          return chain;
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * The first map view that shows a node, drawn or not, for "Show it in …" when the current view
 * does not.
 * @example firstViewShowing(index, 'kubespawner')?.id // 'core'
 */
export function firstViewShowing(index: AtlasIndex, nodeId: string): ViewSummary | undefined {
  const first = index.nodeViews.get(nodeId)?.[0];
  return first === undefined ? undefined : index.viewList.find((v) => v.id === first);
}

/** Whether a map view (drawn or not) shows a node. */
export function viewShows(index: AtlasIndex, viewId: string, nodeId: string): boolean {
  return index.nodeViews.get(nodeId)?.includes(viewId) ?? false;
}
