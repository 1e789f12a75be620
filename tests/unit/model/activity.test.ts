import { describe, expect, it } from 'vitest';
import { judgeStatus, monthsBetween } from '../../../src/model/activity';
import type { Activity, NodeStatus } from '../../../src/model/types';

const base: Activity = {
  repo: 'https://github.com/example/tool',
  read: '2026-12-06',
  asOf: '2026-08-20',
  snapshot: { commit: '0'.repeat(40), date: '2026-08-01' },
  release: { version: '2.0.0', tag: 'v2.0.0', date: '2026-01-10', url: 'https://github.com/x/y' },
  lastCommit: { date: '2026-07-01', url: 'https://github.com/x/y/commit/1' },
};
const released = (date: string) => ({ ...base, release: { ...base.release!, date } });
const committed = (date: string) => ({ ...base, lastCommit: { ...base.lastCommit!, date } });

describe('monthsBetween', () => {
  it.each([
    ['2025-02-20', '2026-08-20', 18],
    ['2025-02-21', '2026-08-20', 17],
    ['2026-08-20', '2026-08-20', 0],
    ['2024-12-31', '2026-01-01', 12],
  ])('%s → %s is %i months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('the status rules', () => {
  const cases: [string, NodeStatus, Activity | undefined, string | undefined][] = [
    ['recent release and commit: active holds', 'active', base, undefined],
    ['release 18 months old still counts', 'active', released('2025-02-20'), undefined],
    ['release 19 months old: maintenance', 'active', released('2025-01-19'), 'maintenance'],
    ['no commit by a person for 13 months', 'active', committed('2025-07-19'), 'maintenance'],
    [
      'no releases on purpose, recent commits: active holds',
      'active',
      { ...base, release: undefined, noReleases: 'a deployment repository' } as Activity,
      undefined,
    ],
    [
      'no release tag at all: maintenance',
      'active',
      { ...base, release: undefined } as Activity,
      'maintenance',
    ],
    ['maintenance is not second-guessed', 'maintenance', base, undefined],
    ['deprecated is what the project says', 'deprecated', committed('2020-01-01'), undefined],
    ['not read: cannot tell', 'active', { ...base, unread: 'too large to fetch' }, undefined],
    [
      'a copy known to be stale: cannot tell',
      'active',
      { ...committed('2020-01-01'), stale: 'the copy is old' },
      undefined,
    ],
    ['no dates at all', 'active', undefined, undefined],
  ];
  it.each(cases)('%s', (_, status, activity, expected) => {
    expect(judgeStatus(status, activity)?.expected).toBe(expected);
  });

  it('says which date broke the rule, measured from the day the copies were taken', () => {
    expect(judgeStatus('active', released('2024-03-19'))?.reason).toBe(
      'its last release, 2.0.0, is from 2024-03-19, more than 18 months before 2026-08-20',
    );
  });
});
