import { describe, expect, it } from 'vitest';
import { flowCache, flowEdges, flowNodes } from '../../../src/features/map/flow';
import { indexAtlas } from '../../../src/model/graph';
import { scene, shownNodes, type SceneInput } from '../../../src/model/scene';
import { SMALL } from '../../helpers/small-atlas';

const index = indexAtlas(SMALL.atlas);
const handlers = { onSelect: () => {}, onFocusNode: () => {}, onToggleGroup: () => {} };

function sceneWith(state: Partial<SceneInput>) {
  const collapsed = state.collapsed ?? new Set<string>();
  return scene({
    index,
    view: SMALL.view,
    shown: shownNodes(index, SMALL.view, {}, collapsed),
    selected: null,
    hops: 1,
    target: null,
    collapsed,
    zoom: 'near',
    framed: true,
    ...state,
  });
}

describe('the flow objects of a scene', () => {
  it('keep their identity while their look is unchanged, so React Flow re-renders only what changed', () => {
    const cache = flowCache();
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((n) => [n.id, n]));
    const oneHop = sceneWith({ selected: 'proxy' });
    const before = byId(flowNodes(oneHop, cache, handlers));
    const edgesBefore = byId(flowEdges(oneHop, cache, index));
    // Two hops from the proxy reach the spawner too: it alone changes its look.
    const twoHops = sceneWith({ selected: 'proxy', hops: 2 });
    const after = byId(flowNodes(twoHops, cache, handlers));
    const edgesAfter = byId(flowEdges(twoHops, cache, index));
    const kept = (a: Map<string, unknown>, b: Map<string, unknown>) =>
      [...b].filter(([id, n]) => a.get(id) === n).map(([id]) => id);
    expect(kept(before, after).sort()).toEqual([
      'group:hub',
      'group:proxy',
      'group:spawner',
      'hub',
      'proxy',
    ]);
    expect(after.get('kubespawner')).toMatchObject({ data: { emphasis: 'neighbour' } });
    // Its relation is still dimmed: no relation is rebuilt.
    expect(kept(edgesBefore, edgesAfter)).toHaveLength(3);
    // The same scene again rebuilds nothing.
    const again = byId(flowNodes(sceneWith({ selected: 'proxy', hops: 2 }), cache, handlers));
    expect(kept(after, again)).toHaveLength(after.size);
  });

  it('are handed to React Flow in the scene’s reading order, each box before its members', () => {
    const nodes = flowNodes(sceneWith({}), flowCache(), handlers);
    expect(nodes.map((n) => n.id)).toEqual([
      'group:hub',
      'hub',
      'group:proxy',
      'proxy',
      'group:spawner',
      'kubespawner',
    ]);
    expect(nodes.find((n) => n.id === 'hub')).toMatchObject({
      type: 'kind',
      hidden: false,
      width: 200,
      height: 60,
      measured: { width: 200, height: 60 },
    });
  });
});
