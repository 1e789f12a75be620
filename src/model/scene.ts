/**
 * What the component map draws, decided without React or the DOM: given a view, the filters,
 * the selection and its focus, the collapsed groups, how far out the camera is and a guided
 * path's stage, which nodes are drawn where and how they are lit, which group boxes show, and
 * which relations are drawn and how. The canvas (features/map) maps a scene onto React Flow;
 * the Export menu's JSON lists what a scene draws, so the two cannot disagree.
 */
import { matchesAll, type FacetSelection } from './facets.ts';
import { neighbourhood, pathBetween, type AtlasIndex } from './graph.ts';
import { isLargeView } from './layout-options.ts';
import { readingOrder, type Placed } from './reading-order.ts';
import type {
  KindCard,
  NodeCard,
  PositionedGroup,
  PositionedNode,
  Relation,
  RelationTypeCard,
  View,
} from './types.ts';

/** Below this zoom, node names are unreadable: the map shows the groups' labels instead. */
export const FAR_ZOOM = 0.45;
/**
 * In a large view, nodes appear only from this zoom on: closer in, the viewport holds a few
 * hundred of them at most, so revealing them does not stall the camera.
 */
export const LARGE_VIEW_NODE_ZOOM = 0.7;
/**
 * Views with more nodes than this draw the relations of the selection only: the whole
 * ecosystem's hundreds of crossing relations read as a tangle, and their dash patterns cost
 * more to draw than anything else while the camera moves.
 */
export const SELECTION_RELATIONS_VIEW = 100;

/** How far out the camera is: `far` below FAR_ZOOM, `mid` below LARGE_VIEW_NODE_ZOOM, else `near`. */
export type ZoomBand = 'far' | 'mid' | 'near';

/**
 * What of the camera a view's scene depends on: only a large view's (it shows its group boxes
 * alone until framed and zoomed in, see `scene`); a small one's scene stays the same while the
 * camera moves, so the map keeps one scene, node list and edge list through the first fit.
 * @example sceneCamera({ nodes: [] }, 'far', false) // { zoom: 'near', framed: true }
 */
export function sceneCamera(
  view: { nodes: readonly unknown[] },
  zoom: ZoomBand,
  framed: boolean,
): { zoom: ZoomBand; framed: boolean } {
  return isLargeView(view) ? { zoom, framed } : { zoom: 'near', framed: true };
}

/** @example zoomBand(0.5) // 'mid' */
export function zoomBand(zoom: number): ZoomBand {
  return zoom < FAR_ZOOM ? 'far' : zoom < LARGE_VIEW_NODE_ZOOM ? 'mid' : 'near';
}

/** Places by node id, in the view's coordinates. */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** Nodes and relations a guided path's step puts in the light; relations animate in order. */
export interface Spotlight {
  /** The lit nodes. */
  nodes: readonly string[];
  relations: readonly string[];
  /** Every node the step draws: its lit nodes and the ends of its relations. */
  cast: readonly string[];
  /** Each step's cast on this path, so the camera keeps one zoom for the whole path. */
  casts: readonly (readonly string[])[];
}

/** What the filters and the collapsed groups leave of a view. */
export interface ShownNodes {
  /** The view's nodes that the atlas has, in the view's order (what the filters count). */
  cards: NodeCard[];
  /** Ids of the view's nodes that pass the filters. */
  matching: ReadonlySet<string>;
  /** Ids of the nodes drawn: those the filters keep, minus the members of collapsed groups. */
  visible: ReadonlySet<string>;
}

/**
 * Filters and collapsed groups hide nodes but never move them, so people keep their mental map;
 * a collapsed group's box says how many of its nodes it hides.
 * @example shownNodes(index, view, { kind: ['spawner'] }, new Set()).visible
 */
export function shownNodes(
  index: AtlasIndex,
  view: View,
  facets: FacetSelection,
  collapsed: ReadonlySet<string>,
): ShownNodes {
  const cards = view.nodes.flatMap((p) => index.nodeById.get(p.id) ?? []);
  const matching = new Set(cards.filter((n) => matchesAll(index, n, facets)).map((n) => n.id));
  const hiddenByGroup = new Set(
    (view.groups ?? []).filter((g) => collapsed.has(g.id)).flatMap((g) => g.nodeIds),
  );
  const visible = new Set([...matching].filter((id) => !hiddenByGroup.has(id)));
  return { cards, matching, visible };
}

/** How a node is lit: the selection, its neighbourhood or path, everything else dimmed. */
export type Emphasis = 'selected' | 'neighbour' | 'path' | 'dimmed' | 'normal';

