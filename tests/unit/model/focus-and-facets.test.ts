import { describe, expect, it } from 'vitest';
import { facetOptions, matchesAll } from '../../../src/model/facets';
import { indexAtlas, neighbourhood, pathBetween } from '../../../src/model/graph';
import { buildAtlas } from '../../../src/pipeline/build';
import { facetsFrom, hopsFrom, pathTargetFrom } from '../../../src/state/url-state';
import { VALID } from '../../helpers/fixtures';

const { atlas } = await buildAtlas({ root: VALID, layout: false });
const index = indexAtlas(atlas);
const ids = (list: { id: string }[]) => list.map((n) => n.id).sort();

describe('facets', () => {
  it.each([
    [{}, ['hub', 'kubespawner', 'proxy']],
    [{ kind: ['spawner'] }, ['kubespawner']],
    [{ kind: ['spawner', 'proxy'] }, ['kubespawner', 'proxy']],
    [{ status: ['active'] }, ['hub', 'proxy']],
    [{ persona: ['newcomer'] }, ['hub', 'proxy']],
    [{ skill: ['python'] }, ['kubespawner']],
    [{ kind: ['spawner'], status: ['active'] }, []],
  ])('%j keeps %j', (selection, expected) => {
    expect(ids(atlas.nodes.filter((n) => matchesAll(index, n, selection)))).toEqual(expected);
  });

  it('counts what each choice would leave, given the other facets', () => {
    const options = facetOptions(index, atlas.nodes, { status: ['active'] });
    expect(options.kind).toEqual([
      { value: 'hub', label: 'Hubs', count: 1 },
      { value: 'spawner', label: 'Spawners', count: 0 },
      { value: 'proxy', label: 'Proxies', count: 1 },
    ]);
    // A facet's own choice does not narrow its counts: both statuses stay offered.
    expect(options.status).toEqual([
      { value: 'active', label: 'Active', count: 2 },
      { value: 'experimental', label: 'Experimental', count: 1 },
    ]);
    expect(options.persona.map((o) => [o.value, o.count])).toEqual([
      ['newcomer', 2],
      ['deployer', 2],
    ]);
  });
});

describe('focus', () => {
  it.each([
    ['proxy', 1, ['hub', 'proxy']],
    ['proxy', 2, ['hub', 'kubespawner', 'proxy']],
    ['kubespawner', 1, ['hub', 'kubespawner']],
  ] as const)('%s within %i hop(s) → %j', (id, hops, expected) => {
    expect([...neighbourhood(index, id, hops)].sort()).toEqual(expected);
  });

  it.each([
    ['kubespawner', 'proxy', ['kubespawner--plugs-into-->hub', 'hub--starts-->proxy']],
    ['proxy', 'kubespawner', ['proxy--routes-to-->hub', 'kubespawner--plugs-into-->hub']],
    ['hub', 'hub', []],
    ['hub', 'nope', null],
  ])('path from %s to %s', (from, to, expected) => {
    const chain = pathBetween(index, from, to);
    expect(chain === null ? null : chain.map((r) => r.id)).toEqual(expected);
  });
});

describe('focus and facet URL parameters', () => {
  it.each([
    [
      '?kind=spawner,authenticator&status=active',
      { kind: ['spawner', 'authenticator'], status: ['active'] },
    ],
    ['?kind=spawner,,spawner', { kind: ['spawner'] }],
    ['?kind=%3Cscript%3E,Spawner,ok-1', { kind: ['ok-1'] }],
    ['?persona=', {}],
    [
      `?skill=${Array.from({ length: 40 }, (_, i) => `s${i}`).join(',')}`,
      { skill: Array.from({ length: 30 }, (_, i) => `s${i}`) },
    ],
  ])('%s → %j', (search, expected) => {
    expect(facetsFrom(search)).toEqual(expected);
  });

  it.each([
    ['?hops=2', 2],
    ['?hops=1', 1],
    ['?hops=99', 1],
    ['?hops=-2', 1],
    ['', 1],
  ])('%s → %i hops', (search, hops) => {
    expect(hopsFrom(search)).toBe(hops);
  });

  it('reads the path target', () => {
    expect(pathTargetFrom('?node=a&to=kubespawner')).toBe('kubespawner');
    expect(pathTargetFrom('?to=')).toBeNull();
  });
});
