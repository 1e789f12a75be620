import { describe, expect, it } from 'vitest';
import type { FacetSelection } from '../../../src/model/facets';
import { indexAtlas } from '../../../src/model/graph';
import {
  scene,
  sceneCamera,
  shownNodes,
  zoomBand,
  type Scene,
  type SceneInput,
  type Spotlight,
} from '../../../src/model/scene';
import type { AtlasShell, View } from '../../../src/model/types';
import { chain, SMALL } from '../../helpers/small-atlas';

const BIG = chain(150, false);
const LARGE = chain(450, true);

interface Case {
  selected?: string | null;
  hops?: number;
  target?: string | null;
  facets?: FacetSelection;
  collapsed?: string[];
  zoom?: SceneInput['zoom'];
  framed?: boolean;
  spotlight?: Spotlight;
  stage?: SceneInput['stage'];
  glide?: SceneInput['glide'];
  compact?: SceneInput['compact'];
}

function sceneOf({ atlas, view }: { atlas: AtlasShell; view: View }, c: Case = {}): Scene {
  const index = indexAtlas(atlas);
  const collapsed = new Set(c.collapsed ?? []);
  return scene({
    index,
    view,
    shown: shownNodes(index, view, c.facets ?? {}, collapsed),
    selected: c.selected ?? null,
    hops: c.hops ?? 1,
    target: c.target ?? null,
    collapsed,
    zoom: c.zoom ?? 'near',
    framed: c.framed ?? true,
    spotlight: c.spotlight,
    stage: c.stage,
    glide: c.glide,
    compact: c.compact,
  });
}

/** Each node's emphasis, or "hidden". */
const looks = (s: Scene) =>
  Object.fromEntries(s.nodes.map((n) => [n.id, n.hidden ? 'hidden' : n.emphasis]));
/** Each drawn relation's state, labelled ones marked with "+label", animated ones "+moving". */
const lines = (s: Scene) =>
  Object.fromEntries(
    s.edges.map((e) => [
      e.id,
      `${e.state}${e.labelled ? '+label' : ''}${e.animated ? '+moving' : ''}`,
    ]),
  );
const drawnIds = (s: Scene) => s.drawn.map((d) => (d.type === 'group' ? `[${d.id}]` : d.id));

const HUB_STARTS = 'hub--starts-->proxy';
const PLUGS = 'kubespawner--plugs-into-->hub';
const ROUTES = 'proxy--routes-to-->hub';

describe('the zoom bands', () => {
  it.each([
    [0.2, 'far'],
    [0.449, 'far'],
    [0.45, 'mid'],
    [0.699, 'mid'],
    [0.7, 'near'],
    [2, 'near'],
  ] as const)('zoom %d is %s', (zoom, band) => {
    expect(zoomBand(zoom)).toBe(band);
  });

  it("passes the camera to a large view's scene only", () => {
    const nodes = (n: number) => ({ nodes: Array.from({ length: n }, (_, i) => i) });
    // A small view's scene is the same however the camera stands, so the map keeps one scene.
    expect(sceneCamera(nodes(18), 'far', false)).toEqual({ zoom: 'near', framed: true });
    expect(sceneCamera(nodes(400), 'mid', false)).toEqual({ zoom: 'near', framed: true });
    expect(sceneCamera(nodes(401), 'mid', false)).toEqual({ zoom: 'mid', framed: false });
    expect(sceneCamera(nodes(5000), 'near', true)).toEqual({ zoom: 'near', framed: true });
  });
});