/** One node of the view as the map draws it. */
export interface SceneNode {
  type: 'node';
  id: string;
  node: NodeCard;
  kind: KindCard;
  /** Its box in the view's layout (its size, and where it rests). */
  placed: PositionedNode;
  /** Where it is drawn: a path step's stage, else the compacted layout, else the view's. */
  position: { x: number; y: number };
  emphasis: Emphasis;
  /** Filtered out, in a collapsed group, or (on a path step) not on the step's stage. */
  hidden: boolean;
}

/** One group box (a kind) of a grouped view. */
export interface SceneGroup {
  type: 'group';
  id: string;
  group: PositionedGroup;
  kind: KindCard | undefined;
  collapsed: boolean;
  /** How many of the group's nodes the filters leave: the count its box shows. */
  count: number;
}

/** How a relation is drawn. */
export type EdgeState = 'path' | 'highlighted' | 'dimmed' | 'normal';

/** One relation as the map draws it. */
export interface SceneEdge {
  id: string;
  relation: Relation;
  type: RelationTypeCard | undefined;
  source: string;
  target: string;
  state: EdgeState;
  /** Its type's label is written on it (the selection's relations, and a path's). */
  labelled: boolean;
  /** On a path (a guided step or "path between"): drawn moving. */
  animated: boolean;
  /** Its place in a guided path step's order (they light up one after another), or -1. */
  order: number;
}

export interface SceneInput {
  index: AtlasIndex;
  view: View;
  shown: ShownNodes;
  /** The selected node (`?node=`), or null; one the atlas lacks lights nothing. */
  selected: string | null;
  /** How far the selection's light reaches (`?hops=`). */
  hops: number;
  /** The other end of "path between" (`?to=`), or null. */
  target: string | null;
  collapsed: ReadonlySet<string>;
  zoom: ZoomBand;
  /** Whether the camera's first move is done: until then a large view is drawn as if far out. */
  framed: boolean;
  /** A guided path's step: its nodes lit, its relations drawn in order. */
  spotlight?: Spotlight | undefined;
  /** Where a path step's stage puts its nodes (null until the pane is measured); only they are drawn. */
  stage?: Positions | null | undefined;
  /** Where the staged nodes are drawn now, while they glide from one step's places to the next. */
  glide?: Positions | null | undefined;
  /** The visible nodes re-laid by "Compact"; a compacted view is drawn without its boxes. */
  compact?: Positions | null | undefined;
}

export interface Scene {
  /** Every node of the view that the atlas has, in the view's order, hidden ones included. */
  nodes: SceneNode[];
  /** Every group box of the view. */
  groups: SceneGroup[];
  /** The relations drawn, in the atlas's order; none has a hidden end. */
  edges: SceneEdge[];
  /**
   * What the canvas is handed, in reading order (React Flow renders, and Tab reaches, them in
   * array order): each group's box just before its members, then the nodes in no group.
   */
  drawn: (SceneNode | SceneGroup)[];
  /** 'groups' when a large view zoomed out draws its boxes alone. */
  drawing: 'nodes' | 'groups';
  /** More than LARGE_VIEW nodes: the canvas draws only what is in the viewport. */
  large: boolean;
  /** More than SELECTION_RELATIONS_VIEW nodes (and no guided path): the selection's relations only. */
  selectionOnly: boolean;
  /** What "Fit the selection" frames: the drawn nodes its light reaches (the path's, or its neighbours). */
  lit: string[];
}

/** The neighbourhood the selection lights, and the path (a guided step's, or "path between"). */
function lightOf(input: SceneInput) {
  const { index, selected, hops, target, spotlight } = input;
  const exists = selected !== null && index.nodeById.has(selected);
  const near = exists ? neighbourhood(index, selected, hops) : null;
  let path: { nodes: Set<string>; relations: Set<string> } | null = null;
  if (spotlight)
    path = { nodes: new Set(spotlight.nodes), relations: new Set(spotlight.relations) };
  else if (exists && target) {
    const chain = pathBetween(index, selected, target);
    if (chain)
      path = {
        nodes: new Set(chain.flatMap((r) => [r.from, r.to])),
        relations: new Set(chain.map((r) => r.id)),
      };
  }
  return { near, path };
}

const boxOf = (item: SceneNode | SceneGroup): Placed =>
  item.type === 'node'
    ? { ...item.position, width: item.placed.width, height: item.placed.height }
    : item.group;

