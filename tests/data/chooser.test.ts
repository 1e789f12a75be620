/**
 * The chooser on realistic answer sets, over the real data: what a person in each situation
 * would expect near the top, and no managed service marked down for the team's skill.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankArchitectures, type Answers } from '../../src/model/architectures';
import { indexAtlas } from '../../src/model/graph';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas } = await buildAtlas({ root: ROOT, layout: false });
const index = indexAtlas(atlas);

const CASES: { who: string; answers: Answers; first?: string; inTopThree: string[] }[] = [
  {
    who: 'a class of 30 on one VM, files kept, no GPU, one person part-time, fixed cost',
    answers: { users: '30', infra: 'vm', storage: 'persistent', gpu: 'no', ops: '1', pay: 'fixed' },
    first: 'the-littlest-jupyterhub',
    inTopThree: ['plain-jupyterhub'],
  },
  {
    who: 'a class of 30 with nothing to run it on, wanting a service',
    answers: {
      users: '30',
      infra: 'none',
      storage: 'persistent',
      gpu: 'no',
      ops: '1',
      pay: 'service',
    },
    first: '2i2c-managed-hubs',
    inTopThree: [],
  },
  {
    who: 'a university with a Kubernetes cluster and a platform team, GPUs, thousands of users',
    answers: {
      users: '1000',
      infra: 'kubernetes',
      storage: 'persistent',
      gpu: 'yes',
      ops: '5',
      pay: 'usage',
    },
    first: 'zero-to-jupyterhub',
    inTopThree: ['daskhub'],
  },
  {
    who: 'an HPC centre with a batch scheduler',
    answers: {
      users: '100',
      infra: 'hpc',
      storage: 'persistent',
      gpu: 'yes',
      ops: '3',
      pay: 'fixed',
    },
    inTopThree: ['hpc-batchspawner', 'open-ondemand'],
  },
  {
    who: 'throwaway sessions for many people on Kubernetes',
    answers: {
      users: '1000',
      infra: 'kubernetes',
      storage: 'ephemeral',
      gpu: 'no',
      ops: '5',
      pay: 'usage',
    },
    inTopThree: ['binderhub', 'zero-to-jupyterhub'],
  },
  {
    who: 'a small group on one Docker host',
    answers: {
      users: '30',
      infra: 'docker',
      storage: 'persistent',
      gpu: 'no',
      ops: '3',
      pay: 'fixed',
    },
    first: 'jupyterhub-deploy-docker',
    inTopThree: [],
  },
];

describe('the chooser on realistic answers', () => {
  it.each(CASES)('$who', ({ answers, first, inTopThree }) => {
    const ranked = rankArchitectures(index, answers).map((r) => r.arch.id);
    if (first) expect(ranked[0]).toBe(first);
    for (const id of inTopThree) expect(ranked.slice(0, 3)).toContain(id);
  });

  it('never says a managed service asks more operations skill than the team has', () => {
    for (const ops of ['1', '3', '5']) {
      const managed = rankArchitectures(index, { ops, infra: 'vm' }).find(
        (r) => r.arch.id === '2i2c-managed-hubs',
      );
      expect(managed?.reasons.map((r) => r.text)).not.toContain(
        'asks more operations skill than your team has',
      );
      expect(managed?.reasons.map((r) => r.text)).toContain(
        'is run for you, so your team needs no operations skill for it',
      );
    }
  });
});
