import { describe, expect, it } from 'vitest';
import {
  diffArchitectures,
  rankArchitectures,
  rowDiffers,
  type Answers,
} from '../../../src/model/architectures';
import { indexAtlas } from '../../../src/model/graph';
import type { ReferenceArchitecture } from '../../../src/model/types';
import { atlasWith } from '../../helpers/atlas';

function arch(
  id: string,
  nodes: string[],
  attributes: ReferenceArchitecture['attributes'],
  status?: 'archived',
): ReferenceArchitecture {
  return {
    id,
    name: id,
    fit: '',
    ...(status ? { status } : {}),
    components: nodes.map((node) => ({ node, role: 'other' })),
    attributes,
    deployments: [],
    sources: [],
  };
}
const src = 'https://example.org';
const small = arch('small', ['hub', 'systemd'], {
  scale: [{ value: 'up to 100', rank: 2, source: src }],
  'operations-skill': [{ value: 'little', rank: 1, source: src }],
  persistence: [{ value: 'home directories on the machine', source: src }],
  gpu: [{ value: 'unknown' }],
});
const big = arch('big', ['hub', 'kubernetes'], {
  scale: [{ value: 'thousands', rank: 5, source: src }],
  'operations-skill': [{ value: 'a platform team', rank: 5, source: src }],
  persistence: [{ value: 'a volume per user', source: src }],
  gpu: [{ value: 'GPU profiles', source: src }],
  scaling: [{ value: 'autoscaling', rank: 5, source: src }],
});
const binder = arch('binder', ['hub', 'kubernetes', 'repo2docker'], {
  scale: [{ value: 'unknown' }],
  persistence: [{ value: 'Pods are destroyed after inactivity', source: src }],
});
const old = arch(
  'old',
  ['hub', 'systemd'],
  { scale: [{ value: 'up to 100', rank: 2, source: src }] },
  'archived',
);

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
  ],
  architectures: [small, big, binder, old],
});
const index = indexAtlas(atlas);

describe('diffArchitectures', () => {
  it.each([
    [[small, big], ['hub'], { small: ['systemd'], big: ['kubernetes'] }],
    [[big, binder], ['hub', 'kubernetes'], { big: [], binder: ['repo2docker'] }],
    [[small, big, binder], ['hub'], { small: ['systemd'], big: [], binder: ['repo2docker'] }],
  ])('%#', (archs, shared, only) => {
    expect(diffArchitectures(archs)).toEqual({ shared, only });
  });

  it('marks rows whose values differ', () => {
    expect(rowDiffers([small, old], 'scale')).toBe(false);
    expect(rowDiffers([small, big], 'scale')).toBe(true);
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

  it('explains each rise and fall', () => {
    const ranked = rankArchitectures(index, { users: '30', infra: 'vm', ops: '1', gpu: 'yes' });
    const first = ranked[0];
    const archived = ranked.find((r) => r.arch.id === 'old');
    expect(first?.reasons.map((r) => [r.delta, r.text])).toEqual([
      [4, 'runs on one machine, which you have'],
      [2, 'documented for this many users'],
      [2, 'fits your team’s operations skill'],
      [-1, 'GPU support is not documented'],
    ]);
    expect(archived?.reasons[0]).toEqual({ delta: -5, text: 'archived: no further releases' });
    expect(ranked.find((r) => r.arch.id === 'big')?.reasons).toContainEqual({
      delta: -3,
      text: 'needs a Kubernetes cluster',
    });
  });

  it('says when a persistent-storage need rules an architecture down', () => {
    const binderRank = rankArchitectures(index, { storage: 'persistent' }).find(
      (r) => r.arch.id === 'binder',
    );
    expect(binderRank?.reasons).toContainEqual({ delta: -4, text: 'does not keep users’ files' });
  });
});