describe('a small view', () => {
  it.each<[string, Case, Record<string, string>, Record<string, string>]>([
    [
      'plain: everything drawn, nothing lit',
      {},
      { hub: 'normal', proxy: 'normal', kubespawner: 'normal' },
      { [HUB_STARTS]: 'normal', [PLUGS]: 'normal', [ROUTES]: 'normal' },
    ],
    [
      'a selection lights its neighbours and names its relations',
      { selected: 'proxy' },
      { hub: 'neighbour', proxy: 'selected', kubespawner: 'dimmed' },
      { [HUB_STARTS]: 'highlighted+label', [PLUGS]: 'dimmed', [ROUTES]: 'highlighted+label' },
    ],
    [
      'two hops reach further; only the selection’s own relations are named',
      { selected: 'proxy', hops: 2 },
      { hub: 'neighbour', proxy: 'selected', kubespawner: 'neighbour' },
      { [HUB_STARTS]: 'highlighted+label', [PLUGS]: 'dimmed', [ROUTES]: 'highlighted+label' },
    ],
    [
      'a selection the atlas lacks lights nothing',
      { selected: 'nope' },
      { hub: 'normal', proxy: 'normal', kubespawner: 'normal' },
      { [HUB_STARTS]: 'normal', [PLUGS]: 'normal', [ROUTES]: 'normal' },
    ],
    [
      'a path between two nodes lights its chain and moves along it',
      { selected: 'kubespawner', target: 'proxy' },
      { hub: 'path', proxy: 'path', kubespawner: 'selected' },
      { [HUB_STARTS]: 'path+label+moving', [PLUGS]: 'path+label+moving', [ROUTES]: 'dimmed' },
    ],
    [
      'a filter hides what it does not keep, with the relations to it',
      { facets: { status: ['active'] } },
      { hub: 'normal', proxy: 'normal', kubespawner: 'hidden' },
      { [HUB_STARTS]: 'normal', [ROUTES]: 'normal' },
    ],
    [
      'a collapsed group hides its members, with the relations to them',
      { collapsed: ['spawner'], selected: 'hub' },
      { hub: 'selected', proxy: 'neighbour', kubespawner: 'hidden' },
      { [HUB_STARTS]: 'highlighted+label', [ROUTES]: 'highlighted+label' },
    ],
  ])('%s', (_what, input, nodes, edges) => {
    const s = sceneOf(SMALL, input);
    expect(looks(s)).toEqual(nodes);
    expect(lines(s)).toEqual(edges);
    expect([s.drawing, s.large, s.selectionOnly]).toEqual(['nodes', false, false]);
  });

  it('draws each group box just before its members, in reading order', () => {
    expect(drawnIds(sceneOf(SMALL))).toEqual([
      '[hub]',
      'hub',
      '[proxy]',
      'proxy',
      '[spawner]',
      'kubespawner',
    ]);
  });

  it.each<[string, Case, { collapsed: boolean; count: number }[]]>([
    [
      'every box open, counting its nodes',
      {},
      [
        { collapsed: false, count: 1 },
        { collapsed: false, count: 1 },
        { collapsed: false, count: 1 },
      ],
    ],
    [
      'a collapsed box counts the nodes it hides',
      { collapsed: ['spawner'] },
      [
        { collapsed: false, count: 1 },
        { collapsed: false, count: 1 },
        { collapsed: true, count: 1 },
      ],
    ],
    [
      'a box counts what the filters leave',
      { facets: { kind: ['hub'] } },
      [
        { collapsed: false, count: 1 },
        { collapsed: false, count: 0 },
        { collapsed: false, count: 0 },
      ],
    ],
  ])('group boxes: %s', (_what, input, expected) => {
    expect(
      sceneOf(SMALL, input).groups.map(({ collapsed, count }) => ({ collapsed, count })),
    ).toEqual(expected);
  });

  it.each<[string, Case, string[]]>([
    ['nothing selected frames nothing', {}, []],
    ['a selection frames its neighbourhood', { selected: 'proxy' }, ['proxy', 'hub']],
    [
      'a path frames its chain',
      { selected: 'kubespawner', target: 'proxy' },
      ['kubespawner', 'hub', 'proxy'],
    ],
    ['what is hidden is not framed', { selected: 'hub', collapsed: ['spawner'] }, ['hub', 'proxy']],
  ])('"Fit the selection": %s', (_what, input, expected) => {
    expect(sceneOf(SMALL, input).lit.sort()).toEqual(expected.sort());
  });

  it('draws a compacted subset at its new places, without the group boxes', () => {
    const s = sceneOf(SMALL, {
      facets: { status: ['active'] },
      compact: { hub: { x: 0, y: 0 }, proxy: { x: 300, y: 0 } },
    });
    expect(drawnIds(s)).toEqual(['hub', 'proxy', 'kubespawner']);
    expect(s.nodes.map((n) => [n.id, n.position.x])).toEqual([
      ['hub', 0],
      ['proxy', 300],
      ['kubespawner', 600],
    ]);
  });
});

