import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtlasNode, Kind, Relation, RelationType } from '../../../src/model/types';
import { BLOCK, layoutBlocks, pluralVerb } from '../../../src/pipeline/blocks';

const kind = (id: string, plural: string, layer: number, extra: Partial<Kind> = {}): Kind => ({
  id,
  label: plural.replace(/s$/, ''),
  plural,
  description: `${plural}.`,
  color: '#123456',
  layer,
  ...extra,
});
const node = (id: string, k: string): AtlasNode => ({
  id,
  name: id,
  kind: k,
  summary: '',
  status: 'active',
  aliases: [],
  links: { docs: 'https://example.org' },
  sources: [],
  file: `${id}.yaml`,
});
const rel = (from: string, type: string, to: string): Relation => ({
  id: `${from}--${type}-->${to}`,
  from,
  type,
  to,
});
const type = (id: string, label: string): RelationType => ({
  id,
  label,
  inverse: '',
  description: '',
  style: 'solid',
});

describe('pluralVerb', () => {
  it.each([
    ['starts', 'start'],
    ['plugs into', 'plug into'],
    ['sends requests to', 'send requests to'],
    ['is started by', 'are started by'],
    ['has', 'have'],
    ['pushes to', 'push to'],
    ['applies', 'apply'],
    ['runs on', 'run on'],
    ['can use', 'can use'],
    ['is part of', 'are part of'],
  ])('%s → %s', (label, plural) => expect(pluralVerb(label)).toBe(plural));
});

describe('layoutBlocks', () => {
  const kinds = [
    kind('client', 'Clients', 0),
    kind('hub', 'Hubs', 1),
    kind('spawner', 'Spawners', 2),
    kind('server', 'Single-user servers', 3),
    kind('community', 'Community', 1, { column: 'side' }),
  ];
  const nodes = [
    node('browser', 'client'),
    node('jupyterhub', 'hub'),
    node('kubespawner', 'spawner'),
    node('dockerspawner', 'spawner'),
    node('localspawner', 'spawner'),
    node('singleuser', 'server'),
    node('forum', 'community'),
  ];
  const relations = [
    rel('browser', 'sends-requests-to', 'jupyterhub'),
    rel('kubespawner', 'starts', 'singleuser'),
    rel('dockerspawner', 'starts', 'singleuser'),
    rel('kubespawner', 'plugs-into', 'jupyterhub'),
    rel('dockerspawner', 'plugs-into', 'jupyterhub'),
    rel('localspawner', 'plugs-into', 'jupyterhub'),
    rel('kubespawner', 'uses', 'dockerspawner'),
    rel('forum', 'supports', 'jupyterhub'),
  ];
  const relationTypes = [
    type('sends-requests-to', 'sends requests to'),
    type('starts', 'starts'),
    type('plugs-into', 'plugs into'),
    type('uses', 'uses'),
    type('supports', 'helps with'),
  ];
  const laid = layoutBlocks(
    { nodes, relations, kinds, relationTypes },
    { minCount: 3, always: ['sends-requests-to'] },
    mkdtempSync(join(tmpdir(), 'atlas-blocks-')),
  );

  it('stacks the main column by layer and puts side kinds beside it', async () => {
    const { blocks } = await laid;
    const at = (id: string) => blocks.find((b) => b.id === id)!;
    expect(blocks.map((b) => b.id)).toEqual(['client', 'hub', 'spawner', 'server', 'community']);
    expect(at('client').y).toBeLessThan(at('hub').y);
    expect(at('hub').y).toBeLessThan(at('spawner').y);
    expect(at('spawner').y - at('hub').y).toBe(BLOCK.height + BLOCK.gapY);
    expect(at('community').x).toBeGreaterThan(at('server').x + at('server').width);
    expect(at('spawner')).toMatchObject({
      count: 3,
      label: 'Spawners',
      highlights: ['dockerspawner', 'kubespawner', 'localspawner'],
    });
  });

  it('bundles relations per (block, type, block), counts distinct members, and words it', async () => {
    const { links } = await laid;
    const byId = Object.fromEntries(links.map((l) => [l.id, l]));
    expect(byId['spawner--plugs-into-->hub']).toMatchObject({
      count: 3,
      label: '3 plug into',
      sentence: '3 spawners plug into hubs',
      shown: true,
    });
    expect(byId['spawner--starts-->server']).toMatchObject({
      count: 2,
      sentence: '2 spawners start single-user servers',
      shown: false,
    });
    expect(byId['client--sends-requests-to-->hub']).toMatchObject({
      count: 1,
      sentence: '1 client sends requests to hubs',
      shown: true,
    });
    expect(byId['community--supports-->hub']?.shown).toBe(false);
    // Relations inside one block are not arrows between blocks; they are drawn when it opens.
    expect(links.some((l) => l.from === l.to)).toBe(false);
    expect((await laid).inner).toEqual(['kubespawner--uses-->dockerspawner']);
  });

  it('places every member inside its own block layout', async () => {
    const { nodes: placed, blocks } = await laid;
    expect(placed.map((p) => p.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    const spawner = blocks.find((b) => b.id === 'spawner')!;
    for (const p of placed.filter((p) => p.id.endsWith('spawner')))
      expect(p.x + p.width).toBeLessThanOrEqual(spawner.inner.width);
  });
});
