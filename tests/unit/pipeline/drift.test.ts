import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { driftOf, type RepositoryAnswers } from '../../../scripts/lib/drift';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RESPONSES = fileURLToPath(new URL('../../fixtures/drift/', import.meta.url));

function drift(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('npx', ['tsx', 'scripts/check-drift.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('npm run check:drift', () => {
  it('reports each kind of change from recorded answers, as JSON', () => {
    const out = JSON.parse(
      drift([
        '--json',
        '--responses',
        RESPONSES,
        '--repo',
        'https://github.com/jupyterhub/batchspawner',
        '--repo',
        'https://github.com/jupyterhub/kubespawner',
        '--repo',
        'https://github.com/LibreTexts/ngshare',
      ]),
    ) as { checked: number; rows: { repo: string; changes: string[]; commitsSince: number }[] };
    expect(out.checked).toBe(3);
    const byRepo = Object.fromEntries(out.rows.map((r) => [r.repo.split('/').at(-1), r]));
    expect(byRepo.batchspawner?.changes).toEqual([]);
    expect(byRepo.kubespawner?.commitsSince).toBe(12);
    expect(byRepo.kubespawner?.changes).toEqual([
      'new release 7.2.0 (2026-11-28); the atlas knows 7.1.0',
      'pyproject.toml changed since the pinned commit: re-check entry points',
    ]);
    expect(byRepo.ngshare?.changes).toEqual([
      'archived on GitHub; the atlas says maintenance',
      'licence is MIT on GitHub; the atlas says BSD-3-Clause',
    ]);
  }, 60_000);

  it('says it checked nothing, and exits 0, without a network', () => {
    expect(drift([], { ATLAS_OFFLINE: '1' })).toMatch(
      /^No network here: the \d+ pinned repositories were not checked\./,
    );
  }, 60_000);
});

describe('driftOf', () => {
  const answers: RepositoryAnswers = {
    repository: { default_branch: 'main', archived: false, license: { spdx_id: 'NOASSERTION' } },
    head: { sha: 'b'.repeat(40), commit: { committer: { date: '2026-01-02T00:00:00Z' } } },
    latestRelease: null,
    compare: { ahead_by: 3, files: [{ filename: 'docs/setup.py' }] },
  };
  it('does not call a licence GitHub cannot name a change, nor a nested setup.py an entry-point file', () => {
    const row = driftOf(
      {
        repo: 'https://github.com/x/y',
        commit: 'a'.repeat(40),
        licence: 'MIT',
        statuses: ['active'],
      },
      answers,
    );
    expect(row.changes).toEqual([]);
    expect(row.commitsSince).toBe(3);
  });
});
