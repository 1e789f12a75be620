#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:ab`: two builds of the app, A and B, loaded in turn (A, B, A, B…) in fresh
 * browser contexts of Debian's Chromium, each served by vite preview on 127.0.0.1, with the
 * bench's own probes (scripts/bench/page.mjs). Prints, per path, the median time to the live map
 * (the frame after `.map-frame[data-framed]`, never before the first paint) and to the first
 * contentful paint, and the median of B − A pair by pair. Fairer than two bench runs minutes
 * apart on a noisy machine, and what docs/performance.md's "A/B" figures are.
 *
 *   npm run bench:ab -- <A> [<B>] [--loads 15] [--path / --path /?view=big-picture]
 *
 * A and B are git revisions (built from a clean export of that commit) or folders that already
 * hold a build; B defaults to the working tree as it is. Builds go to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { serve } from './bench/build.mjs';
import { loadFigures, openPage } from './bench/page.mjs';
import { median } from './bench/stats.mjs';

const REPO = resolve(import.meta.dirname, '..');
const VITE = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
const args = process.argv.slice(2);
/** @type {string[]} */
const sides = [];
/** @type {string[]} */
const paths = [];
let loads = 15;
for (let i = 0; i < args.length; i++) {
  const a = /** @type {string} */ (args[i]);
  if (a === '--loads') loads = Number(args[++i]);
  else if (a === '--path') paths.push(/** @type {string} */ (args[++i]));
  else sides.push(a);
}
if (sides.length < 1 || sides.length > 2 || !(loads > 0)) {
  console.error('usage: npm run bench:ab -- <A> [<B>] [--loads N] [--path P]…');
  process.exit(2);
}
if (paths.length === 0) paths.push('/');

const work = await mkdtemp(join(tmpdir(), 'atlas-ab-'));
/**
 * A folder with a build of `side`: the folder itself if it holds one, else a build of that git
 * revision (or of the working tree, for "."), made in `work`.
 * @param {string} side
 * @param {string} name
 */
async function buildOf(side, name) {
  // (The repository's own index.html is Vite's source page, not a build.)
  if (side !== '.' && existsSync(join(side, 'index.html'))) return resolve(side);
  const out = join(work, `${name}-dist`);
  let root = REPO;
  if (side !== '.') {
    root = join(work, name);
    execFileSync('git', ['-C', REPO, 'worktree', 'add', '--detach', root, side], {
      stdio: 'ignore',
    });
    await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'));
  }
  console.error(`building ${name} (${side}) …`);
  execFileSync(
    process.execPath,
    [VITE, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return out;
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
/** @type {{ url: string, close: () => Promise<void> }[]} */
const servers = [];
try {
  const dirs = [
    await buildOf(/** @type {string} */ (sides[0]), 'a'),
    await buildOf(sides[1] ?? '.', 'b'),
  ];
  for (const dir of dirs) servers.push(await serve(dir, false, 4600));
  console.error(`serving ${dirs.join(' and ')} at ${servers.map((s) => s.url).join(' and ')}`);
  for (const path of paths) {
    /** @type {{ live: number[], fcp: number[] }[]} */
    const got = [
      { live: [], fcp: [] },
      { live: [], fcp: [] },
    ];
    for (let i = 0; i < loads * 2; i++) {
      const side = i % 2;
      const opened = await openPage(browser, new URL(path, servers[side]?.url).href, {
        nodeIds: [],
        groupIds: [],
        timeout: 30_000,
      });
      try {
        const load = await loadFigures(opened, { definition: 'interactive', settleMs: 200 });
        got[side]?.live.push(load.interactiveMs ?? NaN);
        got[side]?.fcp.push(load.fcpMs ?? NaN);
      } finally {
        await opened.close();
      }
    }
    const [a, b] =
      /** @type {[{ live: number[], fcp: number[] }, { live: number[], fcp: number[] }]} */ (got);
    /** @param {number[]} x @param {number[]} y */
    const pairDiff = (x, y) => median(x.map((v, i) => (y[i] ?? NaN) - v));
    const f = (/** @type {number | null} */ v) => (v === null ? '–' : `${Math.round(v)} ms`);
    console.log(
      `${path}  (${loads} loads each)\n` +
        `  live map     A ${f(median(a.live))}   B ${f(median(b.live))}   B − A ${f(pairDiff(a.live, b.live))}\n` +
        `  first paint  A ${f(median(a.fcp))}   B ${f(median(b.fcp))}   B − A ${f(pairDiff(a.fcp, b.fcp))}`,
    );
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
  for (const name of ['a', 'b'])
    if (existsSync(join(work, name)))
      execFileSync('git', ['-C', REPO, 'worktree', 'remove', '--force', join(work, name)], {
        stdio: 'ignore',
      });
  await rm(work, { recursive: true, force: true });
}
