/**
 * The chooser on realistic answer sets, over the real data: what a person in each situation
 * would expect near the top, and no managed service marked down for the team's skill.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTES,
  explainFit,
  rankArchitectures,
  rowDiffers,
  type Answers,
} from '../../src/model/architectures';
import { indexAtlas } from '../../src/model/graph';
import { KEEPS_FILES, RUNS_ON, TEAM_SKILLS } from '../../src/model/types';
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

describe('the chooser facts in graph-data', () => {
  it.each(atlas.architectures.map((a) => [a.id, a] as const))(
    '%s says what it runs on, asks of your team and does with files',
    (_, arch) => {
      expect(
        arch.chooser,
        `add chooser: to graph-data/architectures/${arch.id}.yaml`,
      ).toBeDefined();
      for (const fact of Object.values(arch.chooser!))
        if (fact.value !== 'unknown') expect(fact.source).toMatch(/^https:\/\//);
    },
  );

  it('the schema offers exactly the model’s vocabularies', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../graph-data/schema/architecture.schema.json', import.meta.url),
        'utf8',
      ),
    ) as {
      properties: {
        chooser: { properties: Record<string, { properties: { value: { enum: string[] } } }> };
      };
    };
    const offered = (fact: string) =>
      schema.properties.chooser.properties[fact]!.properties.value.enum;
    expect(offered('runs-on')).toEqual([...RUNS_ON, 'unknown']);
    expect(offered('team-skill')).toEqual([...TEAM_SKILLS, 'unknown']);
    expect(offered('keeps-files')).toEqual([...KEEPS_FILES, 'unknown']);
  });

  it('TLJH fits a team with little operations skill, as its docs say', () => {
    const tljh = rankArchitectures(index, { ops: '1' }).find(
      (r) => r.arch.id === 'the-littlest-jupyterhub',
    );
    expect(tljh?.reasons).toContainEqual(
      expect.objectContaining({ delta: 2, text: 'fits your team’s operations skill' }),
    );
    expect(explainFit(tljh!)).toBe('Fits your team’s skill.');
  });

  it('a managed service is never both run for you and asking more skill', () => {
    for (const arch of atlas.architectures.filter(
      (a) => a.chooser?.['runs-on'].value === 'managed',
    ))
      expect(arch.chooser?.['team-skill'].value, arch.id).toBe('none');
  });
});

describe('the comparison marks only what differs, on the real data', () => {
  const by = (id: string) => atlas.architectures.find((a) => a.id === id)!;
  const marked = (...ids: string[]) =>
    ATTRIBUTES.filter((attr) => rowDiffers(ids.map(by), attr.id)).map((attr) => attr.id);
  it('close relatives share most rows', () => {
    // DaskHub is the Zero to JupyterHub chart plus Dask Gateway: same scale, isolation, skill.
    const rows = marked('zero-to-jupyterhub', 'daskhub');
    expect(rows).not.toContain('scale');
    expect(rows).not.toContain('operations-skill');
    expect(rows).not.toContain('persistence');
    expect(rows.length).toBeLessThan(ATTRIBUTES.length / 2);
  });
  it('TLJH and Zero to JupyterHub both keep users’ files, so that row is not marked', () => {
    const rows = marked('the-littlest-jupyterhub', 'zero-to-jupyterhub');
    expect(rows).not.toContain('persistence');
    expect(rows).toContain('scale');
    expect(rows).toContain('infrastructure');
  });
});
