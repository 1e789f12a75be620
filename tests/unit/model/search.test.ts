import { describe, expect, it } from 'vitest';
import { createSearch, tokenize } from '../../../src/model/search';
import { buildAtlas } from '../../../src/pipeline/build';
import { VALID } from '../../helpers/fixtures';

const { atlas } = await buildAtlas({ root: VALID, layout: false });
const engine = createSearch(atlas);

describe('tokenize', () => {
  it.each([
    ['KubeSpawner', ['kubespawner']],
    ['kubespawner.KubeSpawner', ['kubespawner.kubespawner', 'kubespawner', 'kubespawner']],
    [
      'c.JupyterHub.spawner_class',
      ['c.jupyterhub.spawner_class', 'c', 'jupyterhub', 'spawner', 'class'],
    ],
    [
      'jupyterhub.spawners kubernetes',
      ['jupyterhub.spawners', 'jupyterhub', 'spawners', 'kubernetes'],
    ],
    ['  "quoted", (parens) ', ['quoted', 'parens']],
  ])('%s → %j', (text, terms) => {
    expect(tokenize(text)).toEqual(terms);
  });
});

describe('createSearch', () => {
  it.each([
    ['Test KubeSpawner', 'kubespawner', 'name', undefined],
    ['kubespawner', 'kubespawner', 'name', undefined],
    ['kubespawner.KubeSpawner', 'kubespawner', 'class path', 'kubespawner.KubeSpawner'],
    ['kubespawner:KubeSpawner', 'kubespawner', 'class path', 'kubespawner:KubeSpawner'],
    ['kubernetes', 'kubespawner', 'entry point', 'kubernetes'],
    ['c.JupyterHub.spawner_class', 'kubespawner', 'config', 'c.JupyterHub.spawner_class'],
    ['spawner', 'kubespawner', 'config', 'c.JupyterHub.spawner_class'],
    ['kubespawnr', 'kubespawner', 'name', undefined],
    ['prox', 'proxy', 'name', undefined],
  ])('%s finds %s first, matched in %s', (query, id, matchedIn, matchedText) => {
    const [first] = engine.search(query);
    expect(first?.node.id).toBe(id);
    expect(first?.matchedIn).toBe(matchedIn);
    expect(first?.matchedText).toBe(matchedText);
  });

  it('finds nothing for blank or unrelated queries', () => {
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('zzzzqqqq')).toEqual([]);
  });

  it('requires every word to match', () => {
    expect(engine.search('test hub').map((h) => h.node.id)).toEqual(['hub']);
  });
});
