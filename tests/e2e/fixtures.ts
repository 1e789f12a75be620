// What every browser test shares: a watched page opened on the built app (`open`), the resolved
// atlas the page must show (`atlas`), axe (`axe`), and the returning visitor's storage. Each test
// runs in a fresh browser context (Playwright's default), so nothing carries from one to the next.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { SettingsAtlas } from '../../src/model/settings';
import type { Atlas } from '../../src/model/types';

/** The resolved atlas as `npm run export` prints it (docs/export-format.md). */
export type AtlasExport = Pick<
  Atlas,
  'nodes' | 'relations' | 'views' | 'paths' | 'architectures' | 'kinds' | 'relationTypes' | 'docs'
> & { format: string; settings: SettingsAtlas };

/** A page and what went wrong in it: console errors and warnings, uncaught errors, requests off the origin. */
export interface Watched {
  page: Page;
  problems: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** Wait for the map's first camera move (true), or for the load event alone (false). */
  waitForMap?: boolean;
  /** Runs before navigation: routes, init scripts, request listeners. */
  beforeGoto?: (page: Page) => Promise<void> | void;
  /** How far `goto` waits. */
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

/** Loads the atlas with `npm run export`, over ATLAS_DATA_ROOT when set (like the build). */
export function loadAtlas(): AtlasExport {
  const root = process.env.ATLAS_DATA_ROOT ?? '.';
  const args = ['--import', 'tsx', 'src/pipeline/cli.ts', 'export', '--root', root];
  return JSON.parse(
    execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as AtlasExport;
}

/** Records what goes wrong in `page`; a request is foreign when it leaves `origin`. */
export function watch(page: Page, origin: string): Watched {
  const problems: string[] = [];
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

/** The map has made its first camera move (the frame's data-framed, set for tests and the benchmark). */
export async function mapFramed(page: Page): Promise<void> {
  await expect(page.locator('.map-frame[data-framed="true"]')).toBeVisible();
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in the page and returns its serious and critical violations as readable lines.
 * The script is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
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
}

interface TestFixtures {
  /** False in the first-visit suite: everyone else is a returning visitor, with no welcome. */
  returningVisitor: boolean;
  /** Opens the app at `path` in a new watched page of this test's context. */
  open: (path: string, options?: OpenOptions) => Promise<Watched>;
  /** Serious and critical axe violations on the page as it is now (an empty list passes). */
  axe: (page: Page) => Promise<string[]>;
}

interface WorkerFixtures {
  /** The resolved atlas, loaded once per worker: what the pages must show. */
  atlas: AtlasExport;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  returningVisitor: [true, { option: true }],
  context: async ({ context, returningVisitor }, use) => {
    if (returningVisitor)
      await context.addInitScript(() => {
        try {
          window.localStorage.setItem('jupyter-atlas:welcomed', '1');
        } catch {
          // about:blank and error pages have no storage.
        }
      });
    await use(context);
  },
  atlas: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      await use(loadAtlas());
    },
    { scope: 'worker' },
  ],
  open: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL ?? '').origin;
    await use(
      async (
        path,
        {
          viewport = { width: 1440, height: 900 },
          reducedMotion = false,
          waitForMap = true,
          beforeGoto,
          waitUntil = 'load',
        } = {},
      ) => {
        const watched = watch(await context.newPage(), origin);
        await watched.page.setViewportSize(viewport);
        if (reducedMotion) await watched.page.emulateMedia({ reducedMotion: 'reduce' });
        if (beforeGoto) await beforeGoto(watched.page);
        await watched.page.goto(path, { waitUntil });
        if (waitForMap) await mapFramed(watched.page);
        return watched;
      },
    );
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  axe: async ({}, use) => {
    await use(seriousA11yViolations);
  },
});

export { expect };

/** The panel's heading: the open node's name. */
export const panelHeading = (page: Page) =>
  page.getByRole('complementary').getByRole('heading', { level: 2 });

/** The scale of the map's camera, read from React Flow's viewport transform. */
export async function mapScale(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1]);
}

