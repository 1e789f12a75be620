import { describe, expect, it } from 'vitest';
import { nodesInCell, whereToHelp } from '../../../src/model/pathways';
import type { AtlasNode, Level, Pathways } from '../../../src/model/types';
import { atlasWith } from '../../helpers/atlas';

const node = (
  id: string,
  skills: string[],
  level: Level,
  extra: Partial<AtlasNode> = {},
): AtlasNode => ({
  id,
  name: id,
  kind: 'spawner',
  summary: '',
  status: 'active',
  aliases: [],
  links: { docs: 'https://d', repo: `https://github.com/x/${id}` },
  sources: [{ url: 'https://s' }],
  file: '',
  contribute: { skills, level, guide: 'https://g', ...(extra.contribute ?? {}) },
  ...extra,
});
const atlas = atlasWith({
  nodes: [
    node('chart', ['kubernetes'], 'intermediate', {
      contribute: { skills: ['kubernetes'], level: 'intermediate', first_issues: 'https://f' },
    }),
    node('docs-site', ['documentation', 'kubernetes'], 'novice'),
    node('spawner', ['kubernetes', 'python'], 'novice', {
      contribute: { skills: ['kubernetes', 'python'], level: 'novice', first_issues: 'https://f' },
    }),
    node('deep', ['kubernetes'], 'expert'),
    node('old', ['kubernetes'], 'novice', { status: 'archived' }),
    node('no-repo', ['kubernetes'], 'novice', { links: { docs: 'https://d' } }),
  ],
});
const pathways: Pathways = {
  roles: [],
  levels: [],
  areas: [{ id: 'clusters', label: 'Kubernetes', skills: ['kubernetes', 'docker'] }],
  cells: [],
  sources: [],
};

describe('whereToHelp', () => {
  it.each<[string[], Level, string[]]>([
    [['kubernetes'], 'novice', ['spawner', 'docs-site']],
    [['kubernetes'], 'intermediate', ['spawner', 'docs-site', 'chart']],
    [['kubernetes'], 'mastery', ['spawner', 'docs-site', 'chart', 'deep']],
    [['documentation'], 'mastery', ['docs-site']],
    [['r'], 'mastery', []],
  ])(
    '%j at %s → %j (approachable first; no archived or repo-less projects)',
    (skills, level, expected) => {
      expect(whereToHelp(atlas, skills, level).map((n) => n.id)).toEqual(expected);
    },
  );
});

describe('nodesInCell', () => {
  it.each<[Level, string[]]>([
    ['novice', ['docs-site', 'no-repo', 'old', 'spawner']],
    ['intermediate', ['chart']],
    ['mastery', []],
  ])('kubernetes at %s → %j', (level, expected) => {
    expect(nodesInCell(atlas, pathways, 'clusters', level).map((n) => n.id)).toEqual(expected);
  });
});
