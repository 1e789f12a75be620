/**
 * `npm run check:drift [-- --json] [-- --repo URL …] [-- --responses DIR]`: for every repository
 * the atlas pins (a commit in scripts/settings-sources.json or in a node's sources), asks
 * GitHub's public REST API for the default branch's head, the latest release, the archived flag,
 * the licence and the files changed since the pinned commit, and reports what changed: a new
 * release, an archived repository, a licence the atlas does not give, an entry-point file
 * touched. Prints a table, or JSON with --json. Uses GITHUB_TOKEN when set (60 requests an hour
 * without one, four per repository).
 *
 * Offline (no DNS for api.github.com, or ATLAS_OFFLINE=1) it says so and exits 0, like
 * check:links. --responses DIR reads answers recorded as DIR/<owner>+<name>.json instead of
 * asking (the tests do; see tests/fixtures/drift/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtlas } from '../src/pipeline/build.ts';
import { online } from './lib/online.ts';
import { driftOf, driftTable, type PinnedRepository, type RepositoryAnswers } from './lib/drift.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    json: { type: 'boolean', default: false },
    repo: { type: 'string', multiple: true },
    responses: { type: 'string' },
  },
});
const root = resolve(values.root);
const PIN =
  /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(?:blob|tree|commits|commit)\/([0-9a-f]{40})\b/;

async function pinnedRepositories(): Promise<PinnedRepository[]> {
  const { atlas, problems } = await buildAtlas({ root, layout: false });
  if (problems.length > 0)
    throw new Error(`the atlas has ${problems.length} problems; run npm run validate first`);
  const settingsPins = new Map<string, string>();
  const sourcesFile = join(root, 'scripts', 'settings-sources.json');
  if (existsSync(sourcesFile))
    for (const p of (
      JSON.parse(readFileSync(sourcesFile, 'utf8')) as {
        projects: { repo: string; commit: string }[];
      }
    ).projects)
      settingsPins.set(p.repo, p.commit);
  const cited = new Map<string, Map<string, number>>();
  for (const node of atlas.nodes)
    for (const source of node.sources) {
      const m = source.url.match(PIN);
      if (!m) continue;
      const repo = `https://github.com/${m[1]}`;
      const counts = cited.get(repo) ?? new Map<string, number>();
      counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
      cited.set(repo, counts);
    }
  const repos = new Set([...settingsPins.keys(), ...cited.keys()]);
  return [...repos].sort().map((repo) => {
    const mostCited = [...(cited.get(repo) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1],
    )[0]?.[0];
    const nodes = atlas.nodes.filter((n) => n.links.repo === repo);
    const licences = new Set(nodes.map((n) => n.license).filter((l) => l !== undefined));
    const release = nodes.find((n) => n.activity?.release)?.activity?.release?.version;
    return {
      repo,
      commit: settingsPins.get(repo) ?? mostCited ?? '',
      ...(release ? { release } : {}),
      ...(licences.size === 1 ? { licence: [...licences][0] } : {}),
      statuses: nodes.map((n) => n.status),
    };
  });
}

async function ask(path: string): Promise<unknown> {
  const token = process.env.GITHUB_TOKEN;
  const response = await fetch(`https://api.github.com${path}`, {
    headers: {
      Accept: 'application/vnd.github+json',
      'User-Agent': 'jupyter-atlas-check-drift',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    signal: AbortSignal.timeout(20_000),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return response.json();
}

async function answersFor(pinned: PinnedRepository): Promise<RepositoryAnswers | undefined> {
  const name = pinned.repo.replace('https://github.com/', '');
  if (values.responses) {
    const file = join(values.responses, `${name.replace('/', '+')}.json`);
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as RepositoryAnswers)
      : undefined;
  }
  const repository = (await ask(`/repos/${name}`)) as RepositoryAnswers['repository'] | null;
  if (!repository) return undefined;
  const head = (await ask(
    `/repos/${name}/commits/${repository.default_branch}`,
  )) as RepositoryAnswers['head'];
  const latestRelease = (await ask(
    `/repos/${name}/releases/latest`,
  )) as RepositoryAnswers['latestRelease'];
  const compare = ((await ask(`/repos/${name}/compare/${pinned.commit}...${head.sha}`)) ?? {
    ahead_by: 0,
  }) as RepositoryAnswers['compare'];
  return { repository, head, latestRelease, compare };
}

let pinned = await pinnedRepositories();
if (values.repo) pinned = pinned.filter((p) => values.repo?.includes(p.repo));
// Recorded answers need no network.
if (!values.responses && !(await online('api.github.com'))) {
  console.log(
    `No network here: the ${pinned.length} pinned repositories were not checked. Run again where api.github.com resolves.`,
  );
  process.exit(0);
}
const rows = [];
const unanswered: string[] = [];
for (const p of pinned) {
  const answers = await answersFor(p);
  if (answers) rows.push(driftOf(p, answers));
  else unanswered.push(p.repo);
}
if (values.json) {
  console.log(JSON.stringify({ checked: rows.length, rows, unanswered }, null, 2));
} else {
  console.log(driftTable(rows));
  const drifted = rows.filter((r) => r.changes.length > 0).length;
  console.log(
    `\n${rows.length} repositories checked, ${drifted} with changes to look at` +
      (unanswered.length ? `; no answer for ${unanswered.join(', ')}` : '') +
      '.',
  );
}
