import type { Atlas, AtlasShell, NodeCard, View, ViewSummary } from './types.ts';
import { defaultView, mapViewsOf, viewSummary } from './views.ts';

/**
 * The first-paint part of an atlas: what the map draws, filters and focuses on, and nothing the
 * panel, the search or other routes read. The build emits it as its own module.
 * @example toShell(atlas).nodes[0] // { id, name, kind, status, … }
 */
export function toShell(atlas: Atlas): AtlasShell {
  return {
    nodes: atlas.nodes.map((n): NodeCard => {
      const card: NodeCard = {
        id: n.id,
        name: n.name,
        kind: n.kind,
        status: n.status,
      };
      const skills = n.contribute?.skills;
      const level = n.contribute?.level;
      if (skills !== undefined || level !== undefined)
        card.contribute = {
          ...(skills !== undefined ? { skills } : {}),
          ...(level !== undefined ? { level } : {}),
        };
      return card;
    }),
    relations: atlas.relations,
    kinds: atlas.kinds,
    relationTypes: atlas.relationTypes,
    skills: atlas.skills,
    personas: atlas.personas,
    views: mapViewsOf(atlas.views),
  };
}

/**
 * A relation on the wire: start, type, end, as positions in the shell's nodes and relation types
 * (its id is rebuilt from them).
 */
type PackedRelation = [from: number, type: number, to: number];
/**
 * A node card on the wire: id, name, kind, status, contributor skills and level (0 for none).
 */
type PackedCard = [
  id: string,
  name: string,
  kind: string,
  status: NodeCard['status'],
  skills: string[] | 0,
  level: NonNullable<NonNullable<NodeCard['contribute']>['level']> | 0,
];

function packCard(n: NodeCard): PackedCard {
  return [n.id, n.name, n.kind, n.status, n.contribute?.skills ?? 0, n.contribute?.level ?? 0];
}

function unpackCard([id, name, kind, status, skills, level]: PackedCard): NodeCard {
  const card: NodeCard = { id, name, kind, status };
  if (skills !== 0 || level !== 0)
    card.contribute = {
      ...(skills !== 0 ? { skills } : {}),
      ...(level !== 0 ? { level } : {}),
    };
  return card;
}

/** A placed node on the wire: its position in the shell's nodes, x, y, width, height. */
type PackedNode = [node: number, x: number, y: number, width: number, height: number];
/** A view on the wire; `virtual:atlas-view/<id>` exports one for each view the shell does not draw. */
export type PackedView = Omit<View, 'nodes' | 'relations'> & {
  nodes: PackedNode[];
  /** Indexes into the shell's relations. */
  relations: number[];
};

/**
 * The shell as the build emits it, less than half its plain JSON (gzip): node cards and
 * relations are tuples (relations without their notes, which the panel reads from the full
 * atlas), the vocabularies come without their descriptions (tooltips, read from the full atlas
 * too), and the views list their nodes as tuples and their relations by position. Only the view
 * the map opens on is drawn; the others are named in `viewList`, and which of them show a node is
 * a bit mask per node. `unpackShell` turns it back.
 */
export interface PackedShell extends Omit<
  AtlasShell,
  'nodes' | 'relations' | 'views' | 'viewList' | 'nodeViews'
> {
  nodes: PackedCard[];
  relations: PackedRelation[];
  views: PackedView[];
  viewList: ViewSummary[];
  /** One number per node (in `nodes` order): bit i set when `viewList[i]` shows the node. */
  nodeViews: number[];
}

/**
 * The views the map route's shell draws: the one the map opens on. Every other view is a module of
 * its own (`virtual:atlas-view/<id>`, src/pipeline/vite-plugin.ts).
 */
export function shellDrawn(shell: Pick<AtlasShell, 'views'>): string[] {
  const first = defaultView(shell.views);
  return first ? [first.id] : [];
}

/** The id the pipeline gives a relation (src/pipeline/resolve.ts builds the same). */
export const relationId = (from: string, type: string, to: string): string =>
  `${from}--${type}-->${to}`;

/** A bit mask holds one bit per view; 31 is as many as JavaScript's bit operators reach. */
const MAX_VIEWS = 31;

/** Where a view finds its nodes and relations in the shell. */
export interface ShellPositions {
  nodes: ReadonlyMap<string, number>;
  relations: ReadonlyMap<string, number>;
}

/** Each node's and relation's position in the shell, for views to name them by. */
export function shellPositions(shell: Pick<AtlasShell, 'nodes' | 'relations'>): ShellPositions {
  return {
    nodes: new Map(shell.nodes.map((n, i) => [n.id, i])),
    relations: new Map(shell.relations.map((r, i) => [r.id, i])),
  };
}

function positionOf(positions: ReadonlyMap<string, number>, id: string, what: () => string) {
  const i = positions.get(id);
  if (i === undefined) throw new Error(what());
  return i;
}

