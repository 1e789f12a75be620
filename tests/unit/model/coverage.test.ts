import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/model/coverage';
import type { Atlas, AtlasNode } from '../../../src/model/types';
import { atlasWith } from '../../helpers/atlas';

const base: AtlasNode = {
  id: 'x',
  name: 'X',
  kind: 'spawner',
  summary: 'A node used to test the coverage report.',
  status: 'active',
  aliases: [],
  links: { docs: 'https://example.org', repo: 'https://github.com/example/x' },
  sources: [{ url: 'https://example.org/src' }],
  file: 'graph-data/nodes/spawner/x.yaml',
};
const full = {
  doc: 'nodes/x',
  config: { traitlet: 'c.JupyterHub.spawner_class', value: 'x' },
  contribute: { guide: 'https://g', first_issues: 'https://f', help_wanted: 'https://h' },
};

function atlasOf(nodes: AtlasNode[]): Atlas {
  return atlasWith({
    nodes,
    kinds: [
      { id: 'spawner', label: 'Spawner', plural: 'Spawners', description: '', color: '#000000' },
      { id: 'tool', label: 'Tool', plural: 'Tools', description: '', color: '#000000' },
    ],
  });
}

describe('coverage', () => {
  it.each([
    ['a complete spawner', { ...base, ...full }, []],
    ['a spawner with nothing optional', base, ['doc', 'contribute', 'config']],
    [
      'a tool without config (not expected of tools)',
      { ...base, kind: 'tool', doc: 'nodes/x' },
      ['contribute'],
    ],
    [
      'contribute without help wanted',
      { ...base, ...full, contribute: { guide: 'https://g', first_issues: 'https://f' } },
      ['contribute'],
    ],
    ['a node whose sources are empty', { ...base, ...full, sources: [] }, ['sources']],
    [
      'a service with no repository (no contribute links expected)',
      { ...base, kind: 'tool', doc: 'nodes/x', links: { docs: 'https://example.org' } },
      [],
    ],
  ])('%s misses %j', (_, node, missing) => {
    expect(coverage(atlasOf([node as AtlasNode])).nodes[0]?.missing).toEqual(missing);
  });

  it('counts nodes per kind, in vocabulary order, and the shares', () => {
    const report = coverage(
      atlasOf([{ ...base, ...full }, base, { ...base, id: 'y', kind: 'tool' }]),
    );
    expect(report.byKind).toEqual([
      { kind: 'spawner', count: 2 },
      { kind: 'tool', count: 1 },
    ]);
    expect(report.share).toEqual({ doc: 1 / 3, contribute: 1 / 3, config: 2 / 3, sources: 1 });
  });
});
