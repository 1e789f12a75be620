/**
 * Hand-made atlases of one view for the map's model tests: a small grouped map of three nodes,
 * and chains of any length (to cross the big- and large-view thresholds).
 */
import type { AtlasShell, NodeCard, PositionedGroup, Relation, View } from '../../src/model/types';

const KINDS = ['hub', 'proxy', 'spawner'].map((id) => ({
  id,
  label: id,
  plural: `${id}s`,
  description: '',
  color: '#888888',
}));
const TYPES = ['starts', 'routes-to', 'plugs-into'].map((id) => ({
  id,
  label: id.replace(/-/g, ' '),
  inverse: `is ${id}`,
  description: '',
  style: 'solid' as const,
}));

export const relation = (from: string, type: string, to: string): Relation => ({
  id: `${from}--${type}-->${to}`,
  from,
  type,
  to,
});

/**
 * An atlas of one view: `nodes` laid out in rows of ten (200 × 60 boxes), every relation in the
 * view, and (when `grouped`) one box per kind around its nodes.
 */
export function atlasOf(
  nodes: NodeCard[],
  relations: Relation[],
  { grouped = false }: { grouped?: boolean } = {},
): { atlas: AtlasShell; view: View } {
  const placed = nodes.map((n, i) => ({
    id: n.id,
    x: (i % 10) * 300,
    y: Math.floor(i / 10) * 100,
    width: 200,
    height: 60,
  }));
  const groups: PositionedGroup[] = KINDS.flatMap((k) => {
    const members = placed.filter((p) => nodes.find((n) => n.id === p.id)?.kind === k.id);
    if (members.length === 0) return [];
    const left = Math.min(...members.map((m) => m.x)) - 10;
    const top = Math.min(...members.map((m) => m.y)) - 40;
    return [
      {
        id: k.id,
        label: k.plural,
        x: left,
        y: top,
        width: Math.max(...members.map((m) => m.x + m.width)) + 10 - left,
        height: Math.max(...members.map((m) => m.y + m.height)) + 10 - top,
        nodeIds: members.map((m) => m.id),
      },
    ];
  });
  const view: View = {
    id: 'v',
    title: 'V',
    description: '',
    width: 3000,
    height: Math.ceil(nodes.length / 10) * 100,
    nodes: placed,
    relations: relations.map((r) => r.id),
    ...(grouped ? { groups } : {}),
  };
  return {
    atlas: {
      nodes,
      relations,
      kinds: KINDS,
      relationTypes: TYPES,
      skills: [],
      personas: [],
      views: [view],
    },
    view,
  };
}

export const card = (
  id: string,
  kind: string,
  status: NodeCard['status'] = 'active',
): NodeCard => ({
  id,
  name: id,
  kind,
  status,
});

// The small map: a spawner plugs into the hub, which starts the proxy, which routes to the hub.
export const SMALL = atlasOf(
  [card('hub', 'hub'), card('proxy', 'proxy'), card('kubespawner', 'spawner', 'experimental')],
  [
    relation('hub', 'starts', 'proxy'),
    relation('kubespawner', 'plugs-into', 'hub'),
    relation('proxy', 'routes-to', 'hub'),
  ],
  { grouped: true },
);

/** A chain of n nodes (a hub, then spawners), each plugged into the one before. */
export function chain(n: number, grouped: boolean) {
  const nodes = Array.from({ length: n }, (_, i) => card(`n${i}`, i === 0 ? 'hub' : 'spawner'));
  const relations = nodes.slice(1).map((node, i) => relation(node.id, 'plugs-into', `n${i}`));
  return atlasOf(nodes, relations, { grouped });
}
