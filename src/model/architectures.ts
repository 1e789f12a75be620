import type { AtlasIndex } from './graph';
import type {
  Atlas,
  ChooserFacts,
  GuidedPath,
  ReferenceArchitecture,
  RunsOn,
  TeamSkill,
} from './types';
import { TEAM_SKILLS } from './types';

/**
 * How the comparison tells two values of a row apart: by their 1–5 rank, by a chooser fact (a
 * fixed vocabulary, so two wordings of "one machine" are the same), or by their normalised text.
 */
export type SameBy = 'rank' | 'text' | keyof ChooserFacts;

/** The attribute rows of the comparison table, in order; `ordinal` rows carry a 1–5 rank. */
export const ATTRIBUTES: { id: string; label: string; ordinal?: string; sameBy: SameBy }[] = [
  { id: 'scale', label: 'Users and scale', ordinal: 'Scale', sameBy: 'rank' },
  { id: 'infrastructure', label: 'Infrastructure needed', sameBy: 'runs-on' },
  { id: 'isolation', label: 'User isolation', ordinal: 'Isolation', sameBy: 'rank' },
  { id: 'authentication', label: 'Authentication', sameBy: 'text' },
  { id: 'persistence', label: 'User data', sameBy: 'keeps-files' },
  {
    id: 'operations-skill',
    label: 'Operations skill',
    ordinal: 'Operations effort',
    sameBy: 'team-skill',
  },
  { id: 'cost-model', label: 'Cost model', ordinal: 'Cost predictability', sameBy: 'rank' },
  { id: 'gpu', label: 'GPUs', sameBy: 'text' },
  { id: 'scaling', label: 'Scaling', ordinal: 'Elasticity', sameBy: 'rank' },
  { id: 'maturity', label: 'Maturity and security', sameBy: 'text' },
  { id: 'upgrade-path', label: 'Upgrades', sameBy: 'text' },
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

const isUnknown = (text: string) => text.trim().toLowerCase() === 'unknown';

/**
 * One architecture's value in a row, normalised so that only a real difference tells two apart;
 * null when it is unknown. Text is compared without case, punctuation or spacing.
 * @example normalisedValue(tljh, 'scale') // '2' (its rank), normalisedValue(tljh, 'infrastructure') // 'vm'
 */
export function normalisedValue(arch: ReferenceArchitecture, attribute: string): string | null {
  const sameBy = ATTRIBUTES.find((a) => a.id === attribute)?.sameBy ?? 'text';
  if (sameBy === 'rank') {
    const rank = rankOf(arch, attribute);
    return rank === null ? null : String(rank);
  }
  if (sameBy !== 'text' && arch.chooser) {
    const fact = arch.chooser[sameBy].value;
    return fact === 'unknown' ? null : fact;
  }
  const texts = (arch.attributes[attribute] ?? [])
    .map((v) => v.value)
    .filter((text) => !isUnknown(text))
    .map((text) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    );
  return texts.length === 0 ? null : [...new Set(texts)].sort().join(' | ');
}

/**
 * Whether a row's known values differ across the architectures (so the row is marked). An unknown
 * value neither differs nor agrees: two rows where one side is unknown are not marked.
 */
export function rowDiffers(archs: readonly ReferenceArchitecture[], attribute: string): boolean {
  const known = archs.flatMap((a) => normalisedValue(a, attribute) ?? []);
  return new Set(known).size > 1;
}

/** The chooser's questions; each answer is one URL parameter. `short` names it in an explanation. */
export const QUESTIONS = [
  {
    id: 'users',
    short: 'how many people',
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
    short: 'what you run',
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
    short: 'keeping files',
    label: 'Must users’ files be kept between sessions?',
    options: [
      ['persistent', 'Yes'],
      ['ephemeral', 'No, sessions can be throwaway'],
    ],
  },
  {
    id: 'gpu',
    short: 'GPUs',
    label: 'Do users need GPUs?',
    options: [
      ['yes', 'Yes'],
      ['no', 'No'],
    ],
  },
  {
    id: 'ops',
    short: 'your team’s skill',
    label: 'How much operations skill does the team have?',
    options: [
      ['1', 'Little: one person, part time'],
      ['3', 'Some: comfortable with Linux and containers'],
      ['5', 'A platform team'],
    ],
  },
  {
    id: 'pay',
    short: 'how you pay',
    label: 'How do you want to pay?',
    options: [
      ['fixed', 'A fixed, predictable amount'],
      ['usage', 'For what is used'],
      ['service', 'A managed service'],
    ],
  },
] as const;

export type Answers = Partial<Record<(typeof QUESTIONS)[number]['id'], string>>;

export type QuestionId = (typeof QUESTIONS)[number]['id'];

/** One rise or fall in an architecture's ranking, with the answer it comes from. */
export interface Reason {
  /** The question answered; absent for what counts whatever you answer (archived, experimental). */
  question?: QuestionId;
  text: string;
  delta: number;
  /** Set when the sources do not say: the answer is neither fitted nor missed. */
  unknown?: true;
  /** What the data says behind the verdict, in a few words, and where. */
  detail?: string;
  source?: string;
}

export interface Ranked {
  arch: ReferenceArchitecture;
  score: number;
  reasons: Reason[];
}

/** What an architecture needs you to run (its `chooser.runs-on`), or unknown. */
export function infrastructureOf(arch: ReferenceArchitecture): RunsOn | 'unknown' {
  return arch.chooser?.['runs-on'].value ?? 'unknown';
}

const INFRA_LABEL: Record<RunsOn, string> = {
  kubernetes: 'a Kubernetes cluster',
  hpc: 'an HPC cluster with a batch scheduler',
  docker: 'a Docker host',
  vm: 'one machine',
  managed: 'nothing of your own (it is run for you)',
};
/** The `infra` answer for each thing an architecture can run on ("nothing" is `none`). */
const INFRA_ANSWER: Record<RunsOn, string> = {
  kubernetes: 'kubernetes',
  hpc: 'hpc',
  docker: 'docker',
  vm: 'vm',
  managed: 'none',
};
const USERS_RANK: Record<string, number> = { '30': 1, '100': 2, '1000': 4, '10000': 5 };
/** The `ops` answers, as the skill a team brings. */
const TEAM_ANSWER: Record<string, TeamSkill> = { '1': 'little', '3': 'some', '5': 'platform' };
const skillOrder = (skill: TeamSkill) => TEAM_SKILLS.indexOf(skill);

/**
 * Ranks the architectures for a set of answers, best first, each with the reasons it rose or fell.
 * The rules read the architectures' ranks and chooser facts (data, sourced), never their free
 * text. What is unknown neither helps nor hurts: it is said to be unknown.
 */
export function rankArchitectures(index: AtlasIndex<Atlas>, answers: Answers): Ranked[] {
  const ranked = index.atlas.architectures.map((arch) => {
    const reasons: Reason[] = [];
    const add = (
      question: QuestionId | undefined,
      delta: number,
      text: string,
      fact?: { says?: string; source?: string } | 'unknown',
    ) =>
      reasons.push({
        ...(question ? { question } : {}),
        delta,
        text,
        ...(fact === 'unknown' ? { unknown: true as const } : {}),
        ...(typeof fact === 'object' && fact.says ? { detail: fact.says } : {}),
        ...(typeof fact === 'object' && fact.source ? { source: fact.source } : {}),
      });
    const needs = infrastructureOf(arch);
    const facts = arch.chooser;

    if (arch.status === 'archived') add(undefined, -5, 'archived: no further releases');
    if (arch.status === 'experimental')
      add(undefined, -2, 'a learning guide or experiment, not a production setup');

    if (answers.users) {
      const need = USERS_RANK[answers.users] ?? 1;
      const scale = rankOf(arch, 'scale');
      if (scale === null) add('users', 0, 'how many users it serves is not documented', 'unknown');
      else if (scale >= need) add('users', 2, 'documented for this many users');
      else
        add('users', -3 * Math.min(2, need - scale), 'documented for fewer users than you expect');
    }
    if (answers.infra) {
      const fact = facts?.['runs-on'];
      if (needs === 'unknown') add('infra', 0, 'what it runs on is not documented', 'unknown');
      else if (answers.infra === INFRA_ANSWER[needs])
        add('infra', 4, `runs on ${INFRA_LABEL[needs]}, which you have`, fact);
      else if (answers.infra === 'none')
        add('infra', -3, `needs ${INFRA_LABEL[needs]} that you would have to run`, fact);
      else if (needs === 'managed')
        add('infra', 1, 'is run for you, so your own infrastructure is not needed', fact);
      else add('infra', -3, `needs ${INFRA_LABEL[needs]}`, fact);
    }
    if (answers.ops) {
      const team = TEAM_ANSWER[answers.ops] ?? 'little';
      const fact = facts?.['team-skill'];
      const asks = fact?.value ?? 'unknown';
      if (asks === 'unknown')
        add('ops', 0, 'the operations skill it asks of your team is not documented', 'unknown');
      else if (asks === 'none')
        add('ops', 2, 'is run for you, so your team needs no operations skill for it', fact);
      else if (skillOrder(asks) <= skillOrder(team))
        add('ops', 2, 'fits your team’s operations skill', fact);
      else
        add(
          'ops',
          -2 * Math.min(2, skillOrder(asks) - skillOrder(team)),
          'asks more operations skill than your team has',
          fact,
        );
    }
    if (answers.storage === 'persistent') {
      const fact = facts?.['keeps-files'];
      const keeps = fact?.value ?? 'unknown';
      if (keeps === 'throwaway') add('storage', -4, 'does not keep users’ files', fact);
      else if (keeps === 'unknown')
        add('storage', 0, 'whether files are kept is not documented', 'unknown');
      else add('storage', 1, 'keeps users’ files', fact);
    }
    if (answers.gpu === 'yes') {
      const gpu = arch.attributes.gpu ?? [];
      if (gpu.every((v) => isUnknown(v.value)))
        add('gpu', -1, 'GPU support is not documented', 'unknown');
      else add('gpu', 1, 'documents GPU support');
    }
    if (answers.pay === 'service') {
      if (needs === 'managed') add('pay', 3, 'is offered as a managed service');
      else add('pay', -1, 'you would run it yourself, not buy it as a service');
    }
    if (answers.pay === 'fixed' && (rankOf(arch, 'cost-model') ?? 0) >= 4)
      add('pay', 1, 'costs are predictable');
    if (answers.pay === 'usage' && (rankOf(arch, 'scaling') ?? 0) >= 4)
      add('pay', 1, 'scales with use, so you pay for what is used');

    const score = reasons.reduce((n, r) => n + r.delta, 0);
    return { arch, score, reasons: reasons.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)) };
  });
  return ranked.sort((a, b) => b.score - a.score || a.arch.name.localeCompare(b.arch.name));
}

