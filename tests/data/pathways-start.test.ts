/** Where can I help, before anything is ticked: over the real data. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goodFirstPlaces, whereToHelp } from '../../src/model/pathways';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas } = await buildAtlas({ root: ROOT, layout: false });
const places = goodFirstPlaces(atlas);

describe('good places to start', () => {
  it('offers eight repositories of live components with a good-first-issue search, each once', () => {
    expect(places).toHaveLength(8);
    for (const r of places) {
      expect(r.firstIssues).toMatch(/^https:\/\//);
      for (const n of r.components) expect(['active', 'maintenance']).toContain(n.status);
    }
    const repos = places.map((r) => r.url);
    expect(new Set(repos).size).toBe(repos.length);
  });

  it('puts the most approachable first, and among those the most recently worked on', () => {
    const order = ['novice', 'intermediate', 'expert', 'mastery'];
    const levels = places.map((r) => order.indexOf(r.entryLevel ?? 'mastery'));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const novices = places.filter((r) => r.entryLevel === places[0]?.entryLevel);
    const dates = novices.map((r) => r.lastWork);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists JupyterHub once, led by its own node, with the parts it holds', () => {
    const all = goodFirstPlaces(atlas, 1000);
    const hub = all.filter((r) => r.url === 'https://github.com/jupyterhub/jupyterhub');
    expect(hub).toHaveLength(1);
    expect(hub[0]?.name).toBe('jupyterhub/jupyterhub');
    expect(hub[0]?.components[0]?.id).toBe('jupyterhub');
    expect(hub[0]?.components.map((n) => n.id)).toContain('dummy-authenticator');
  });
});

describe('where can I help, with skills ticked', () => {
  it('counts repositories, not components: Python at intermediate', () => {
    const repos = whereToHelp(atlas, ['python'], 'intermediate');
    const urls = repos.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    const components = repos.reduce((n, r) => n + r.components.length, 0);
    expect(components).toBeGreaterThan(repos.length);
    expect(urls.filter((u) => u === 'https://github.com/jupyterhub/oauthenticator')).toHaveLength(
      1,
    );
  });
});
