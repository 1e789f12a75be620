// The layout matrix (issue 21's Done-when): every route at six widths, light and dark, keeps its
// search usable, never scrolls sideways, scrolls in one place (its main area or panel, never the
// document; docs/architecture.md, "Scrolling"), leaves no map content under a control once
// fitted, and keeps what is lit readable after "Fit the selection" and in embeds.
import type { Page } from '@playwright/test';
import { links, ROUTES } from '../../src/state/routes';
import {
  coveredByTools,
  expect,
  frames,
  nameSizes,
  scrollModel,
  settled,
  test,
  type AtlasExport,
} from './fixtures';

/** Widths from a phone to a large desktop, each with a usual height for it. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;
type Size = (typeof SIZES)[number];

/**
 * One example link per route, built by the route table's own link builders
 * (src/state/routes.ts) over the atlas's real ids: a route added there without an example here
 * fails the first test.
 */
function routeExamples(atlas: AtlasExport) {
  const coreIds = new Set(atlas.views[0]!.nodes.map((n) => n.id));
  /** A node of the default view with a document, so its panel holds a doc as well as facts. */
  const docNode = atlas.nodes.find((n) => n.doc && coreIds.has(n.id))!;
  const path = atlas.paths.find((p) => p.steps.length >= 2)!;
  const [archA, archB] = atlas.architectures;
  /** A card far enough down the gallery that landing on it takes a scroll (issue 21's example). */
  const lowCard =
    atlas.architectures.find((a) => a.id === 'the-littlest-jupyterhub') ??
    atlas.architectures.at(-1)!;
  const examples: Record<keyof typeof ROUTES, string[]> = {
    map: [
      links.map(),
      links.map({ view: 'big-picture' }),
      links.map({ view: 'ecosystem' }),
      links.node(docNode.id),
    ],
    paths: [links.paths()],
    pathStep: [links.pathStep(path.id, 2)],
    architectures: [links.architectures()],
    compare: [links.compare(archA!.id, archB!.id)],
    choose: [links.choose()],
    pathways: [links.pathways()],
    config: [links.config()],
    compose: [links.compose()],
  };
  return {
    examples,
    all: Object.values(examples).flat(),
    architecture: links.architecture(lowCard.id),
    lowCard: lowCard.id,
    embed: links.node(docNode.id),
  };
}

