#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: retakes the README's screenshots (docs/screenshots/*.png) from a build of
 * the app in Debian's Chromium, so they show the atlas as it is. Each row of SHOTS is a file, the
 * address, the window, the theme and what to do before the picture (type a search, wait for a
 * label). Builds into a temporary folder first; `--dist DIR` uses an existing build.
 *
 *   npm run screenshots                 every screenshot
 *   npm run screenshots -- search       only those whose file name contains "search"
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'docs', 'screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * @typedef {{ file: string, url: string, viewport?: { width: number, height: number },
 *   theme?: 'light' | 'dark', firstVisit?: boolean, ready?: string,
 *   act?: (page: import('playwright-core').Page) => Promise<void> }} Shot
 */

/** @type {Shot[]} */
const SHOTS = [
  { file: 'map-desktop', url: '/?node=jupyterhub', ready: '#detail-title' },
  { file: 'map-phone', url: '/?node=jupyterhub', viewport: PHONE, ready: '#detail-title' },
  { file: 'welcome', url: '/', firstVisit: true, ready: '#welcome-title' },
  { file: 'phone-first-screen', url: '/', viewport: PHONE, firstVisit: true },
  { file: 'view-core', url: '/?view=core&node=jupyterhub', ready: '#detail-title' },
  {
    file: 'view-plugins',
    url: '/?view=plugins&kind=spawner&node=kubespawner',
    ready: '#detail-title',
  },
  {
    file: 'view-deployments',
    url: '/?view=deployments&node=zero-to-jupyterhub',
    ready: '#detail-title',
  },
  { file: 'view-ecosystem', url: '/?view=ecosystem' },
  { file: 'outline', url: '/?mode=outline&node=configurable-http-proxy', ready: '#detail-title' },
  {
    file: 'search',
    url: '/',
    act: async (page) => {
      await page.getByRole('combobox', { name: 'Search the atlas' }).fill('spawner_class');
      await page.getByRole('option').first().waitFor();
    },
  },
  { file: 'big-picture', url: '/?view=big-picture' },
  { file: 'big-picture-dark', url: '/?view=big-picture', theme: 'dark' },
  { file: 'config', url: '/config?node=kubespawner&setting=KubeSpawner.start_timeout' },
  { file: 'compose', url: '/compose?auth=github-oauthenticator' },
  { file: 'path-step', url: '/paths/what-happens-when-you-log-in/8' },
  { file: 'paths-gallery', url: '/paths' },
  { file: 'compare', url: '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub' },
  { file: 'chooser', url: '/choose?users=30&infra=vm' },
  { file: 'pathways', url: '/pathways?skills=kubernetes' },
];

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const only = args.filter((a, i) => !a.startsWith('--') && (distAt < 0 || i !== distAt + 1));
let dist = distAt >= 0 ? args[distAt + 1] : undefined;
let built;
if (!dist) {
  built = mkdtempSync(join(tmpdir(), 'atlas-shots-'));
  dist = join(built, 'dist');
  console.error('building…');
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const server = await preview({
  root: REPO,
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port: 4392, strictPort: false },
  logLevel: 'silent',
});
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
/** @type {string[]} */
const problems = [];
try {
  for (const shot of SHOTS.filter(
    (s) => only.length === 0 || only.some((o) => s.file.includes(o)),
  )) {
    const context = await browser.newContext({
      viewport: shot.viewport ?? DESKTOP,
      deviceScaleFactor: 1,
      colorScheme: shot.theme ?? 'light',
      reducedMotion: 'reduce',
    });
    if (!shot.firstVisit)
      await context.addInitScript(() => window.localStorage.setItem('jupyter-atlas:welcomed', '1'));
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${shot.file}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${shot.file}: ${m.text()}`);
    });
    await page.goto(`${base}${shot.url}`);
    await page.waitForSelector('#main, main', { timeout: 30_000 });
    if (shot.url.startsWith('/?') || shot.url === '/')
      await page.waitForSelector('.map-frame[data-framed="true"], .outline', { timeout: 30_000 });
    if (shot.ready) await page.waitForSelector(shot.ready, { timeout: 30_000 });
    if (shot.act) await shot.act(page);
    // Let late chunks (the panel, the docs) arrive and the camera settle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `${shot.file}.png`) });
    console.error(`wrote docs/screenshots/${shot.file}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  if (built) rmSync(built, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
