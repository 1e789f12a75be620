import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../../src/model/types';
import { buildAtlasOrThrow } from '../../../src/pipeline/build';
import { render as draw, RenderError } from '../../../scripts/render';

const dir = mkdtempSync(join(tmpdir(), 'atlas-render-'));

/** The command itself, in its own process: for what only the command line does (exit codes). */
function cli(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/render.ts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { status: e.status, stderr: e.stderr };
  }
}

// The real atlas, built once; every drawing below is made from it in this process, as the
// command makes it after its own build.
let atlas: Atlas;
beforeAll(async () => {
  atlas = (await buildAtlasOrThrow({ root: '.' })).atlas;
}, 60_000);

/** What `npm run render -- …args` does: 0 when it drew, 2 and the message for a wrong option. */
async function render(args: string[]): Promise<{ status: number; stderr: string }> {
  try {
    await draw(args, atlas);
    return { status: 0, stderr: '' };
  } catch (error) {
    if (error instanceof RenderError) return { status: 2, stderr: `render: ${error.message}` };
    throw error;
  }
}

describe('npm run render', () => {
  it('writes the same SVG bytes twice for a view and for a path step', async () => {
    for (const [name, args] of [
      ['core', ['--view', 'core', '--legend']],
      ['step', ['--path', 'what-happens-when-you-log-in', '--step', '8', '--theme', 'dark']],
    ] as const) {
      const a = join(dir, `${name}-a.svg`);
      const b = join(dir, `${name}-b.svg`);
      expect((await render([...args, '--out', a])).status).toBe(0);
      expect((await render([...args, '--out', b])).status).toBe(0);
      expect(readFileSync(b)).toEqual(readFileSync(a));
    }
    const step = readFileSync(join(dir, 'step-a.svg'), 'utf8');
    expect(step).toContain('data-theme="dark"');
    expect(step).toContain('step 8: The proxy gets a route, the browser is redirected');
  }, 60_000);

  it('writes Mermaid, DOT and D2 by the file’s extension', async () => {
    for (const ext of ['mmd', 'dot', 'd2']) {
      const out = join(dir, `core.${ext}`);
      expect((await render(['--view', 'core', '--out', out])).status).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain(ext === 'mmd' ? 'flowchart LR' : 'jupyterhub');
    }
  }, 60_000);

  it('draws two architectures side by side, what only one has dashed, and a filtered view', async () => {
    const out = join(dir, 'compare.svg');
    // As the issue writes it: the distributions' short names work too.
    expect((await render(['--compare', 'tljh,z2jh', '--out', out])).status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('>The Littlest JupyterHub</text>');
    expect(svg).toContain('>Zero to JupyterHub on Kubernetes</text>');
    // KubeSpawner is only in Z2JH, JupyterHub in both.
    expect(svg).toMatch(/data-node-id="kubespawner"><rect [^>]*stroke-dasharray/);
    expect(svg).not.toMatch(/data-node-id="jupyterhub"><rect [^>]*stroke-dasharray/);
    const kinds = join(dir, 'kinds.svg');
    expect(
      (await render(['--view', 'plugins', '--kind', 'spawner,hub', '--out', kinds])).status,
    ).toBe(0);
    const ids = [...readFileSync(kinds, 'utf8').matchAll(/class="node" data-node-id="([^"]+)"/g)];
    expect(ids.length).toBeGreaterThan(15);
    expect(ids.map((m) => m[1])).toContain('kubespawner');
    expect(ids.map((m) => m[1])).not.toContain('github-oauthenticator');
    expect((await render(['--compare', 'zero-to-jupyterhub'])).stderr).toMatch(
      /two or three different/,
    );
  }, 60_000);

  it('names the views there are when asked for one that is not, and exits with 2', () => {
    const { status, stderr } = cli(['--view', 'no-such-view']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^render: no view "no-such-view" \(core, plugins, .*big-picture/);
  }, 60_000);
});