/** Presses Tab until `locator` has focus; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  locator: ReturnType<Page['locator']>,
  limit = 60,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} by Tab in ${limit} presses`);
}

/** Two animation frames: the camera's move and React Flow's render after it. */
export const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/** What one animation frame was about to paint (`recordFrames`). */
export interface FrameSample {
  /** The pre-drawn map (#prepaint) is in the page. */
  prepaint: boolean;
  /** Live React Flow nodes. */
  nodes: number;
  /** The big picture's blocks. */
  blocks: number;
  /** A React Flow canvas is in the page. */
  canvas: boolean;
  /** The big picture's "Drawing the big picture…" line is shown. */
  drawing: boolean;
  minimap: boolean;
  grid: boolean;
}

/**
 * Before the page loads (call it in `beforeGoto`): samples every animation frame from the first
 * until the map is framed (`until: 'framed'`) or the overview shows (`'minimap'`); read the
 * samples with `recordedFrames`. A frame's callbacks run just before it paints, so each sample is
 * what that frame showed.
 */
export async function recordFrames(page: Page, until: 'framed' | 'minimap'): Promise<void> {
  await page.addInitScript((until) => {
    const samples: FrameSample[] = [];
    (window as unknown as { frames_: FrameSample[] }).frames_ = samples;
    const tick = () => {
      const sample: FrameSample = {
        prepaint: document.getElementById('prepaint') !== null,
        nodes: document.querySelectorAll('.react-flow__node').length,
        blocks: document.querySelectorAll('.atlas-block').length,
        canvas: document.querySelector('.react-flow') !== null,
        drawing: document.body?.textContent?.includes('Drawing the big picture…') ?? false,
        minimap: document.querySelector('.react-flow__minimap') !== null,
        grid: document.querySelector('.react-flow__background') !== null,
      };
      samples.push(sample);
      const done =
        until === 'minimap'
          ? sample.minimap
          : document.querySelector('.map-frame[data-framed="true"]') !== null;
      if (!done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, until);
}

/** The frames `recordFrames` sampled so far. */
export const recordedFrames = (page: Page): Promise<FrameSample[]> =>
  page.evaluate(() => (window as unknown as { frames_: FrameSample[] }).frames_);

/**
 * Waits until the route has drawn: its heading, its map once it is framed (a map or page
 * being left, marked data-left by matrix.spec.ts's in-app moves, does not count), and the search
 * box, whose code replaces its look-alike stand-in at idle.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    // One #main: a page still loading keeps the one it replaces, hidden, beside its own.
    const mains = document.querySelectorAll('#main');
    if (mains.length !== 1 || !mains[0]!.querySelector('h1')) return false;
    // The search box's code arrives at idle and takes its stand-in's place (search-entry.tsx).
    if (document.querySelector('.search[data-stand-in]')) return false;
    const frame = document.querySelector<HTMLElement>('.map-frame:not([data-left])');
    return frame ? frame.dataset.framed === 'true' : !document.querySelector('.map-frame');
  });
  await frames(page);
}

/**
 * What covers the map: the names of nodes and group headers lying under the map tools (view
 * menu, filters, legend, notices), the zoom controls, or (big picture) a block label under them.
 */
export function coveredByTools(page: Page): Promise<(string | undefined)[]> {
  return page.evaluate(() => {
    const tools = [...document.querySelectorAll('.map-tools, .react-flow__controls')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0);
    const hit = (a: DOMRect, b: DOMRect) =>
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
export function nameSizes(page: Page, selector = '.atlas-node'): Promise<number[]> {
  return page.evaluate((selector) => {
    const frame = document.querySelector('.react-flow')?.getBoundingClientRect();
    return [...document.querySelectorAll(selector)]
      .map((node) => node.querySelector<HTMLElement>('.atlas-node-name'))
      .filter((el): el is HTMLElement => el !== null)
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
      .filter((s): s is number => s !== null);
  }, selector);
}

/**
 * How the page scrolls (docs/architecture.md, "Scrolling"): the document itself must not, the
 * page's scroll containers must not scroll sideways, and no text may lie out of the window with
 * no scroll container to bring it in (a page that clips instead of scrolling).
 */
export function scrollModel(page: Page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const roots = new Set<Element | null>([
      document.documentElement,
      document.body,
      document.getElementById('root'),
    ]);
    const containerOf = (el: Element) => {
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
      .filter((el) => el.children.length === 0 && (el.textContent ?? '').trim() !== '')
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
          `“${(el.textContent ?? '').trim().slice(0, 40)}” at ${Math.round(el.getBoundingClientRect().bottom)} px`,
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
