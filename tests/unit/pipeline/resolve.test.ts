import { describe, expect, it } from 'vitest';
import { indexAtlas, neighbourhood, relationsOf } from '../../../src/model/graph';
import { buildAtlas } from '../../../src/pipeline/build';
import { VALID } from '../../helpers/fixtures';

const { atlas, problems } = await buildAtlas({ root: VALID, layout: false });
const index = indexAtlas(atlas);

describe('resolving the valid fixture', () => {
  it('has no problems and keeps every relation once, as written', () => {
    expect(problems).toEqual([]);
    expect(atlas.relations.map((r) => r.id).sort()).toEqual([
      'hub--starts-->proxy',
      'kubespawner--plugs-into-->hub',
      'proxy--routes-to-->hub',
    ]);
  });

  it('attaches the doc under docs/nodes/<id>.mdx to its node', () => {
    expect(index.nodeById.get('hub')?.doc).toBe('nodes/hub');
    expect(index.nodeById.get('proxy')?.doc).toBeUndefined();
  });

  it.each([
    [
      'hub',
      [
        'starts Test Proxy',
        'accepts the plugin Test KubeSpawner',
        'receives traffic routed by Test Proxy',
      ],
    ],
    ['proxy', ['routes to Test Hub', 'is started by Test Hub']],
    ['kubespawner', ['plugs into Test Hub']],
  ])('reads the relations of %s from its side, reverse ones derived', (id, expected) => {
    expect(relationsOf(index, id).map((r) => `${r.label} ${r.other.name}`)).toEqual(expected);
  });

  it('finds the neighbourhood of a node in both directions', () => {
    expect([...neighbourhood(index, 'proxy')].sort()).toEqual(['hub', 'proxy']);
    expect([...neighbourhood(index, 'hub')].sort()).toEqual(['hub', 'kubespawner', 'proxy']);
  });
});

describe('views', () => {
  it('lays out each view over the nodes it includes, with the relations among them, in order', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-views-'));
    try {
      const { atlas: laid } = await buildAtlas({ root: VALID, cacheDir });
      expect(
        laid.views
          .filter((v) => v.purpose !== 'path')
          .map((v) => [v.id, v.nodes.map((n) => n.id).sort(), v.relations.sort()]),
      ).toEqual([
        ['core', ['hub', 'proxy'], ['hub--starts-->proxy', 'proxy--routes-to-->hub']],
        [
          'everything',
          ['hub', 'kubespawner', 'proxy'],
          ['hub--starts-->proxy', 'kubespawner--plugs-into-->hub', 'proxy--routes-to-->hub'],
        ],
      ]);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('path views', () => {
  it('gives each guided path a map of the nodes its steps focus on', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-path-views-'));
    try {
      const { atlas: laid } = await buildAtlas({ root: VALID, cacheDir });
      const view = laid.views.find((v) => v.id === 'path-tour');
      expect(view?.purpose).toBe('path');
      expect(view?.nodes.map((n) => n.id).sort()).toEqual(['hub', 'kubespawner', 'proxy']);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
