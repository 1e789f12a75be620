import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { expect, mapFramed, panelHeading, settled, test, watch } from './fixtures';

const run = promisify(execFile);
const vite = ['node_modules/vite/bin/vite.js'];

test.describe('reliability', () => {
  test('works from a plain static server under a sub-path, with every other origin blocked, and its edit links open the right file', async ({
    context,
  }) => {
    // A build of its own, under /atlas/.
    test.setTimeout(180_000);
    const out = mkdtempSync(join(tmpdir(), 'atlas-sub-'));
    await run(process.execPath, [...vite, 'build', '--outDir', out, '--emptyOutDir'], {
      env: {
        ...process.env,
        ATLAS_BASE: '/atlas/',
        ATLAS_REPOSITORY: 'https://github.com/example/jupyter-atlas',
      },
    });
    const server = await preview({
      base: '/atlas/',
      build: { outDir: out },
      preview: { host: '127.0.0.1', port: 4400, strictPort: false },
      logLevel: 'silent',
    });
    try {
      const base = server.resolvedUrls!.local[0]!;
      const origin = new URL(base).origin;
      const blocked: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url().startsWith(origin)) return route.continue();
        blocked.push(route.request().url());
        return route.abort();
      });
      const { page, problems } = watch(await context.newPage(), origin);
      await page.goto(`${base}?node=jupyterhub`);
      await mapFramed(page);
      await expect(panelHeading(page)).toHaveText('JupyterHub');
      // "Edit this node" opens GitHub's editor on the node's file, in a new tab.
      const edit =
        'https://github.com/example/jupyter-atlas/edit/main/graph-data/nodes/hub/jupyterhub.yaml';
      const [tab] = await Promise.all([
        context.waitForEvent('request', (r) => r.url() === edit),
        page.getByRole('link', { name: /Edit this node on GitHub/ }).click(),
      ]);
      expect(tab.url()).toBe(edit);
      // The only request that left the origin is that one, stopped by the route above.
      await expect.poll(() => blocked).toContain(edit);
      expect(blocked).toEqual([edit]);
      blocked.splice(0);
      for (const other of context.pages()) if (other !== page) await other.close();
      await page.getByRole('link', { name: 'Guided paths' }).click();
      await expect(page).toHaveURL(/\/atlas\/paths$/);
      await page.getByRole('link', { name: 'What happens when you log in' }).click();
      await expect(page).toHaveURL(/\/atlas\/paths\/what-happens-when-you-log-in\/1$/);
      await expect(page.locator('.path-step .doc')).toBeVisible();
      await page.goto(`${base}compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub`);
      await expect(page.getByRole('heading', { name: 'Compare architectures' })).toBeVisible();
      // Nothing left the origin but the edit link's own tab (whose request may come again).
      expect(
        blocked.filter((u) => !u.startsWith('https://github.com/example/jupyter-atlas/edit/')),
      ).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('a failed build leaves the previous build output untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-keep-'));
    const root = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    try {
      writeFileSync(join(out, 'index.html'), '<p>previous build</p>');
      mkdirSync(join(root, 'graph-data', 'vocab'), { recursive: true });
      writeFileSync(join(root, 'graph-data', 'vocab', 'kinds.yaml'), 'kinds: [\n');
      const result = await run(
        process.execPath,
        [...vite, 'build', '--outDir', out, '--emptyOutDir'],
        { env: { ...process.env, ATLAS_DATA_ROOT: root } },
      ).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/graph-data\/vocab\/kinds\.yaml:\d+:\d+: YAML syntax error/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
      expect(existsSync(out)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('axe finds no serious or critical violation on any route', async ({ open, axe }) => {
    test.setTimeout(120_000);
    const routes = [
      '/',
      '/?view=plugins',
      '/?view=deployments',
      '/?view=ecosystem',
      '/?node=kubespawner',
      '/?mode=outline',
      '/paths',
      '/paths/choose-a-spawner/2',
      '/architectures',
      '/compare?a=binderhub&b=daskhub&c=nebari',
      '/choose?users=100&infra=kubernetes',
      '/pathways?skills=python',
      '/no-such-page',
      '/paths/nope/1',
    ];
    const { page, problems } = await open('/', { waitForMap: false });
    /**
     * Opens `route` and waits until it is drawn. Axe runs at once, before the full atlas arrives
     * in an idle moment (src/state/first-screen.ts): zoomed far out (the whole ecosystem) a
     * node's name is hidden, and its button must still be named (its aria-label), not only by
     * the summary tooltip the full atlas brings.
     */
    const visit = async (route: string) => {
      await page.goto(route);
      await settled(page);
    };
    for (const route of routes) {
      await visit(route);
      expect(await axe(page), `axe on ${route}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const route of ['/?node=jupyterhub', '/compare', '/pathways']) {
      await visit(route);
      expect(await axe(page), `axe on ${route} in the dark theme`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});
