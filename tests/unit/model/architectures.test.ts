import { describe, expect, it } from 'vitest';
import {
  diffArchitectures,
  explainFit,
  guidedPathFor,
  normalisedValue,
  rankArchitectures,
  rowDiffers,
  type Answers,
} from '../../../src/model/architectures';
import { indexAtlas } from '../../../src/model/graph';
import type {
  ChooserFacts,
  GuidedPath,
  KeepsFiles,
  ReferenceArchitecture,
  RunsOn,
  TeamSkill,
} from '../../../src/model/types';
import { atlasWith } from '../../helpers/atlas';

const src = 'https://example.org';
function facts(
  runsOn: RunsOn | 'unknown',
  skill: TeamSkill | 'unknown',
  keeps: KeepsFiles | 'unknown',
): ChooserFacts {
  return {
    'runs-on': { value: runsOn, source: src },
    'team-skill': { value: skill, says: `asks ${skill}`, source: src },
    'keeps-files': { value: keeps, source: src },
  };
}
function arch(
  id: string,
  nodes: string[],
  attributes: ReferenceArchitecture['attributes'],
  chooser?: ChooserFacts,
  status?: 'archived',
): ReferenceArchitecture {
  return {
    id,
    name: id,
    fit: '',
    ...(status ? { status } : {}),
    components: nodes.map((node) => ({ node, role: 'other' })),
    attributes,
    ...(chooser ? { chooser } : {}),
    deployments: [],
    sources: [],
  };
}
const small = arch(
  'small',
  ['hub', 'systemd'],
  {
    scale: [{ value: 'up to 100', rank: 2, source: src }],
    'operations-skill': [{ value: 'little', rank: 1, source: src }],
    persistence: [{ value: 'home directories on the machine', source: src }],
    gpu: [{ value: 'unknown' }],
  },
  facts('vm', 'little', 'kept'),
);
const big = arch(
  'big',
  ['hub', 'kubernetes'],
  {
    scale: [{ value: 'thousands', rank: 5, source: src }],
    'operations-skill': [{ value: 'a platform team', rank: 5, source: src }],
    persistence: [{ value: 'a volume per user', source: src }],
    gpu: [{ value: 'GPU profiles', source: src }],
    scaling: [{ value: 'autoscaling', rank: 5, source: src }],
  },
  facts('kubernetes', 'platform', 'kept'),
);
// Its persistence text says nothing about destruction: the fact decides, not the wording.
const binder = arch(
  'binder',
  ['hub', 'kubernetes', 'repo2docker'],
  {
    scale: [{ value: 'unknown' }],
    persistence: [{ value: 'Sessions end after a while', source: src }],
  },
  facts('kubernetes', 'unknown', 'throwaway'),
);
const old = arch(
  'old',
  ['hub', 'systemd'],
  { scale: [{ value: 'up to 100', rank: 2, source: src }] },
  facts('vm', 'little', 'kept'),
  'archived',
);
// Run for you: its operations effort is ranked high, yet it asks nothing of your team.
const managed = arch(
  'managed',
  ['hub', 'kubernetes', 'site'],
  {
    scale: [{ value: 'unknown' }],
    'operations-skill': [{ value: 'a provider runs it', rank: 4, source: src }],
  },
  facts('managed', 'none', 'kept'),
);
// Nothing known for the chooser: every answer about it is "not documented".
const blank = arch('blank', ['hub'], {});

const node = (id: string, kind: string) => ({
  id,
  name: id,
  kind,
  summary: '',
  status: 'active' as const,
  aliases: [],
  links: { docs: src },
  sources: [{ url: src }],
  file: '',
});
const atlas = atlasWith({
  nodes: [
    node('hub', 'hub'),
    node('systemd', 'infrastructure'),
    node('kubernetes', 'infrastructure'),
    node('repo2docker', 'tool'),
    node('site', 'site'),
  ],
  architectures: [small, big, binder, old],
});
const index = indexAtlas(atlas);
const withManaged = indexAtlas({ ...atlas, architectures: [small, big, managed, blank] });

describe('diffArchitectures', () => {
  it.each([
    [[small, big], ['hub'], { small: ['systemd'], big: ['kubernetes'] }],
    [[big, binder], ['hub', 'kubernetes'], { big: [], binder: ['repo2docker'] }],
    [[small, big, binder], ['hub'], { small: ['systemd'], big: [], binder: ['repo2docker'] }],
  ])('%#', (archs, shared, only) => {
    expect(diffArchitectures(archs)).toEqual({ shared, only });
  });
});

