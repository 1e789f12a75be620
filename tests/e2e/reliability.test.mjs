import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { browserSuite, seriousA11yViolations, startBrowser, watchedPage } from './browser.mjs';

const run = promisify(execFile);
const vite = ['node_modules/vite/bin/vite.js'];
const suite = browserSuite({ before, after });

describe('reliability', () => {
  it('works from a plain static server under a sub-path, with every other origin blocked, and its edit links open the right file', async () => {
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
    const base = server.resolvedUrls.local[0];
    const browser = await startBrowser();
    try {
      const origin = new URL(base).origin;
      const blocked = [];
      await browser.context.route('**/*', (route) => {
        if (route.request().url().startsWith(origin)) return route.continue();
        blocked.push(route.request().url());
        return route.abort();
      });
      const { page, problems } = await watchedPage(browser.context, origin);
      await page.goto(`${base}?node=jupyterhub`);
      await page.locator('.map-frame[data-framed="true"]').waitFor();
      assert.equal(await page.locator('#detail-title').textContent(), 'JupyterHub');
      // "Edit this node" opens GitHub's editor on the node's file, in a new tab.
      const edit =
        'https://github.com/example/jupyter-atlas/edit/main/graph-data/nodes/hub/jupyterhub.yaml';
      const [tab] = await Promise.all([
        browser.context.waitForEvent('request', (r) => r.url() === edit),
        page.getByRole('link', { name: /Edit this node on GitHub/ }).click(),
      ]);
      assert.equal(tab.url(), edit);
      // The only request that left the origin is that one, stopped by the route above.
      for (let i = 0; i < 100 && !blocked.includes(edit); i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(blocked, [edit]);
      blocked.splice(0);
      for (const other of browser.context.pages()) if (other !== page) await other.close();
      await page.getByRole('link', { name: 'Guided paths' }).click();
      await page.waitForURL(/\/atlas\/paths$/);
      await page.getByRole('link', { name: 'What happens when you log in' }).click();
      await page.waitForURL(/\/atlas\/paths\/what-happens-when-you-log-in\/1$/);
      await page.locator('.path-step .doc').waitFor();
      await page.goto(`${base}compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub`);
      await page.getByRole('heading', { name: 'Compare architectures' }).waitFor();
      // Nothing left the origin but the edit link's own tab (whose request may come again).
      assert.deepEqual(
        blocked.filter((u) => !u.startsWith('https://github.com/example/jupyter-atlas/edit/')),
        [],
      );
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('a failed build leaves the previous build output untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-keep-'));
    writeFileSync(join(out, 'index.html'), '<p>previous build</p>');
    const root = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    mkdirSync(join(root, 'graph-data', 'vocab'), { recursive: true });
    writeFileSync(join(root, 'graph-data', 'vocab', 'kinds.yaml'), 'kinds: [\n');
    const result = await run(
      process.execPath,
      [...vite, 'build', '--outDir', out, '--emptyOutDir'],
      {
        env: { ...process.env, ATLAS_DATA_ROOT: root },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (e) => e,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /graph-data\/vocab\/kinds\.yaml:\d+:\d+: YAML syntax error/);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<p>previous build</p>');
    assert.ok(existsSync(out));
    rmSync(out, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('axe finds no serious or critical violation on any route', async () => {
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
    const { page, problems } = await suite.open('/', { waitForMap: false });
    for (const route of routes) {
      await page.goto(suite.url(route));
      await page.locator('main').first().waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(await seriousA11yViolations(page), [], `axe on ${route}`);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const route of ['/?node=jupyterhub', '/compare', '/pathways']) {
      await page.goto(suite.url(route));
      await page.locator('main').first().waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(await seriousA11yViolations(page), [], `axe on ${route} in the dark theme`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
