import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  byApproachability,
  byRepository,
  goodFirstPlaces,
  nodesInCell,
  skillsOfArea,
  whereToHelp,
  type ContributionRepo,
} from '../../../src/model/pathways';
import type { AtlasNode, Level, Skill } from '../../../src/model/types';
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
const skills: Skill[] = [
  { id: 'python', area: 'code', label: 'Python', description: '' },
  { id: 'kubernetes', area: 'clusters', label: 'Kubernetes', description: '' },
  { id: 'docker', area: 'clusters', label: 'Containers', description: '' },
  { id: 'documentation', area: 'docs', label: 'Documentation', description: '' },
];
const hubRepo = { docs: 'https://d', repo: 'https://github.com/x/hub' };
const atlas = atlasWith({
  skills,
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
    // Three components of one repository, as jupyterhub/jupyterhub holds many.
    node('hub', ['python'], 'intermediate', {
      links: hubRepo,
      contribute: { skills: ['python'], level: 'intermediate', first_issues: 'https://hub/fi' },
    }),
    node('a-authenticator', ['python'], 'novice', {
      links: hubRepo,
      contribute: {
        skills: ['python', 'documentation'],
        level: 'novice',
        first_issues: 'https://a/fi',
      },
    }),
    node('b-spawner', ['docker'], 'expert', { links: { ...hubRepo, repo: `${hubRepo.repo}/` } }),
  ],
});

describe('byRepository', () => {
  const repos = byRepository(atlas, atlas.nodes);
  const hub = repos.find((r) => r.name === 'x/hub');
  it.each<[string, () => unknown, unknown]>([
    [
      'one entry for three components (a trailing slash is the same repository)',
      () => repos.filter((r) => r.name === 'x/hub').length,
      1,
    ],
    [
      'the node named after the repository first, then by name',
      () => hub?.components.map((n) => n.id),
      ['hub', 'a-authenticator', 'b-spawner'],
    ],
    ['the entry level is the lowest any component asks for', () => hub?.entryLevel, 'novice'],
    [
      'skills in vocabulary order, each once',
      () => hub?.skills,
      ['python', 'docker', 'documentation'],
    ],
    ["one first-issues link, the lead component's", () => hub?.firstIssues, 'https://hub/fi'],
    [
      'components without a repository are left out',
      () => repos.some((r) => r.name === 'no-repo'),
      false,
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});

describe('byApproachability', () => {
  const repo = (name: string, over: Partial<ContributionRepo>): ContributionRepo => ({
    url: `https://github.com/x/${name}`,
    name,
    components: [],
    entryLevel: 'intermediate',
    skills: [],
    lastWork: '2025-01-01',
    ...over,
  });
  it.each<[string, Partial<ContributionRepo>, Partial<ContributionRepo>]>([
    [
      'a lower entry level beats a first-issue search',
      { entryLevel: 'novice' },
      { firstIssues: 'https://f' },
    ],
    [
      'a first-issue search beats recent work',
      { firstIssues: 'https://f' },
      { lastWork: '2026-01-01' },
    ],
    ['recent work breaks a tie', { lastWork: '2026-01-01' }, {}],
    ['any level beats none', {}, { entryLevel: undefined }],
    ['the name breaks a full tie', {}, {}],
  ])('%s', (_, first, second) => {
    const a = repo('a', first);
    const b = repo('b', second);
    expect([b, a].sort(byApproachability).map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('whereToHelp', () => {
  it.each<[string[], Level, string[]]>([
    [['kubernetes'], 'novice', ['x/spawner', 'x/docs-site']],
    [['kubernetes'], 'intermediate', ['x/spawner', 'x/docs-site', 'x/chart']],
    [['kubernetes'], 'mastery', ['x/spawner', 'x/docs-site', 'x/chart', 'x/deep']],
    [['documentation'], 'mastery', ['x/hub', 'x/docs-site']],
    [['python'], 'novice', ['x/hub', 'x/spawner']],
    [['r'], 'mastery', []],
  ])(
    '%j at %s → %j (approachable first; repositories once; no archived or repo-less projects)',
    (wanted, level, expected) => {
      expect(whereToHelp(atlas, wanted, level).map((r) => r.name)).toEqual(expected);
    },
  );

  it('counts in a repository only the components that matched', () => {
    const [hub] = whereToHelp(atlas, ['python'], 'novice');
    expect(hub?.components.map((n) => n.id)).toEqual(['a-authenticator']);
  });
});

describe('goodFirstPlaces', () => {
  it('offers each repository with a first-issue search once, the most approachable first', () => {
    expect(goodFirstPlaces(atlas).map((r) => r.name)).toEqual(['x/hub', 'x/spawner', 'x/chart']);
  });
});

describe('skillsOfArea and nodesInCell', () => {
  it.each<[string, string[]]>([
    ['clusters', ['kubernetes', 'docker']],
    ['code', ['python']],
    ['nowhere', []],
  ])('the area %s holds %j', (area, expected) => {
    expect(skillsOfArea(atlas, area)).toEqual(expected);
  });

  it.each<[Level, string[]]>([
    ['novice', ['docs-site', 'no-repo', 'old', 'spawner']],
    ['intermediate', ['chart']],
    ['expert', ['b-spawner', 'deep']],
    ['mastery', []],
  ])('clusters at %s → %j', (level, expected) => {
    expect(nodesInCell(atlas, 'clusters', level).map((n) => n.id)).toEqual(expected);
  });
});

describe('the levels', () => {
  it('are the same list in the app (model/types.ts) and in the schema the data is checked against', async () => {
    const { readFile } = await import('node:fs/promises');
    const common = JSON.parse(await readFile('graph-data/schema/common.schema.json', 'utf8')) as {
      $defs: { level: { enum: string[] } };
    };
    expect(common.$defs.level.enum).toEqual([...LEVELS]);
  });
});
