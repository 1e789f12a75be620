import { LEVELS, type Atlas, type AtlasNode, type Level } from './types';

export { LEVELS };
const rank = (level: Level | undefined) => (level ? LEVELS.indexOf(level) : LEVELS.length);

/** The skill ids of one area of the skills vocabulary, in vocabulary order. */
export function skillsOfArea(atlas: Pick<Atlas, 'skills'>, areaId: string): string[] {
  return atlas.skills.filter((s) => s.area === areaId).map((s) => s.id);
}

/** Nodes whose contribution needs a skill of this area at exactly this level. */
export function nodesInCell(atlas: Atlas, areaId: string, level: Level): AtlasNode[] {
  const skills = new Set(skillsOfArea(atlas, areaId));
  return atlas.nodes
    .filter(
      (n) =>
        n.contribute?.level === level && (n.contribute.skills ?? []).some((s) => skills.has(s)),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A repository as a place to contribute: several components of the atlas often live in one
 * (all of jupyterhub/jupyterhub's authenticators and spawners), and they share one issue tracker,
 * so a contributor is offered the repository once, with the components it holds.
 */
export interface ContributionRepo {
  /** The repository's URL, as the nodes give it in links.repo. */
  url: string;
  /** "owner/name", read from the URL. */
  name: string;
  /** The components counted here, the node named after the repository first, then by name. */
  components: AtlasNode[];
  /** The lowest level any of these components asks for. */
  entryLevel: Level | undefined;
  /** Every skill these components ask for, in the order the vocabulary lists them. */
  skills: string[];
  /** One link of each kind for the repository: the lead component's, else the first that has one. */
  firstIssues?: string;
  helpWanted?: string;
  guide?: string;
  chat?: string;
  /** ISO date of the last commit by a person (graph-data/activity/), or '' when unknown. */
  lastWork: string;
}

/** The node a repository is named after (jupyterhub for jupyterhub/jupyterhub). */
const namedAfter = (url: string, n: AtlasNode) =>
  url.replace(/\/+$/, '').toLowerCase().endsWith(`/${n.id}`);

/**
 * Groups components by repository (nodes without links.repo are left out). Order of the result
 * is the order of first appearance; sort with `byApproachability`.
 * @example byRepository(atlas, atlas.nodes).find((r) => r.name === 'jupyterhub/jupyterhub')
 */
export function byRepository(
  atlas: Pick<Atlas, 'skills'>,
  nodes: readonly AtlasNode[],
): ContributionRepo[] {
  const groups = new Map<string, { url: string; nodes: AtlasNode[] }>();
  for (const n of nodes) {
    if (!n.links.repo) continue;
    const key = n.links.repo.replace(/\/+$/, '').toLowerCase();
    const group = groups.get(key) ?? { url: n.links.repo, nodes: [] };
    group.nodes.push(n);
    groups.set(key, group);
  }
  const skillOrder = atlas.skills.map((s) => s.id);
  return [...groups.values()].map(({ url, nodes: members }) => {
    const components = [...members].sort(
      (a, b) =>
        Number(namedAfter(url, b)) - Number(namedAfter(url, a)) || a.name.localeCompare(b.name),
    );
    const pick = (key: 'first_issues' | 'help_wanted' | 'guide' | 'chat') =>
      components.find((n) => n.contribute?.[key])?.contribute?.[key];
    const used = new Set(components.flatMap((n) => n.contribute?.skills ?? []));
    const levels = components.map((n) => n.contribute?.level).filter((l) => l !== undefined);
    const entryLevel = [...levels].sort((a, b) => rank(a) - rank(b))[0];
    const lastWork = components
      .map((n) => n.activity?.lastCommit?.date ?? '')
      .sort()
      .at(-1);
    const firstIssues = pick('first_issues');
    const helpWanted = pick('help_wanted');
    const guide = pick('guide');
    const chat = pick('chat');
    return {
      url,
      name: url.replace(/^https:\/\/[^/]+\//, '').replace(/\/+$/, ''),
      components,
      entryLevel,
      skills: [
        ...skillOrder.filter((s) => used.has(s)),
        ...[...used].filter((s) => !skillOrder.includes(s)),
      ],
      ...(firstIssues ? { firstIssues } : {}),
      ...(helpWanted ? { helpWanted } : {}),
      ...(guide ? { guide } : {}),
      ...(chat ? { chat } : {}),
      lastWork: lastWork ?? '',
    };
  });
}

/**
 * How approachable a repository is for a first contribution, from the data alone, as the
 * sort keys `byApproachability` compares in this order: the lowest level its components ask for
 * (0 = novice; a repository with no level comes last), whether it has a good-first-issue search,
 * and how recently a person committed to it (a quiet repository answers newcomers late).
 */
export function approachability(repo: ContributionRepo): {
  entry: number;
  firstIssues: boolean;
  lastWork: string;
} {
  return {
    entry: rank(repo.entryLevel),
    firstIssues: Boolean(repo.firstIssues),
    lastWork: repo.lastWork,
  };
}

/** Comparator: the more approachable repository first, then by name. */
export function byApproachability(a: ContributionRepo, b: ContributionRepo): number {
  const x = approachability(a);
  const y = approachability(b);
  return (
    x.entry - y.entry ||
    Number(y.firstIssues) - Number(x.firstIssues) ||
    y.lastWork.localeCompare(x.lastWork) ||
    a.name.localeCompare(b.name)
  );
}

/**
 * "Where can I help?": repositories of live components (not archived) that need at least one
 * of the skills at or below the level, most approachable first. Each repository counts the
 * components that matched.
 * @example whereToHelp(atlas, ['kubernetes'], 'novice')[0]?.name
 */
export function whereToHelp(
  atlas: Atlas,
  skills: readonly string[],
  level: Level,
): ContributionRepo[] {
  const wanted = new Set(skills);
  const max = rank(level);
  const matching = atlas.nodes.filter(
    (n) =>
      n.links.repo &&
      n.status !== 'archived' &&
      n.contribute &&
      (n.contribute.skills ?? []).some((s) => wanted.has(s)) &&
      rank(n.contribute.level) <= max,
  );
  return byRepository(atlas, matching).sort(byApproachability);
}

/**
 * Where a visitor who has ticked nothing can start: repositories of live components (active,
 * or kept working) that have a good-first-issue search, the most approachable first.
 */
export function goodFirstPlaces(atlas: Atlas, limit = 8): ContributionRepo[] {
  const live = atlas.nodes.filter(
    (n) =>
      n.links.repo &&
      n.contribute?.first_issues &&
      (n.status === 'active' || n.status === 'maintenance'),
  );
  return byRepository(atlas, live).sort(byApproachability).slice(0, limit);
}
