// Serves the built app on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

/** Starts `vite preview` on a free loopback port over dist/ (built by `npm run test:e2e`). */
export async function startServer() {
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4300, strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors, uncaught exceptions and requests leaving the origin. */
export async function watchedPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(origin))
      problems.push(`foreign request: ${url}`);
  });
  return { page, problems };
}

/** The resolved atlas, as `npm run export` prints it (over ATLAS_DATA_ROOT when set, like the build). */
export function loadAtlas() {
  const root = process.env.ATLAS_DATA_ROOT ?? '.';
  const args = ['--import', 'tsx', 'src/pipeline/cli.ts', 'export', '--root', root];
  return JSON.parse(
    execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in the page and returns its serious and critical violations as readable lines.
 * The script is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousA11yViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
  });
  return violations;
}

/**
 * Registers the suite's before/after hooks (a server over dist/ and one browser) and returns
 * `open(path, options)`, which opens a watched page, and `url(path)`.
 */
export function browserSuite({ before, after }) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await startBrowser();
    // Every suite but the first-visit one is a returning visitor: no welcome above the map.
    await browser.context.addInitScript(() => {
      try {
        window.localStorage.setItem('jupyter-atlas:welcomed', '1');
      } catch {
        // about:blank and error pages have no storage.
      }
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const url = (path) => new URL(path, server.url).href;
  async function open(
    path,
    {
      viewport = { width: 1440, height: 900 },
      reducedMotion = false,
      waitForMap = true,
      // Runs before navigation (routes, init scripts); with waitUntil, how far goto waits.
      beforeGoto = undefined,
      waitUntil = 'load',
    } = {},
  ) {
    const watched = await watchedPage(browser.context, new URL(server.url).origin);
    await watched.page.setViewportSize(viewport);
    if (reducedMotion) await watched.page.emulateMedia({ reducedMotion: 'reduce' });
    if (beforeGoto) await beforeGoto(watched.page);
    await watched.page.goto(url(path), { waitUntil });
    if (waitForMap) await watched.page.locator('.map-frame[data-framed="true"]').waitFor();
    return watched;
  }
  /** A plain page in the suite's browser, for sites other than the atlas (a real hub). */
  const newPage = () => browser.context.newPage();
  return { open, url, newPage };
}

/**
 * Runs `code` (an ES module body) with the app's TypeScript modules importable, and returns what
 * it prints as JSON: tests read the route table and its link builders (src/state/routes.ts)
 * instead of copying them.
 */
export function runTs(code) {
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
}

/**
 * What covers the map: the names of nodes and group headers lying under the map tools (view
 * menu, filters, legend, notices), the zoom controls, or (big picture) a block label under them.
 */
export function coveredByTools(page) {
  return page.evaluate(() => {
    const tools = [...document.querySelectorAll('.map-tools, .react-flow__controls')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0);
    const hit = (a, b) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('.atlas-node, .kind-group-header, .atlas-block-label')]
      .filter((el) => tools.some((t) => hit(el.getBoundingClientRect(), t)))
      .map((el) => el.textContent?.slice(0, 40));
  });
}

/**
 * The rendered size of every node name on the map's screen (its font size times the map's
 * zoom), for the nodes `selector` matches: all of them, or `.is-selected`, `.is-neighbour`…
 */
export function nameSizes(page, selector = '.atlas-node') {
  return page.evaluate((selector) => {
    const frame = document.querySelector('.react-flow')?.getBoundingClientRect();
    return [...document.querySelectorAll(selector)]
      .map((node) => node.querySelector('.atlas-node-name'))
      .filter(Boolean)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const inside =
          frame &&
          box.right > frame.left &&
          box.left < frame.right &&
          box.bottom > frame.top &&
          box.top < frame.bottom;
        const zoom = box.height / el.offsetHeight || 1;
        return inside ? parseFloat(getComputedStyle(el).fontSize) * zoom : null;
      })
      .filter((s) => s !== null);
  }, selector);
}

/**
 * How the page scrolls (docs/architecture.md, "Scrolling"): the document itself must not, the
 * page's scroll containers must not scroll sideways, and no text may lie out of the window with
 * no scroll container to bring it in (a page that clips instead of scrolling).
 */
export function scrollModel(page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement;
    const roots = new Set([
      document.documentElement,
      document.body,
      document.getElementById('root'),
    ]);
    const containerOf = (el) => {
      for (let p = el.parentElement; p && !roots.has(p); p = p.parentElement)
        if (getComputedStyle(p).overflowY !== 'visible') return p;
      return null;
    };
    const scrollers = [...document.querySelectorAll('main, aside, main *, aside *')].filter(
      (el) =>
        /(auto|scroll)/.test(getComputedStyle(el).overflowY) &&
        el.scrollHeight > el.clientHeight + 1,
    );
    const sideways = scrollers
      .filter(
        (el) => (el.id === 'main' || el.matches('aside')) && el.scrollWidth > el.clientWidth + 1,
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} is ${el.scrollWidth} px wide in ${el.clientWidth}`,
      );
    const unreachable = [...document.querySelectorAll('body *')]
      .filter((el) => el.children.length === 0 && el.textContent.trim() !== '')
      .filter((el) => !el.closest('.react-flow, .visually-hidden, dialog:not([open])'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          el.checkVisibility({ visibilityProperty: true }) &&
          r.width > 0 &&
          (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) &&
          containerOf(el) === null
        );
      })
      .slice(0, 5)
      .map(
        (el) =>
          `“${el.textContent.trim().slice(0, 40)}” at ${Math.round(el.getBoundingClientRect().bottom)} px`,
      );
    return {
      height: doc.scrollHeight,
      width: doc.scrollWidth,
      innerHeight,
      innerWidth,
      sideways,
      unreachable,
    };
  });
}