describe('a guided path’s step', () => {
  const spotlight: Spotlight = {
    nodes: ['hub'],
    relations: [HUB_STARTS, ROUTES],
    cast: ['hub', 'proxy'],
    casts: [['hub', 'proxy']],
  };
  const stage = { hub: { x: 10, y: 20 }, proxy: { x: 300, y: 20 } };

  it.each<[string, Case, Record<string, string>, Record<string, string>]>([
    [
      'before the pane is measured nothing is drawn',
      { spotlight },
      { hub: 'hidden', proxy: 'hidden', kubespawner: 'hidden' },
      {},
    ],
    [
      'staged: the step’s nodes lit, its relations moving; the rest off stage',
      { spotlight, stage },
      { hub: 'path', proxy: 'dimmed', kubespawner: 'hidden' },
      { [HUB_STARTS]: 'path+label+moving', [ROUTES]: 'path+label+moving' },
    ],
    [
      'a selection on the step keeps the step’s light',
      { spotlight, stage, selected: 'proxy' },
      { hub: 'path', proxy: 'selected', kubespawner: 'hidden' },
      { [HUB_STARTS]: 'path+label+moving', [ROUTES]: 'path+label+moving' },
    ],
  ])('%s', (_what, input, nodes, edges) => {
    const s = sceneOf(SMALL, input);
    expect(looks(s)).toEqual(nodes);
    expect(lines(s)).toEqual(edges);
  });

  it('draws the staged nodes where they glide to, and their relations in the step’s order', () => {
    const s = sceneOf(SMALL, { spotlight, stage, glide: { hub: { x: 5, y: 10 } } });
    expect(Object.fromEntries(s.nodes.map((n) => [n.id, n.position]))).toEqual({
      hub: { x: 5, y: 10 },
      proxy: { x: 300, y: 20 },
      kubespawner: { x: 600, y: 0 },
    });
    expect(s.edges.map((e) => [e.id, e.order])).toEqual([
      [HUB_STARTS, 0],
      [ROUTES, 1],
    ]);
  });

  it('draws every relation of its step on a big map', () => {
    const big = chain(150, false);
    const s = sceneOf(big, {
      spotlight: { nodes: ['n0', 'n1'], relations: [], cast: ['n0', 'n1'], casts: [] },
      stage: { n0: { x: 0, y: 0 }, n1: { x: 300, y: 0 } },
    });
    expect(s.selectionOnly).toBe(false);
    expect(s.edges.map((e) => e.id)).toEqual(['n1--plugs-into-->n0']);
  });
});

describe('a big view (over 100 nodes): the relations of the selection only', () => {
  it.each<[string, Case, string[]]>([
    ['nothing selected: no relations', {}, []],
    [
      'a selection: its own relations',
      { selected: 'n5' },
      ['n5--plugs-into-->n4', 'n6--plugs-into-->n5'],
    ],
    [
      'two hops: also those among its neighbourhood',
      { selected: 'n5', hops: 2 },
      ['n4--plugs-into-->n3', 'n5--plugs-into-->n4', 'n6--plugs-into-->n5', 'n7--plugs-into-->n6'],
    ],
    [
      'a path: the selection’s relations and the chain',
      { selected: 'n5', target: 'n8' },
      ['n5--plugs-into-->n4', 'n6--plugs-into-->n5', 'n7--plugs-into-->n6', 'n8--plugs-into-->n7'],
    ],
  ])('%s', (_what, input, expected) => {
    const s = sceneOf(BIG, input);
    expect(s.selectionOnly).toBe(true);
    expect(s.large).toBe(false);
    expect(s.drawing).toBe('nodes');
    expect(s.edges.map((e) => e.id).sort()).toEqual(expected.sort());
  });
});

describe('a large view (over 400 nodes): its group boxes alone until zoomed in', () => {
  it.each<[string, Case, 'nodes' | 'groups']>([
    ['near, once framed: nodes', { zoom: 'near', selected: 'n5' }, 'nodes'],
    ['mid: boxes', { zoom: 'mid', selected: 'n5' }, 'groups'],
    ['far: boxes', { zoom: 'far', selected: 'n5' }, 'groups'],
    ['before the first fit: boxes', { zoom: 'near', framed: false, selected: 'n5' }, 'groups'],
  ])('%s', (_what, input, drawing) => {
    const s = sceneOf(LARGE, input);
    expect(s.large).toBe(true);
    expect(s.drawing).toBe(drawing);
    const drawnKinds = new Set(s.drawn.map((d) => d.type));
    expect([...drawnKinds].sort()).toEqual(drawing === 'groups' ? ['group'] : ['group', 'node']);
    // Boxes alone draw no relations, not even the selection's.
    expect(s.edges.length > 0).toBe(drawing === 'nodes');
  });

  it('draws its nodes at any zoom when it has no boxes', () => {
    const s = sceneOf(chain(450, false), { zoom: 'far' });
    expect(s.drawing).toBe('nodes');
    expect(s.drawn).toHaveLength(450);
  });
});
