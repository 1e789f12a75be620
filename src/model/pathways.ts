import type { Atlas, AtlasNode, Level, Pathways } from './types';

export const LEVELS: Level[] = ['novice', 'intermediate', 'expert', 'mastery'];
const rank = (level: Level | undefined) => (level ? LEVELS.indexOf(level) : LEVELS.length);

/** Nodes whose contribution needs a skill of this area at exactly this level. */
export function nodesInCell(
  atlas: Atlas,
  pathways: Pathways,
  areaId: string,
  level: Level,
): AtlasNode[] {
  const skills = new Set(pathways.areas.find((a) => a.id === areaId)?.skills ?? []);
  return atlas.nodes
    .filter(
      (n) =>
        n.contribute?.level === level && (n.contribute.skills ?? []).some((s) => skills.has(s)),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * "Where can I help?": live projects that need at least one of the skills, at or below the
 * level, most approachable first (lower level, then those with a good-first-issue search).
 * @example whereToHelp(atlas, ['kubernetes'], 'novice')[0]?.id
 */
export function whereToHelp(atlas: Atlas, skills: readonly string[], level: Level): AtlasNode[] {
  const wanted = new Set(skills);
  const max = rank(level);
  return atlas.nodes
    .filter((n) => n.links.repo && n.status !== 'archived' && n.contribute)
    .filter(
      (n) =>
        (n.contribute?.skills ?? []).some((s) => wanted.has(s)) && rank(n.contribute?.level) <= max,
    )
    .sort(
      (a, b) =>
        rank(a.contribute?.level) - rank(b.contribute?.level) ||
        Number(Boolean(b.contribute?.first_issues)) - Number(Boolean(a.contribute?.first_issues)) ||
        a.name.localeCompare(b.name),
    );
}

/**
 * Where a visitor who has ticked nothing can start: live projects (active, or kept working)
 * with a good-first-issue search, one per repository (the node named after it, or its first),
 * the most approachable level first, then the most recently worked on (graph-data/activity/).
 */
export function goodFirstPlaces(atlas: Atlas, limit = 8): AtlasNode[] {
  const live = atlas.nodes.filter(
    (n) =>
      n.links.repo &&
      n.contribute?.first_issues &&
      (n.status === 'active' || n.status === 'maintenance'),
  );
  const byRepo = new Map<string, AtlasNode>();
  for (const n of live) {
    const repo = n.links.repo as string;
    const seen = byRepo.get(repo);
    const named = (x: AtlasNode) => repo.toLowerCase().endsWith(`/${x.id}`);
    if (!seen || (named(n) && !named(seen))) byRepo.set(repo, n);
  }
  const lastWork = (n: AtlasNode) => n.activity?.lastCommit?.date ?? '';
  return [...byRepo.values()]
    .sort(
      (a, b) =>
        rank(a.contribute?.level) - rank(b.contribute?.level) ||
        lastWork(b).localeCompare(lastWork(a)) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