/** One view on the wire; its nodes and relations are positions in the shell's lists. */
export function packView(view: View, at: ShellPositions): PackedView {
  return {
    ...view,
    nodes: view.nodes.map((n): PackedNode => [
      positionOf(at.nodes, n.id, () => `view ${view.id} places an unknown node ${n.id}`),
      n.x,
      n.y,
      n.width,
      n.height,
    ]),
    relations: view.relations.map((id) =>
      positionOf(at.relations, id, () => `view ${view.id} draws an unknown relation ${id}`),
    ),
  };
}

/** A vocabulary entry without its description: the full atlas brings that (a tooltip). */
function undescribed<T extends { description?: string }>(entry: T): Omit<T, 'description'> {
  const { description: _description, ...rest } = entry;
  return rest;
}

/**
 * The shell on the wire, drawing only the views named in `drawn` (the default view when none
 * are named); `packView` packs each of the others for a module of its own.
 * @example unpackShell(packShell(toShell(atlas))) // toShell(atlas) with only the default view drawn, less the relations' notes
 */
export function packShell(shell: AtlasShell, drawn?: readonly string[]): PackedShell {
  const list = shell.views.map(viewSummary);
  if (list.length > MAX_VIEWS)
    throw new Error(`the map has ${list.length} views; the shell packs at most ${MAX_VIEWS}`);
  const shown = new Set(drawn ?? shellDrawn(shell));
  const bit = new Map(list.map((v, i) => [v.id, 1 << i]));
  const masks = new Map<string, number>();
  for (const view of shell.views)
    for (const { id } of view.nodes) masks.set(id, (masks.get(id) ?? 0) | bit.get(view.id)!);
  const at = shellPositions(shell);
  const types = new Map(shell.relationTypes.map((t, i) => [t.id, i]));
  return {
    nodes: shell.nodes.map(packCard),
    kinds: shell.kinds.map(undescribed),
    relationTypes: shell.relationTypes.map(undescribed),
    skills: shell.skills.map(undescribed),
    personas: shell.personas.map(undescribed),
    relations: shell.relations.map((r): PackedRelation => {
      if (r.id !== relationId(r.from, r.type, r.to))
        throw new Error(`relation ${r.id} does not have the id its ends and type give`);
      const unknown = (what: string) => () => `relation ${r.id} has an unknown ${what}`;
      return [
        positionOf(at.nodes, r.from, unknown('start')),
        positionOf(types, r.type, unknown('type')),
        positionOf(at.nodes, r.to, unknown('end')),
      ];
    }),
    views: shell.views.filter((v) => shown.has(v.id)).map((v) => packView(v, at)),
    viewList: list,
    nodeViews: shell.nodes.map((n) => masks.get(n.id) ?? 0),
  };
}

/** The ids a packed view's positions point at: the shell's nodes' and relations', in order. */
export interface ShellIds {
  nodes: readonly string[];
  relations: readonly string[];
}

/** The ids of an unpacked shell's nodes and relations, for `unpackView`. */
export const shellIds = (shell: Pick<AtlasShell, 'nodes' | 'relations'>): ShellIds => ({
  nodes: shell.nodes.map((n) => n.id),
  relations: shell.relations.map((r) => r.id),
});

function idAt(ids: readonly string[], i: number, what: () => string): string {
  const id = ids[i];
  if (id === undefined) throw new Error(what());
  return id;
}

/** A packed view back as a `View`, its nodes and relations named by id again. */
export function unpackView(packed: PackedView, ids: ShellIds): View {
  const lacks = (what: string, i: number) => () =>
    `view ${packed.id} names ${what} #${i}, which the shell lacks`;
  return {
    ...packed,
    nodes: packed.nodes.map(([i, x, y, width, height]) => ({
      id: idAt(ids.nodes, i, lacks('node', i)),
      x,
      y,
      width,
      height,
    })),
    relations: packed.relations.map((i) => idAt(ids.relations, i, lacks('relation', i))),
  };
}

export function unpackShell(packed: PackedShell): AtlasShell {
  const nodes = packed.nodes.map(unpackCard);
  const nodeIds = nodes.map((n) => n.id);
  const typeIds = packed.relationTypes.map((t) => t.id);
  const relations = packed.relations.map(([f, t, e], i) => {
    const lacks = (what: string) => () => `relation #${i} names a ${what} the shell lacks`;
    const from = idAt(nodeIds, f, lacks('start'));
    const type = idAt(typeIds, t, lacks('type'));
    const to = idAt(nodeIds, e, lacks('end'));
    return { id: relationId(from, type, to), from, type, to };
  });
  const ids = { nodes: nodeIds, relations: relations.map((r) => r.id) };
  const nodeViews: Record<string, string[]> = {};
  nodes.forEach((node, i) => {
    const mask = packed.nodeViews[i] ?? 0;
    nodeViews[node.id] = packed.viewList.filter((_, bit) => mask & (1 << bit)).map((v) => v.id);
  });
  return {
    nodes,
    kinds: packed.kinds,
    relationTypes: packed.relationTypes,
    skills: packed.skills,
    personas: packed.personas,
    relations,
    views: packed.views.map((v) => unpackView(v, ids)),
    viewList: packed.viewList,
    nodeViews,
  };
}
