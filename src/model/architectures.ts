import type { AtlasIndex } from './graph';
import type { Atlas, ReferenceArchitecture } from './types';

/** The attribute rows of the comparison table, in order; `ordinal` rows carry a 1–5 rank. */
export const ATTRIBUTES: { id: string; label: string; ordinal?: string }[] = [
  { id: 'scale', label: 'Users and scale', ordinal: 'Scale' },
  { id: 'infrastructure', label: 'Infrastructure needed' },
  { id: 'isolation', label: 'User isolation', ordinal: 'Isolation' },
  { id: 'authentication', label: 'Authentication' },
  { id: 'persistence', label: 'User data' },
  { id: 'operations-skill', label: 'Operations skill', ordinal: 'Operations effort' },
  { id: 'cost-model', label: 'Cost model', ordinal: 'Cost predictability' },
  { id: 'gpu', label: 'GPUs' },
  { id: 'scaling', label: 'Scaling', ordinal: 'Elasticity' },
  { id: 'maturity', label: 'Maturity and security' },
  { id: 'upgrade-path', label: 'Upgrades' },
];

/** The highest rank given for an attribute, or null when no value is ranked. */
export function rankOf(arch: ReferenceArchitecture, attribute: string): number | null {
  const ranks = (arch.attributes[attribute] ?? []).flatMap((v) =>
    v.rank === undefined ? [] : [v.rank],
  );
  return ranks.length === 0 ? null : Math.max(...ranks);
}

/**
 * What two or three architectures share and what only each has, by component node.
 * @example diffArchitectures([tljh, z2jh]).shared // ['jupyterhub', ...]
 */
export function diffArchitectures(archs: readonly ReferenceArchitecture[]): {
  shared: string[];
  only: Record<string, string[]>;
} {
  const sets = archs.map((a) => new Set(a.components.map((c) => c.node)));
  const shared = [...(sets[0] ?? [])].filter((id) => sets.every((s) => s.has(id)));
  const only = Object.fromEntries(
    archs.map((a, i) => [
      a.id,
      [...sets[i]!].filter((id) => sets.every((s, j) => j === i || !s.has(id))),
    ]),
  );
  return { shared, only };
}

/** Whether an attribute reads differently across the architectures (so the row is emphasised). */
export function rowDiffers(archs: readonly ReferenceArchitecture[], attribute: string): boolean {
  const texts = archs.map((a) =>
    (a.attributes[attribute] ?? [])
      .map((v) => v.value.trim().toLowerCase())
      .sort()
      .join(' | '),
  );
  return new Set(texts).size > 1;
}

/** The chooser's questions; each answer is one URL parameter. */
export const QUESTIONS = [
  {
    id: 'users',
    label: 'How many people will use it?',
    options: [
      ['30', 'About a class (up to 30)'],
      ['100', 'Up to about a hundred'],
      ['1000', 'Hundreds to a few thousand'],
      ['10000', 'Many thousands'],
    ],
  },
  {
    id: 'infra',
    label: 'What do you already run?',
    options: [
      ['vm', 'One virtual machine or server'],
      ['docker', 'A Docker host'],
      ['kubernetes', 'A Kubernetes cluster'],
      ['hpc', 'An HPC cluster with a batch scheduler'],
      ['none', 'Nothing: someone else should run it'],
    ],
  },
  {
    id: 'storage',
    label: 'Must users’ files be kept between sessions?',
    options: [
      ['persistent', 'Yes'],
      ['ephemeral', 'No, sessions can be throwaway'],
    ],
  },
  {
    id: 'gpu',
    label: 'Do users need GPUs?',
    options: [
      ['yes', 'Yes'],
      ['no', 'No'],
    ],
  },
  {
    id: 'ops',
    label: 'How much operations skill does the team have?',
    options: [
      ['1', 'Little: one person, part time'],
      ['3', 'Some: comfortable with Linux and containers'],
      ['5', 'A platform team'],
    ],
  },
  {
    id: 'pay',
    label: 'How do you want to pay?',
    options: [
      ['fixed', 'A fixed, predictable amount'],
      ['usage', 'For what is used'],
      ['service', 'A managed service'],
    ],
  },
] as const;

export type Answers = Partial<Record<(typeof QUESTIONS)[number]['id'], string>>;

export interface Reason {
  text: string;
  delta: number;
}

export interface Ranked {
  arch: ReferenceArchitecture;
  score: number;
  reasons: Reason[];
}

const HPC_NODES = ['batchspawner', 'slurm', 'pbs-torque', 'lsf', 'grid-engine', 'htcondor', 'moab'];

