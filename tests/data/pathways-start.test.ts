/** Where can I help, before anything is ticked: over the real data. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goodFirstPlaces } from '../../src/model/pathways';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas } = await buildAtlas({ root: ROOT, layout: false });
const places = goodFirstPlaces(atlas);

describe('good places to start', () => {
  it('offers eight live projects with a good-first-issue search, one per repository', () => {
    expect(places).toHaveLength(8);
    for (const n of places) {
      expect(n.contribute?.first_issues).toMatch(/^https:\/\//);
      expect(['active', 'maintenance']).toContain(n.status);
    }
    const repos = places.map((n) => n.links.repo);
    expect(new Set(repos).size).toBe(repos.length);
  });

  it('puts the most approachable first, and among those the most recently worked on', () => {
    const order = ['novice', 'intermediate', 'expert', 'mastery'];
    const levels = places.map((n) => order.indexOf(n.contribute?.level ?? 'mastery'));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const novices = places.filter((n) => n.contribute?.level === places[0]?.contribute?.level);
    const dates = novices.map((n) => n.activity?.lastCommit?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('names a repository after its own node: JupyterHub, not one of its parts', () => {
    const all = goodFirstPlaces(atlas, 1000);
    const hub = all.filter((n) => n.links.repo === 'https://github.com/jupyterhub/jupyterhub');
    expect(hub.map((n) => n.id)).toEqual(['jupyterhub']);
  });
});