/**
 * A ranked architecture's score in words: which of your answers it fits, which it does not, and
 * which its sources leave open; what counts whatever you answer (archived) comes last.
 * @example explainFit(ranked) // 'Fits what you run and your team’s skill. Does not fit: how many people.'
 */
export function explainFit(ranked: Ranked): string {
  const net = new Map<QuestionId, number | 'unknown'>();
  for (const r of ranked.reasons) {
    if (!r.question) continue;
    const before = net.get(r.question) ?? 0;
    net.set(r.question, r.unknown || before === 'unknown' ? 'unknown' : before + r.delta);
  }
  const named = (pick: (n: number | 'unknown') => boolean) =>
    QUESTIONS.filter((q) => net.has(q.id) && pick(net.get(q.id)!)).map((q) => q.short);
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  const fits = named((n) => n !== 'unknown' && n > 0);
  const not = named((n) => n !== 'unknown' && n < 0);
  const open = named((n) => n === 'unknown');
  const also = ranked.reasons.filter((r) => !r.question).map((r) => r.text);
  const parts = [
    fits.length > 0 ? `Fits ${list(fits)}.` : 'Fits none of your answers.',
    not.length > 0 ? `Does not fit: ${list(not)}.` : '',
    open.length > 0 ? `Not documented: ${list(open)}.` : '',
    also.length > 0 ? `Also ${list(also)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * The guided path closest to an architecture: the one whose steps focus on most of its
 * distinctive components (those at most half the architectures use, so the hub, its proxy and
 * its database do not decide); ties go to the path listed first. None when nothing matches.
 * @example guidedPathFor(atlas, tljh)?.id // 'teach-a-class-with-tljh'
 */
export function guidedPathFor(
  atlas: Pick<Atlas, 'architectures' | 'paths'>,
  arch: ReferenceArchitecture,
): GuidedPath | undefined {
  const uses = new Map<string, number>();
  for (const a of atlas.architectures)
    for (const id of new Set(a.components.map((c) => c.node)))
      uses.set(id, (uses.get(id) ?? 0) + 1);
  const distinctive = new Set(
    arch.components
      .map((c) => c.node)
      .filter((id) => (uses.get(id) ?? 0) * 2 <= atlas.architectures.length),
  );
  let best: { path: GuidedPath; n: number } | undefined;
  for (const path of atlas.paths) {
    const focus = new Set(path.steps.flatMap((s) => s.focus));
    const n = [...focus].filter((id) => distinctive.has(id)).length;
    if (n > 0 && (!best || n > best.n)) best = { path, n };
  }
  return best?.path;
}
