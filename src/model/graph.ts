import type { Atlas, AtlasNode, Kind, Relation, RelationType } from './types.ts';

/** One relation as read from a given node: outgoing ones use the type's label, incoming its inverse. */
export interface RelationReading {
  relation: Relation;
  direction: 'out' | 'in';
  /** The label as it reads from the node asked about, e.g. "starts" or "is started by". */
  label: string;
  /** The node at the other end. */
  other: AtlasNode;
}

/** Indexes over an atlas, built once and queried many times. */
export interface AtlasIndex {
  atlas: Atlas;
  nodeById: ReadonlyMap<string, AtlasNode>;
  kindById: ReadonlyMap<string, Kind>;
  relationTypeById: ReadonlyMap<string, RelationType>;
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
export function indexAtlas(atlas: Atlas): AtlasIndex {
  return {
    atlas,
    nodeById: new Map(atlas.nodes.map((n) => [n.id, n])),
    kindById: new Map(atlas.kinds.map((k) => [k.id, k])),
    relationTypeById: new Map(atlas.relationTypes.map((t) => [t.id, t])),
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
  const typeOrder = new Map(index.atlas.relationTypes.map((t, i) => [t.id, i]));
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

/** Ids of the node and its direct neighbours. */
export function neighbourhood(index: AtlasIndex, nodeId: string): Set<string> {
  const ids = new Set([nodeId]);
  for (const r of index.outgoing.get(nodeId) ?? []) ids.add(r.to);
  for (const r of index.incoming.get(nodeId) ?? []) ids.add(r.from);
  return ids;
}