describe('normalisedValue and rowDiffers: a row differs only where known values differ', () => {
  const a = (attributes: ReferenceArchitecture['attributes'], chooser?: ChooserFacts) =>
    arch('x', ['hub'], attributes, chooser);
  const text = (...values: string[]) => values.map((value) => ({ value, source: src }));
  it.each<[string, string, ReferenceArchitecture, ReferenceArchitecture, string | null, boolean]>([
    // [case, attribute, first, second, first's normalised value, differs]
    [
      'a ranked row: same rank, other words',
      'scale',
      a({ scale: [{ value: 'up to 100 users', rank: 2, source: src }] }),
      a({ scale: [{ value: 'a few dozen people', rank: 2, source: src }] }),
      '2',
      false,
    ],
    [
      'a ranked row: other ranks',
      'scale',
      a({ scale: [{ value: 'up to 100', rank: 2, source: src }] }),
      a({ scale: [{ value: 'thousands', rank: 5, source: src }] }),
      '2',
      true,
    ],
    [
      'a ranked row with its highest rank',
      'scale',
      a({
        scale: [
          { value: 'small', rank: 1, source: src },
          { value: 'medium', rank: 3, source: src },
        ],
      }),
      a({ scale: [{ value: 'medium', rank: 3, source: src }] }),
      '3',
      false,
    ],
    [
      'a text row: case, punctuation and spacing aside',
      'authentication',
      a({ authentication: text('GitHub OAuth.') }),
      a({ authentication: text('github  oauth') }),
      'github oauth',
      false,
    ],
    [
      'a text row: other words',
      'authentication',
      a({ authentication: text('GitHub OAuth') }),
      a({ authentication: text('LDAP') }),
      'github oauth',
      true,
    ],
    [
      'a text row: the same values in another order',
      'maturity',
      a({ maturity: text('stable', 'audited') }),
      a({ maturity: text('Audited', 'Stable') }),
      'audited | stable',
      false,
    ],
    [
      'unknown on one side is not a difference',
      'gpu',
      a({ gpu: [{ value: 'unknown' }] }),
      a({ gpu: text('GPU profiles') }),
      null,
      false,
    ],
    ['a missing attribute is unknown', 'gpu', a({}), a({}), null, false],
    [
      'a chooser fact decides its row, whatever the words',
      'infrastructure',
      a({ infrastructure: text('One server with root') }, facts('vm', 'little', 'kept')),
      a({ infrastructure: text('A single Linux machine') }, facts('vm', 'some', 'kept')),
      'vm',
      false,
    ],
    [
      'a chooser fact that differs',
      'persistence',
      a({ persistence: text('home directories') }, facts('vm', 'little', 'kept')),
      a({ persistence: text('home directories') }, facts('vm', 'little', 'throwaway')),
      'kept',
      true,
    ],
    [
      'team skill decides the operations row, not the effort rank',
      'operations-skill',
      a(
        { 'operations-skill': [{ value: 'x', rank: 2, source: src }] },
        facts('vm', 'little', 'kept'),
      ),
      a(
        { 'operations-skill': [{ value: 'y', rank: 2, source: src }] },
        facts('managed', 'none', 'kept'),
      ),
      'little',
      true,
    ],
    [
      'an unknown chooser fact is unknown',
      'persistence',
      a({ persistence: text('files') }, facts('vm', 'little', 'unknown')),
      a({ persistence: text('other files') }, facts('vm', 'little', 'kept')),
      null,
      false,
    ],
    [
      'without chooser facts the text decides',
      'infrastructure',
      a({ infrastructure: text('One server') }),
      a({ infrastructure: text('Kubernetes') }),
      'one server',
      true,
    ],
  ])('%s', (_, attribute, first, second, value, differs) => {
    expect(normalisedValue(first, attribute)).toBe(value);
    expect(rowDiffers([first, second], attribute)).toBe(differs);
  });

  it('three columns differ when any two known values do', () => {
    expect(rowDiffers([small, old, big], 'scale')).toBe(true);
    expect(rowDiffers([small, old], 'scale')).toBe(false);
  });
});

