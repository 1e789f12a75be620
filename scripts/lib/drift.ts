/**
 * What changed upstream since the atlas pinned a repository: the pure part of
 * `npm run check:drift`, fed with GitHub's REST API answers (recorded or live).
 */

/** What the atlas holds about one repository. */
export interface PinnedRepository {
  repo: string;
  /** The commit the atlas's facts were read at (the settings' pin, else the most cited). */
  commit: string;
  /** The newest release the atlas knows (graph-data/activity/), without a leading v. */
  release?: string;
  /** The SPDX licence the atlas's nodes give, when they agree on one. */
  licence?: string;
  /** The statuses the atlas's nodes of this repository give. */
  statuses: string[];
}

/** GitHub's answers for one repository, in the API's own shape (only the fields read). */
export interface RepositoryAnswers {
  /** GET /repos/{owner}/{repo} */
  repository: {
    default_branch: string;
    archived: boolean;
    license: { spdx_id: string | null } | null;
  };
  /** GET /repos/{owner}/{repo}/commits/{default_branch} */
  head: { sha: string; commit: { committer: { date: string } } };
  /** GET /repos/{owner}/{repo}/releases/latest; null when the API answers 404 (no release). */
  latestRelease: { tag_name: string; published_at: string } | null;
  /** GET /repos/{owner}/{repo}/compare/{pinned}...{head} */
  compare: { ahead_by: number; files?: { filename: string }[] };
}

export interface DriftRow {
  repo: string;
  pinned: string;
  head: string;
  headDate: string;
  commitsSince: number;
  latestRelease?: string;
  archived: boolean;
  licence?: string;
  /** What a maintainer of the atlas should look at, one sentence each; empty when nothing. */
  changes: string[];
}

/** Files that declare a Python package's entry points and metadata. */
export const ENTRY_POINT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];

const bare = (version: string) => version.replace(/^v/, '');

export function driftOf(pinned: PinnedRepository, answers: RepositoryAnswers): DriftRow {
  const changes: string[] = [];
  const release = answers.latestRelease ? bare(answers.latestRelease.tag_name) : undefined;
  if (release && release !== pinned.release)
    changes.push(
      `new release ${release} (${answers.latestRelease?.published_at.slice(0, 10)}); the atlas knows ${pinned.release ?? 'none'}`,
    );
  if (answers.repository.archived && !pinned.statuses.every((s) => s === 'archived'))
    changes.push(`archived on GitHub; the atlas says ${[...new Set(pinned.statuses)].join(', ')}`);
  const spdx = answers.repository.license?.spdx_id;
  if (spdx && spdx !== 'NOASSERTION' && pinned.licence && spdx !== pinned.licence)
    changes.push(`licence is ${spdx} on GitHub; the atlas says ${pinned.licence}`);
  const touched = (answers.compare.files ?? [])
    .map((f) => f.filename)
    .filter((name) => ENTRY_POINT_FILES.includes(name));
  if (touched.length > 0)
    changes.push(`${touched.join(', ')} changed since the pinned commit: re-check entry points`);
  return {
    repo: pinned.repo,
    pinned: pinned.commit,
    head: answers.head.sha,
    headDate: answers.head.commit.committer.date.slice(0, 10),
    commitsSince: answers.compare.ahead_by,
    ...(release ? { latestRelease: release } : {}),
    archived: answers.repository.archived,
    ...(spdx ? { licence: spdx } : {}),
    changes,
  };
}

/** The rows as a plain-text table, widest repository name first column. */
export function driftTable(rows: DriftRow[]): string {
  const name = (r: DriftRow) => r.repo.replace('https://github.com/', '');
  const width = Math.max(10, ...rows.map((r) => name(r).length));
  const lines = [
    `${'repository'.padEnd(width)}  pinned   head     since  release     changes`,
    ...rows.map(
      (r) =>
        `${name(r).padEnd(width)}  ${r.pinned.slice(0, 7)}  ${r.head.slice(0, 7)}  ${String(r.commitsSince).padStart(5)}  ${(r.latestRelease ?? '-').padEnd(10)}  ${r.changes.length ? r.changes.join('; ') : '-'}`,
    ),
  ];
  return lines.join('\n');
}
