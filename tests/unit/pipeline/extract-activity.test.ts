import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A repository with releases, a pre-release, a bot's commit and a merge of a bot's pull request. */
function makeRepository(dir: string): { human: string } {
  const work = join(dir, 'work');
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env },
    }).trim();
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  const commit = (message: string, who: string, email: string, date: string) =>
    run(['commit', '-q', '--allow-empty', '-m', message], {
      GIT_AUTHOR_NAME: who,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: who,
      GIT_COMMITTER_EMAIL: email,
      GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
    });
  commit('first', 'Ada', 'ada@example.org', '2024-01-10');
  run(['tag', 'v1.0.0']);
  commit('feature', 'Ada', 'ada@example.org', '2025-03-01');
  run(['tag', '-a', 'v1.1.0', '-m', 'release'], {
    GIT_COMMITTER_NAME: 'Ada',
    GIT_COMMITTER_EMAIL: 'ada@example.org',
    GIT_COMMITTER_DATE: '2025-03-02T12:00:00Z',
  });
  commit('fix', 'Grace', 'grace@example.org', '2025-06-15');
  const human = run(['rev-parse', 'HEAD']);
  commit(
    'bump',
    'dependabot[bot]',
    '49699333+dependabot[bot]@users.noreply.github.com',
    '2025-07-01',
  );
  run(['tag', 'v2.0.0rc1']);
  commit(
    'Merge pull request #5 from pre-commit-ci/pre-commit-ci-update-config',
    'Grace',
    'grace@example.org',
    '2025-08-01',
  );
  execFileSync('git', [
    'clone',
    '-q',
    '--bare',
    work,
    join(dir, 'mirrors', 'example+tool', 'repo'),
  ]);
  return { human };
}

describe('scripts/extract-activity.py over a made-up repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-activity-'));
  const { human } = makeRepository(dir);
  const out = join(dir, 'repositories.yaml');
  execFileSync(
    'python3',
    [
      'scripts/extract-activity.py',
      '--mirrors',
      join(dir, 'mirrors'),
      '--out',
      out,
      '--today',
      '2026-01-05',
      '--repo',
      'https://github.com/example/tool',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const data = parse(readFileSync(out, 'utf8')) as {
    read: string;
    as_of: string;
    repositories: Record<string, unknown>[];
  };
  const entry = data.repositories[0] as Record<string, Record<string, string>>;

  it('takes the newest final release by its tag date, not a later pre-release', () => {
    expect(entry.release).toEqual({
      version: '1.1.0',
      tag: 'v1.1.0',
      date: '2025-03-02',
      url: 'https://github.com/example/tool/releases/tag/v1.1.0',
    });
  });

  it("skips a bot's commit and a merge of a bot's pull request when finding the last commit by a person", () => {
    expect(entry.last_commit).toEqual({
      date: '2025-06-15',
      url: `https://github.com/example/tool/commit/${human}`,
    });
  });

  it('records the head that was read, the day, and the newest head as the day the rules measure from', () => {
    expect(entry.snapshot?.date).toBe('2025-08-01');
    expect(data.read).toBe('2026-01-05');
    expect(data.as_of).toBe('2025-08-01');
  });
});
