/**
 * The status rules: what a node's `status` must agree with, given its repository's dates
 * (docs/adding-a-node.md, "Dates and statuses"). Pure; the pipeline warns with it and the
 * report lists it.
 */
import type { Activity, NodeStatus } from './types.ts';

/** A release at most this many months before the copies were taken (`asOf`) counts as recent. */
export const RELEASE_MONTHS = 18;
/** A commit by a person at most this many months before `asOf` counts as recent. */
export const COMMIT_MONTHS = 12;

/** Whole months from `from` to `to` (YYYY-MM-DD), counting a month once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export interface StatusJudgement {
  /** What the rules say the status should be. */
  expected: NodeStatus;
  /** Why, in a sentence that names the dates. */
  reason: string;
}

/**
 * Where `status` disagrees with the dates, what the rules expect and why; `undefined` when they
 * agree, or when the dates cannot tell (not read, a copy known to be out of date, or a
 * status the dates do not decide: experimental, deprecated and archived are what the project
 * says of itself; maintenance may still release fixes).
 */
export function judgeStatus(
  status: NodeStatus,
  activity: Activity | undefined,
): StatusJudgement | undefined {
  if (!activity || activity.unread || activity.stale || !activity.snapshot) return undefined;
  if (status !== 'active') return undefined;
  const { asOf: read, release, lastCommit, noReleases } = activity;
  const commitAge = lastCommit ? monthsBetween(lastCommit.date, read) : Infinity;
  const releaseAge = release ? monthsBetween(release.date, read) : undefined;
  const commitText = lastCommit
    ? `its last commit by a person is from ${lastCommit.date}`
    : 'no commit by a person was found';
  if (commitAge > COMMIT_MONTHS)
    return {
      expected: 'maintenance',
      reason: `${commitText}, more than ${COMMIT_MONTHS} months before ${read}`,
    };
  if (releaseAge !== undefined && releaseAge > RELEASE_MONTHS)
    return {
      expected: 'maintenance',
      reason: `its last release, ${release?.version}, is from ${release?.date}, more than ${RELEASE_MONTHS} months before ${read}`,
    };
  if (releaseAge === undefined && noReleases === undefined)
    return { expected: 'maintenance', reason: 'no release was found' };
  return undefined;
}