/**
 * The map's scene for one view and the state on screen.
 * @example scene({ index, view, shown: shownNodes(index, view, {}, new Set()), selected: 'hub', hops: 1, target: null, collapsed: new Set(), zoom: 'near', framed: true })
 */
export function scene(input: SceneInput): Scene {
  const { index, view, shown, selected, hops, collapsed, spotlight } = input;
  const stage = input.stage ?? null;
  const { near, path } = lightOf(input);
  const spotlit = spotlight !== undefined;
  const large = isLargeView(view);
  const selectionOnly = view.nodes.length > SELECTION_RELATIONS_VIEW && !spotlit;
  // Until the first fit, a large view is assumed zoomed out: its first render stays cheap.
  const groupsOnly =
    large && (input.zoom !== 'near' || !input.framed) && (view.groups?.length ?? 0) > 0;

  const nodes = view.nodes.flatMap((placed): SceneNode[] => {
    const node = index.nodeById.get(placed.id);
    const kind = node && index.kindById.get(node.kind);
    if (!node || !kind) return [];
    const emphasis: Emphasis =
      node.id === selected
        ? 'selected'
        : path
          ? path.nodes.has(node.id)
            ? 'path'
            : 'dimmed'
          : !near
            ? 'normal'
            : near.has(node.id)
              ? 'neighbour'
              : 'dimmed';
    // On a path step only the step's nodes are drawn, where the stage puts them.
    const hidden = !shown.visible.has(node.id) || (spotlit && !stage?.[node.id]);
    const position = (spotlit ? input.glide?.[node.id] : undefined) ??
      stage?.[node.id] ??
      input.compact?.[node.id] ?? { x: placed.x, y: placed.y };
    return [{ type: 'node', id: node.id, node, kind, placed, position, emphasis, hidden }];
  });

  const groups = (view.groups ?? []).map((group): SceneGroup => ({
    type: 'group',
    id: group.id,
    group,
    kind: index.kindById.get(group.id),
    collapsed: collapsed.has(group.id),
    count: group.nodeIds.filter((id) => shown.matching.has(id)).length,
  }));

  // Group boxes belong to the stable layout; a compacted subset is drawn without them. A large
  // view zoomed out hands the canvas its boxes alone, so the camera's cost does not grow with N.
  let drawn: (SceneNode | SceneGroup)[];
  if (input.compact || groups.length === 0) drawn = readingOrder(nodes, boxOf);
  else if (groupsOnly) drawn = readingOrder(groups, boxOf);
  else {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    drawn = [];
    for (const group of readingOrder(groups, boxOf)) {
      drawn.push(group);
      const members = group.group.nodeIds.flatMap((id) => byId.get(id) ?? []);
      for (const member of readingOrder(members, boxOf)) {
        drawn.push(member);
        byId.delete(member.id);
      }
    }
    drawn.push(...readingOrder([...byId.values()], boxOf));
  }

  // A big view draws only the relations of the selection (or the path being shown); see
  // SELECTION_RELATIONS_VIEW. A relation with a hidden end is not drawn.
  const inView = new Set(view.relations);
  const showing = new Set(nodes.filter((n) => !n.hidden).map((n) => n.id));
  const drawnRelation = (r: Relation) =>
    !groupsOnly &&
    (!selectionOnly ||
      r.from === selected ||
      r.to === selected ||
      (path?.relations.has(r.id) ?? false) ||
      (near !== null && near.has(r.from) && near.has(r.to) && hops > 1));
  const edges = index.atlas.relations
    .filter((r) => inView.has(r.id) && drawnRelation(r) && showing.has(r.from) && showing.has(r.to))
    .map((r): SceneEdge => {
      const onPath = path?.relations.has(r.id) ?? false;
      const touches = !path && selected !== null && (r.from === selected || r.to === selected);
      const state: EdgeState = onPath
        ? 'path'
        : touches
          ? 'highlighted'
          : near || path
            ? 'dimmed'
            : 'normal';
      return {
        id: r.id,
        relation: r,
        type: index.relationTypeById.get(r.type),
        source: r.from,
        target: r.to,
        state,
        labelled: touches || onPath,
        animated: onPath,
        order: spotlight ? spotlight.relations.indexOf(r.id) : -1,
      };
    });

  const lit =
    selected === null
      ? []
      : (path ? [...path.nodes] : [...(near ?? [selected])]).filter((id) => shown.visible.has(id));

  return {
    nodes,
    groups,
    edges,
    drawn,
    drawing: groupsOnly ? 'groups' : 'nodes',
    large,
    selectionOnly,
    lit,
  };
}
