import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectedOutput, materialize, VALID } from '../../helpers/fixtures';

const run = promisify(execFile);

describe('npm run validate', () => {
  const cli = (root: string) =>
    run(process.execPath, [
      '--import',
      'tsx',
      'src/pipeline/cli.ts',
      'validate',
      '--root',
      root,
    ]).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('accepts the valid fixture and says what it checked', async () => {
    const { code, stdout } = await cli(VALID);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^graph-data is valid: 3 nodes, 3 relations, 1 paths, 1 architectures, 3 docs/,
    );
  });

  it.each(['unknown-relation-target', 'several-problems-in-several-files'])(
    'prints every problem of %s and exits 1',
    async (name) => {
      const root = await materialize(name);
      try {
        const { code, stderr } = await cli(root);
        expect(code).toBe(1);
        const expected = await expectedOutput(name);
        expect(stderr.split('\n').slice(0, expected.length)).toEqual(expected);
        expect(stderr).toContain(
          `${expected.length} problem${expected.length === 1 ? '' : 's'} found.`,
        );
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    30_000,
  );
});

describe('npm run check:links', () => {
  it('says plainly that nothing was checked when there is no network, and exits 0', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-links.ts', VALID],
      {
        env: { ...process.env, ATLAS_OFFLINE: '1' },
      },
    );
    expect(stdout.trim()).toMatch(/^No network here: \d+ links were not checked\./);
  });
});