/** What an architecture needs to run on, read from its components. */
export function infrastructureOf(
  index: AtlasIndex,
  arch: ReferenceArchitecture,
): 'kubernetes' | 'hpc' | 'docker' | 'vm' | 'none' {
  const ids = new Set(arch.components.map((c) => c.node));
  const kinds = new Set([...ids].map((id) => index.nodeById.get(id)?.kind));
  if (kinds.has('site')) return 'none';
  // A batch scheduler decides first: Open OnDemand lists Kubernetes as one of its back ends.
  if (HPC_NODES.some((id) => ids.has(id))) return 'hpc';
  if (ids.has('kubernetes')) return 'kubernetes';
  if (ids.has('docker') || ids.has('dockerspawner')) return 'docker';
  return 'vm';
}

const INFRA_LABEL = {
  kubernetes: 'a Kubernetes cluster',
  hpc: 'an HPC cluster with a batch scheduler',
  docker: 'a Docker host',
  vm: 'one machine',
  none: 'nothing of your own (it is run for you)',
};
const USERS_RANK: Record<string, number> = { '30': 1, '100': 2, '1000': 4, '10000': 5 };

/**
 * Ranks the architectures for a set of answers, best first, each with the reasons it rose or fell.
 * Unknown attributes neither help nor hurt much: they are said to be unknown.
 */
export function rankArchitectures(index: AtlasIndex<Atlas>, answers: Answers): Ranked[] {
  const ranked = index.atlas.architectures.map((arch) => {
    const reasons: Reason[] = [];
    const add = (delta: number, text: string) => reasons.push({ delta, text });
    const needs = infrastructureOf(index, arch);

    if (arch.status === 'archived') add(-5, 'archived: no further releases');
    if (arch.status === 'experimental')
      add(-2, 'a learning guide or experiment, not a production setup');

    if (answers.users) {
      const need = USERS_RANK[answers.users] ?? 1;
      const scale = rankOf(arch, 'scale');
      if (scale === null) add(0, 'how many users it serves is not documented');
      else if (scale >= need) add(2, 'documented for this many users');
      else add(-3 * Math.min(2, need - scale), 'documented for fewer users than you expect');
    }
    if (answers.infra) {
      if (answers.infra === needs) add(4, `runs on ${INFRA_LABEL[needs]}, which you have`);
      else if (answers.infra === 'none')
        add(-3, `needs ${INFRA_LABEL[needs]} that you would have to run`);
      else if (needs === 'none') add(1, 'is run for you, so your own infrastructure is not needed');
      else add(-3, `needs ${INFRA_LABEL[needs]}`);
    }
    if (answers.ops) {
      const team = Number(answers.ops);
      const asks = rankOf(arch, 'operations-skill');
      // A service run for you asks no operations of your team: its rank describes the provider's
      // work and the light hub administration left to you, which any team can do.
      if (needs === 'none') add(2, 'is run for you, so your team needs no operations skill for it');
      else if (asks === null) add(0, 'the operations skill it asks is not documented');
      else if (asks <= team) add(2, 'fits your team’s operations skill');
      else add(-2 * Math.min(2, asks - team), 'asks more operations skill than your team has');
    }
    if (answers.storage === 'persistent') {
      const text = (arch.attributes.persistence ?? []).map((v) => v.value).join(' ');
      if (/no user storage|destroyed|ephemeral|throwaway|temporary/i.test(text))
        add(-4, 'does not keep users’ files');
      else if (/unknown/i.test(text) || text === '')
        add(0, 'whether files are kept is not documented');
      else add(1, 'keeps users’ files');
    }
    if (answers.gpu === 'yes') {
      const gpu = arch.attributes.gpu ?? [];
      if (gpu.every((v) => v.value.trim().toLowerCase() === 'unknown'))
        add(-1, 'GPU support is not documented');
      else add(1, 'documents GPU support');
    }
    if (answers.pay === 'service')
      add(
        needs === 'none' ? 3 : 0,
        needs === 'none' ? 'is offered as a managed service' : 'you run it yourself',
      );
    if (answers.pay === 'fixed' && (rankOf(arch, 'cost-model') ?? 0) >= 4)
      add(1, 'costs are predictable');
    if (answers.pay === 'usage' && (rankOf(arch, 'scaling') ?? 0) >= 4)
      add(1, 'scales with use, so you pay for what is used');

    const score = reasons.reduce((n, r) => n + r.delta, 0);
    return { arch, score, reasons: reasons.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)) };
  });
  return ranked.sort((a, b) => b.score - a.score || a.arch.name.localeCompare(b.arch.name));
}
