/**
 * graph-data/activity/repositories.yaml (written by `npm run extract:activity`): each
 * repository's last release and last commit by a person. Optional, like the pathways; when it is
 * there, every GitHub repository a node names must be in it, and every entry must be named by a
 * node. Each node gets its repository's dates, and a status that disagrees with them by the
 * written rules (src/model/activity.ts) is a warning, not an error: the dates are evidence, the
 * status a judgement.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { judgeStatus } from '../model/activity.ts';
import type { ActivityFile } from '../model/generated/schema-types.ts';
import type { Activity, AtlasNode } from '../model/types.ts';
import { locate } from './load.ts';
import type { Problem } from './problems.ts';
import type { Checked } from './schemas.ts';

export const ACTIVITY_FILE = 'graph-data/activity/repositories.yaml';

type Load = (path: string) => Promise<Checked<ActivityFile>>;

/** The 1-based line of the first line of `text` that starts with `prefix`, or 1. */
function lineOf(text: string, prefix: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(prefix));
  return i < 0 ? 1 : i + 1;
}

/**
 * Reads the activity file and returns the nodes with their `activity`; adds errors for
 * repositories missing from the file (or in it for no node) and warnings for statuses the dates
 * disagree with.
 */
export async function attachActivity(
  root: string,
  nodes: AtlasNode[],
  load: Load,
  problems: Problem[],
  warnings: Problem[],
): Promise<AtlasNode[]> {
  let result;
  try {
    result = await load(join(root, ACTIVITY_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return nodes;
    throw error;
  }
  problems.push(...result.problems);
  if (!result.valid) return nodes;
  const loaded = result.valid;
  const data = loaded.data;
  const byRepo = new Map<string, Activity>();
  const named = new Set(nodes.map((n) => n.links.repo).filter((r) => r !== undefined));
  data.repositories.forEach((entry, i) => {
    if (byRepo.has(entry.repo)) {
      problems.push({
        file: loaded.file,
        pointer: `/repositories/${i}/repo`,
        ...locate(loaded, `/repositories/${i}/repo`),
        message: `${entry.repo} is listed twice`,
        fix: 'run npm run extract:activity to write the file again',
      });
      return;
    }
    if (!named.has(entry.repo))
      problems.push({
        file: loaded.file,
        pointer: `/repositories/${i}/repo`,
        ...locate(loaded, `/repositories/${i}/repo`),
        message: `no node names ${entry.repo} in links.repo`,
        fix: 'run npm run extract:activity to write the file again from the nodes',
      });
    byRepo.set(entry.repo, {
      repo: entry.repo,
      read: data.read,
      asOf: data.as_of,
      ...(entry.unread ? { unread: entry.unread } : {}),
      ...(entry.stale ? { stale: entry.stale } : {}),
      ...(entry.snapshot ? { snapshot: entry.snapshot } : {}),
      ...(entry.release ? { release: entry.release } : {}),
      ...(entry.no_releases ? { noReleases: entry.no_releases } : {}),
      ...(entry.last_commit ? { lastCommit: entry.last_commit } : {}),
    });
  });
  const out: AtlasNode[] = [];
  for (const node of nodes) {
    const repo = node.links.repo;
    if (!repo?.startsWith('https://github.com/')) {
      out.push(node);
      continue;
    }
    const activity = byRepo.get(repo);
    if (!activity) {
      const text = await readFile(join(root, node.file), 'utf8');
      problems.push({
        file: node.file,
        line: lineOf(text, '  repo:'),
        column: 3,
        pointer: '/links/repo',
        message: `${repo} has no dates in ${ACTIVITY_FILE}`,
        fix: `put a git copy of it at <mirrors>/${repo.slice('https://github.com/'.length).replace('/', '+')}/repo (git clone --bare ${repo}) and run npm run extract:activity`,
      });
      out.push(node);
      continue;
    }
    const judged = judgeStatus(node.status, activity);
    if (judged) {
      const text = await readFile(join(root, node.file), 'utf8');
      warnings.push({
        file: node.file,
        line: lineOf(text, 'status:'),
        column: 1,
        pointer: '/status',
        message: `status is ${node.status}, but ${judged.reason}`,
        fix: `set status: ${judged.expected} (the rules are in docs/adding-a-node.md, "Dates and statuses")`,
      });
    }
    out.push({ ...node, activity });
  }
  return out;
}
