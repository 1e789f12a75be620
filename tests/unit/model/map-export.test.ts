import { describe, expect, it } from 'vitest';
import type { FacetSelection } from '../../../src/model/facets';
import { indexAtlas } from '../../../src/model/graph';
import { mapExport } from '../../../src/model/map-export';
import { chain, SMALL } from '../../helpers/small-atlas';

const HUB_STARTS = 'hub--starts-->proxy';
const PLUGS = 'kubespawner--plugs-into-->hub';
const ROUTES = 'proxy--routes-to-->hub';

function exported({ atlas, view } = SMALL, facets: FacetSelection = {}, collapsed: string[] = []) {
  const data = mapExport({ index: indexAtlas(atlas), view, facets, collapsed: new Set(collapsed) });
  return {
    nodes: data.nodes.map((n) => n.id),
    relations: data.relations.map((r) => r.id),
    positions: data.positions.map((p) => p.id),
    groups: data.groups?.map((g) => `${g.id}: ${g.collapsed ? 'collapsed, ' : ''}${g.count}`),
  };
}

describe('the JSON export lists what the map shows', () => {
  it.each<[string, FacetSelection, string[], ReturnType<typeof exported>]>([
    [
      'the whole view',
      {},
      [],
      {
        nodes: ['hub', 'proxy', 'kubespawner'],
        relations: [HUB_STARTS, PLUGS, ROUTES],
        positions: ['hub', 'proxy', 'kubespawner'],
        groups: ['hub: 1', 'proxy: 1', 'spawner: 1'],
      },
    ],
    [
      'filtered: only what the filters keep, and the relations among it',
      { status: ['active'] },
      [],
      {
        nodes: ['hub', 'proxy'],
        relations: [HUB_STARTS, ROUTES],
        positions: ['hub', 'proxy'],
        groups: ['hub: 1', 'proxy: 1', 'spawner: 0'],
      },
    ],
    [
      'a collapsed group: its members are not drawn, and the group says how many it hides',
      {},
      ['spawner'],
      {
        nodes: ['hub', 'proxy'],
        relations: [HUB_STARTS, ROUTES],
        positions: ['hub', 'proxy'],
        groups: ['hub: 1', 'proxy: 1', 'spawner: collapsed, 1'],
      },
    ],
    [
      'filtered and collapsed',
      { kind: ['hub', 'spawner'] },
      ['spawner'],
      {
        nodes: ['hub'],
        relations: [],
        positions: ['hub'],
        groups: ['hub: 1', 'proxy: 0', 'spawner: collapsed, 1'],
      },
    ],
  ])('%s', (_what, facets, collapsed, expected) => {
    expect(exported(SMALL, facets, collapsed)).toEqual(expected);
  });

  it('lists every relation among the drawn nodes of a big view, not only the selection’s', () => {
    const data = exported(chain(150, false));
    expect(data.nodes).toHaveLength(150);
    expect(data.relations).toHaveLength(149);
    expect(data.groups).toBeUndefined();
  });
});
