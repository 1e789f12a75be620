import { describe, expect, it } from 'vitest';
import {
  links,
  ownedSearch,
  readParam,
  routeOf,
  ROUTES,
  withBase,
} from '../../../src/state/routes';

describe('route table', () => {
  it.each([
    ['/', 'map'],
    ['/?node=jupyterhub', 'map'],
    ['/paths', 'paths'],
    ['/paths/what-happens-when-you-log-in', 'pathStep'],
    ['/paths/what-happens-when-you-log-in/3', 'pathStep'],
    ['/compare', 'compare'],
    ['/choose/', 'choose'],
    ['/config', 'config'],
    ['/compose', 'compose'],
    ['/nowhere', null],
  ])('%s belongs to %s', (location, route) => {
    expect(routeOf(location)).toBe(route);
  });

  it.each([
    // A gallery parameter does not follow to the map unless the map owns it too…
    ['compare', '?a=tljh&persona=newcomer&q=hub', '?a=tljh&q=hub'],
    // …and the map keeps its own, the shared query included.
    ['map', '?node=hub&a=tljh&q=x&embed=1', '?node=hub&q=x&embed=1'],
    ['pathways', '?skills=python&node=hub', '?skills=python'],
    ['architectures', '?a=b', ''],
  ] as const)('moving to %s from %s keeps %s', (route, search, kept) => {
    expect(ownedSearch(route, search)).toBe(kept);
  });

  it('builds links through the codecs, leaving defaults out', () => {
    expect(links.compare('a-1', 'b-2', 'c-3', 'd-4')).toBe('/compare?a=a-1&b=b-2&c=c-3');
    expect(links.pathStep('build-a-hub-by-hand', 4)).toBe('/paths/build-a-hub-by-hand/4');
    expect(links.pathways({ skills: ['python', 'kubernetes'], level: 'novice' })).toBe(
      '/pathways?skills=python%2Ckubernetes',
    );
    expect(links.pathways({ skills: ['python'], level: 'expert' })).toBe(
      '/pathways?skills=python&level=expert',
    );
    expect(links.map({ node: 'jupyterhub', hops: '1', mode: 'outline' })).toBe(
      '/?node=jupyterhub&mode=outline',
    );
    expect(links.architecture('zero-to-jupyterhub')).toBe('/architectures#zero-to-jupyterhub');
    expect(links.choose({ users: '30', ops: '1' })).toBe('/choose?users=30&ops=1');
    expect(withBase('/paths', '/atlas/')).toBe('/atlas/paths');
  });

  it('parses what it builds, and refuses what is not in a route', () => {
    const url = links.map({ node: 'kubespawner', kind: ['spawner', 'hub'], hops: '2' });
    const search = url.slice(1);
    expect(readParam('map', 'node', search)).toBe('kubespawner');
    expect(readParam('map', 'kind', search)).toEqual(['spawner', 'hub']);
    expect(readParam('map', 'hops', search)).toBe('2');
    expect(readParam('map', 'hops', '?hops=9')).toBe('1');
    expect(links.compose({ auth: 'github-oauthenticator', mem: '2G', cull: null })).toBe(
      '/compose?auth=github-oauthenticator&mem=2G',
    );
    expect(() => links.compose({ nope: '1' })).toThrow('route compose owns no parameter nope');
    // Every route's pattern is a path of its own.
    const patterns = Object.values(ROUTES).map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