describe('rankArchitectures', () => {
  it.each<[string, Answers, string[]]>([
    [
      'a class of 30 on one VM, little ops skill',
      { users: '30', infra: 'vm', ops: '1' },
      ['small', 'old', 'binder', 'big'],
    ],
    [
      'thousands on Kubernetes with a platform team, files kept',
      { users: '10000', infra: 'kubernetes', ops: '5', storage: 'persistent' },
      ['big', 'binder', 'small', 'old'],
    ],
    [
      'throwaway sessions on Kubernetes',
      { infra: 'kubernetes', storage: 'ephemeral' },
      ['big', 'binder', 'small', 'old'],
    ],
  ])('%s', (_, answers, order) => {
    expect(rankArchitectures(index, answers).map((r) => r.arch.id)).toEqual(order);
  });

  it('explains each rise and fall, with what the data says', () => {
    const ranked = rankArchitectures(index, { users: '30', infra: 'vm', ops: '1', gpu: 'yes' });
    const first = ranked[0];
    const archived = ranked.find((r) => r.arch.id === 'old');
    expect(first?.reasons.map((r) => [r.delta, r.text])).toEqual([
      [4, 'runs on one machine, which you have'],
      [2, 'documented for this many users'],
      [2, 'fits your team’s operations skill'],
      [-1, 'GPU support is not documented'],
    ]);
    expect(first?.reasons.find((r) => r.question === 'ops')).toMatchObject({
      detail: 'asks little',
      source: src,
    });
    expect(archived?.reasons[0]).toEqual({ delta: -5, text: 'archived: no further releases' });
    expect(ranked.find((r) => r.arch.id === 'big')?.reasons).toContainEqual(
      expect.objectContaining({ delta: -3, text: 'needs a Kubernetes cluster' }),
    );
  });

  it('reads whether files are kept from the chooser fact, not the wording', () => {
    const ranked = rankArchitectures(index, { storage: 'persistent' });
    expect(ranked.find((r) => r.arch.id === 'binder')?.reasons).toContainEqual(
      expect.objectContaining({ delta: -4, text: 'does not keep users’ files' }),
    );
    expect(ranked.find((r) => r.arch.id === 'small')?.reasons).toContainEqual(
      expect.objectContaining({ delta: 1, text: 'keeps users’ files' }),
    );
  });

  it.each<[string, string, number, string]>([
    // [team, architecture, delta, verdict]
    ['1', 'small', 2, 'fits your team’s operations skill'],
    ['1', 'big', -4, 'asks more operations skill than your team has'],
    ['3', 'big', -2, 'asks more operations skill than your team has'],
    ['5', 'big', 2, 'fits your team’s operations skill'],
    ['1', 'managed', 2, 'is run for you, so your team needs no operations skill for it'],
    ['1', 'blank', 0, 'the operations skill it asks of your team is not documented'],
  ])('a team answering ops=%s and %s: %i, %s', (ops, id, delta, text) => {
    const reason = rankArchitectures(withManaged, { ops })
      .find((r) => r.arch.id === id)
      ?.reasons.find((r) => r.question === 'ops');
    expect(reason).toMatchObject({ delta, text });
  });

  it.each<[Answers['infra'], string, number, string]>([
    ['vm', 'small', 4, 'runs on one machine, which you have'],
    ['vm', 'managed', 1, 'is run for you, so your own infrastructure is not needed'],
    ['none', 'managed', 4, 'runs on nothing of your own (it is run for you), which you have'],
    ['none', 'small', -3, 'needs one machine that you would have to run'],
    ['hpc', 'big', -3, 'needs a Kubernetes cluster'],
    ['vm', 'blank', 0, 'what it runs on is not documented'],
  ])('infra=%s and %s: %i, %s', (infra, id, delta, text) => {
    const reason = rankArchitectures(withManaged, { infra })
      .find((r) => r.arch.id === id)
      ?.reasons.find((r) => r.question === 'infra');
    expect(reason).toMatchObject({ delta, text });
  });
});

describe('explainFit: a score in words', () => {
  const explain = (answers: Answers, id: string) =>
    explainFit(rankArchitectures(withManaged, answers).find((r) => r.arch.id === id)!);
  it.each<[string, Answers, string, string]>([
    [
      'fits everything asked',
      { users: '30', infra: 'vm', ops: '1' },
      'small',
      'Fits how many people, what you run and your team’s skill.',
    ],
    [
      'fits some, not others',
      { users: '30', infra: 'vm', ops: '1', storage: 'persistent' },
      'big',
      'Fits how many people and keeping files. Does not fit: what you run and your team’s skill.',
    ],
    [
      'what its sources leave open',
      { users: '30', infra: 'vm', gpu: 'yes' },
      'blank',
      'Fits none of your answers. Not documented: how many people, what you run and GPUs.',
    ],
    [
      'a managed service for a team that wants one',
      { infra: 'none', ops: '1', pay: 'service' },
      'managed',
      'Fits what you run, your team’s skill and how you pay.',
    ],
    [
      'running it yourself when you want a service does not fit',
      { pay: 'service' },
      'small',
      'Fits none of your answers. Does not fit: how you pay.',
    ],
  ])('%s', (_, answers, id, words) => {
    expect(explain(answers, id)).toBe(words);
  });

  it('says what counts whatever you answer', () => {
    const ranked = rankArchitectures(index, { infra: 'vm' }).find((r) => r.arch.id === 'old')!;
    expect(explainFit(ranked)).toBe('Fits what you run. Also archived: no further releases.');
  });
});

describe('guidedPathFor', () => {
  const path = (id: string, focus: string[][]): GuidedPath =>
    ({ id, title: id, steps: focus.map((f) => ({ focus: f })) }) as unknown as GuidedPath;
  const paths = [
    path('hub-basics', [['hub'], ['hub', 'systemd']]),
    path('kubernetes', [['kubernetes'], ['hub']]),
    path('binder', [['repo2docker', 'kubernetes']]),
  ];
  it.each<[string, ReferenceArchitecture, string | undefined]>([
    // hub is in every architecture, so it decides nothing; systemd is in half of them.
    ['the path on its distinctive components', small, 'hub-basics'],
    ['kubernetes is in half of them, so it counts', big, 'kubernetes'],
    ['most distinctive components win', binder, 'binder'],
    ['no path when only common components match', arch('bare', ['hub'], {}), undefined],
  ])('%s', (_, a, expected) => {
    expect(guidedPathFor({ architectures: [small, big, binder, old], paths }, a)?.id).toBe(
      expected,
    );
  });
});
