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
      if (n.doc !== undefined) card.doc = n.doc;
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

/** A relation on the wire: start, type, end (its id is rebuilt from them). */
type PackedRelation = [from: string, type: string, to: string];
/** A placed node on the wire: id, x, y, width, height. */
type PackedNode = [id: string, x: number, y: number, width: number, height: number];
/** A view on the wire; `virtual:atlas-view/<id>` exports one for each view the shell does not draw. */
export type PackedView = Omit<View, 'nodes' | 'relations'> & {
  nodes: PackedNode[];
  /** Indexes into the shell's relations. */
  relations: number[];
};

/**
 * The shell as the build emits it, about a third smaller (gzip) than its plain JSON: relations
 * are tuples without their notes (the panel reads those from the full atlas), and the views list
 * their nodes as tuples and their relations by index. Only the view the map opens on is drawn;
 * the others are named in `viewList`, and which of them show a node is a bit mask per node.
 * `unpackShell` turns it back.
 */
export interface PackedShell extends Omit<
  AtlasShell,
  'relations' | 'views' | 'viewList' | 'nodeViews'
> {
  relations: PackedRelation[];
  views: PackedView[];
  viewList: ViewSummary[];
  /** One number per node (in `nodes` order): bit i set when `viewList[i]` shows the node. */
  nodeViews: number[];
}

/** The id the pipeline gives a relation (src/pipeline/resolve.ts builds the same). */
export const relationId = (from: string, type: string, to: string): string =>
  `${from}--${type}-->${to}`;

/** A bit mask holds one bit per view; 31 is as many as JavaScript's bit operators reach. */
const MAX_VIEWS = 31;

/** Each relation's position in the shell, for views to name their relations by. */
export function relationIndex(shell: Pick<AtlasShell, 'relations'>): Map<string, number> {
  return new Map(shell.relations.map((r, i) => [r.id, i]));
}

/** One view on the wire; its relations are positions in the shell's list. */
export function packView(view: View, index: ReadonlyMap<string, number>): PackedView {
  return {
    ...view,
    nodes: view.nodes.map((n): PackedNode => [n.id, n.x, n.y, n.width, n.height]),
    relations: view.relations.map((id) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`view ${view.id} draws an unknown relation ${id}`);
      return i;
    }),
  };
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
  const shown = new Set(drawn ?? [defaultView(shell.views)?.id ?? '']);
  const bit = new Map(list.map((v, i) => [v.id, 1 << i]));
  const masks = new Map<string, number>();
  for (const view of shell.views)
    for (const { id } of view.nodes) masks.set(id, (masks.get(id) ?? 0) | bit.get(view.id)!);
  const index = relationIndex(shell);
  return {
    nodes: shell.nodes,
    kinds: shell.kinds,
    relationTypes: shell.relationTypes,
    skills: shell.skills,
    personas: shell.personas,
    relations: shell.relations.map((r): PackedRelation => {
      if (r.id !== relationId(r.from, r.type, r.to))
        throw new Error(`relation ${r.id} does not have the id its ends and type give`);
      return [r.from, r.type, r.to];
    }),
    views: shell.views.filter((v) => shown.has(v.id)).map((v) => packView(v, index)),
    viewList: list,
    nodeViews: shell.nodes.map((n) => masks.get(n.id) ?? 0),
  };
}

/** A packed view back as a `View`, its relations named by id again. */
export function unpackView(packed: PackedView, relationIds: readonly string[]): View {
  return {
    ...packed,
    nodes: packed.nodes.map(([id, x, y, width, height]) => ({ id, x, y, width, height })),
    relations: packed.relations.map((i) => {
      const id = relationIds[i];
      if (id === undefined)
        throw new Error(`view ${packed.id} names relation #${i}, which the shell lacks`);
      return id;
    }),
  };
}

export function unpackShell(packed: PackedShell): AtlasShell {
  const relations = packed.relations.map(([from, type, to]) => ({
    id: relationId(from, type, to),
    from,
    type,
    to,
  }));
  const ids = relations.map((r) => r.id);
  const nodeViews: Record<string, string[]> = {};
  packed.nodes.forEach((node, i) => {
    const mask = packed.nodeViews[i] ?? 0;
    nodeViews[node.id] = packed.viewList.filter((_, bit) => mask & (1 << bit)).map((v) => v.id);
  });
  return {
    nodes: packed.nodes,
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