/** A link with a shared parameter set (the theme, the embed switch). */
function withParams(link: string, params: Record<string, string>): string {
  const url = new URL(link, 'http://atlas.invalid');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Moves to `link` inside the app, as its own links do (wouter follows history.pushState): one
 * page load per width and theme, not one per route. Returns once the page or map it left is gone.
 */
async function go(page: Page, link: string) {
  await page.evaluate((href) => {
    for (const el of document.querySelectorAll<HTMLElement>('#main, .map-frame'))
      el.dataset.left = 'true';
    history.pushState(null, '', href);
  }, link);
  await page.waitForFunction(() =>
    document.querySelector('#main:not([data-left]), .map-frame:not([data-left])'),
  );
}

/** What is wrong with the route now on screen, as readable lines. */
async function problemsOn(page: Page, link: string, { width, height }: Size): Promise<string[]> {
  const bad: string[] = [];
  const search = page.getByRole('combobox', { name: 'Search the atlas' });
  const box = await search.boundingBox();
  if (!box || box.width < 160 || box.x < 0 || box.x + box.width > width)
    bad.push(`the search box is ${box ? `${box.width} px wide at x ${box.x}` : 'not shown'}`);
  else {
    await search.fill('spawner');
    try {
      await page.getByRole('option').first().waitFor({ timeout: 5000 });
    } catch {
      bad.push('typing “spawner” shows no results');
    }
    await search.fill('');
    await search.blur();
  }
  const scroll = await scrollModel(page);
  if (scroll.height > height + 1) bad.push(`the document scrolls: ${scroll.height} px tall`);
  if (scroll.width > width) bad.push(`the document scrolls sideways: ${scroll.width} px wide`);
  for (const line of scroll.sideways) bad.push(`sideways: ${line}`);
  for (const line of scroll.unreachable) bad.push(`out of reach: ${line}`);
  // At fit: 0 fits the whole view (a phone or a small window opens zoomed in on the Hub
  // instead). A selection is centred, not fitted, and the map pans beneath the tools then.
  const selected = new URL(link, 'http://atlas.invalid').searchParams.has('node');
  if ((await page.locator('.map-frame').count()) > 0 && !selected) {
    await page.keyboard.press('0');
    await frames(page);
    const covered = await coveredByTools(page);
    if (covered.length > 0) bad.push(`under a control: ${covered.join(', ')}`);
  }
  return bad.map((line) => `${link}: ${line}`);
}

test.describe('the layout matrix', () => {
  test('has an example for every route in src/state/routes.ts', async ({ atlas }) => {
    expect(Object.keys(routeExamples(atlas).examples).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const size of SIZES)
    for (const theme of THEMES)
      test(`at ${size.width}×${size.height}, ${theme}: every route`, async ({ open, atlas }) => {
        test.setTimeout(120_000);
        const { all } = routeExamples(atlas);
        const first = withParams(all[0]!, { theme });
        const { page, problems } = await open(first, { viewport: size, reducedMotion: true });
        const bad: string[] = [];
        for (const link of all) {
          const themed = withParams(link, { theme });
          if (themed !== first) await go(page, themed);
          await settled(page);
          const drawn = await page.evaluate(() => document.documentElement.dataset.theme);
          if (drawn !== theme) bad.push(`${link}: drawn in the ${drawn} theme`);
          bad.push(...(await problemsOn(page, link, size)));
        }
        expect([...bad, ...problems]).toEqual([]);
      });
});

test.describe('what is lit stays readable', () => {
  const lit = '.atlas-node.is-selected, .atlas-node.is-neighbour, .atlas-node.is-path';
  const readable = async (page: Page, what: string) => {
    const sizes = await nameSizes(page, lit);
    expect(sizes.length, `${what}: lit names on screen`).toBeGreaterThanOrEqual(1);
    expect(
      sizes.filter((size) => size < 12).map((size) => `${size.toFixed(1)} px`),
      `${what}: lit names under 12 px`,
    ).toEqual([]);
  };

  for (const size of SIZES)
    test(`at ${size.width}×${size.height}: after Fit the selection, and on a path step`, async ({
      open,
      atlas,
    }) => {
      const { examples } = routeExamples(atlas);
      const { page, problems } = await open(examples.map[3]!, {
        viewport: size,
        reducedMotion: true,
      });
      await page.locator('#detail-title').focus();
      await page.keyboard.press('f');
      await settled(page);
      await readable(page, 'fit the selection');
      await page.goto(examples.pathStep[0]!);
      await settled(page);
      await readable(page, 'a path step');
      expect(problems).toEqual([]);
    });

  for (const size of [
    { width: 560, height: 315 },
    { width: 800, height: 450 },
  ])
    for (const theme of THEMES)
      test(`in a ${size.width}×${size.height} embed, ${theme}`, async ({ open, atlas }) => {
        const { embed } = routeExamples(atlas);
        const { page, problems } = await open(withParams(embed, { embed: '1', theme }), {
          viewport: size,
          reducedMotion: true,
        });
        await readable(page, 'the embed');
        const scroll = await scrollModel(page);
        expect(scroll.height, 'the document’s height').toBeLessThanOrEqual(size.height + 1);
        expect(scroll.width, 'the document’s width').toBeLessThanOrEqual(size.width);
        // Fitted (0), nothing lies under the embed's tools.
        await page.keyboard.press('0');
        await frames(page);
        expect(await coveredByTools(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
});

test.describe('a link to a card', () => {
  for (const size of [SIZES[0]!, SIZES[4]!])
    test(`at ${size.width} px, opened in a fresh tab, scrolls the page’s main area, not the document`, async ({
      open,
      atlas,
    }) => {
      const { architecture, lowCard } = routeExamples(atlas);
      const { page, problems } = await open(architecture, { viewport: size, waitForMap: false });
      await expect(page.locator(`[id="${lowCard}"]`)).toBeFocused();
      const m = await page.evaluate((id) => {
        const card = document.getElementById(id)!.getBoundingClientRect();
        const main = document.getElementById('main')!;
        const scrolling = document.scrollingElement ?? document.documentElement;
        return {
          documentScroll: scrolling.scrollTop,
          header: document.querySelector('.app-header')!.getBoundingClientRect().top,
          card: card.top - main.getBoundingClientRect().top,
          scrolled: main.scrollTop,
          height: scrolling.scrollHeight,
        };
      }, lowCard);
      expect(m.documentScroll, 'the document did not scroll').toBe(0);
      expect(m.header, 'the header stays at the top').toBe(0);
      expect(m.scrolled, 'the main area scrolled to the card').toBeGreaterThan(0);
      expect(m.card > -1 && m.card < 40, `the card starts ${m.card} px into the main area`).toBe(
        true,
      );
      expect(m.height, 'the document’s height').toBeLessThanOrEqual(size.height + 1);
      expect(problems).toEqual([]);
    });
});
