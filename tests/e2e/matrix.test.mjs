// The layout matrix (issue 21's Done-when): every route at six widths, light and dark, keeps its
// search usable, never scrolls sideways, scrolls in one place (its main area or panel, never the
// document; docs/architecture.md, "Scrolling"), leaves no map content under a control once
// fitted, and keeps what is lit readable after "Fit the selection" and in embeds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  browserSuite,
  coveredByTools,
  loadAtlas,
  nameSizes,
  runTs,
  scrollModel,
} from './browser.mjs';

const suite = browserSuite({ before, after });
const atlas = loadAtlas();

/** Widths from a phone to a large desktop, each with a usual height for it. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'];

const coreIds = new Set(atlas.views[0].nodes.map((n) => n.id));
/** A node of the default view with a document, so its panel holds a doc as well as facts. */
const docNode = atlas.nodes.find((n) => n.doc && coreIds.has(n.id));
const path = atlas.paths.find((p) => p.steps.length >= 2);
const [archA, archB] = atlas.architectures;
/** A card far enough down the gallery that landing on it takes a scroll (issue 21's example). */
const lowCard =
  atlas.architectures.find((a) => a.id === 'the-littlest-jupyterhub') ?? atlas.architectures.at(-1);

// The routes and their links come from src/state/routes.ts: a route added there without an
// example here fails the first test.
const { patterns, examples, extra } = runTs(`
  const { ROUTES, links } = await import('./src/state/routes.ts');
  const patterns = Object.fromEntries(Object.entries(ROUTES).map(([id, r]) => [id, r.pattern]));
  const examples = {
    map: [
      links.map(),
      links.map({ view: 'big-picture' }),
      links.map({ view: 'ecosystem' }),
      links.node(${JSON.stringify(docNode.id)}),
    ],
    paths: [links.paths()],
    pathStep: [links.pathStep(${JSON.stringify(path.id)}, 2)],
    architectures: [links.architectures()],
    compare: [links.compare(${JSON.stringify(archA.id)}, ${JSON.stringify(archB.id)})],
    choose: [links.choose()],
    pathways: [links.pathways()],
    config: [links.config()],
    compose: [links.compose()],
  };
  const extra = {
    architecture: links.architecture(${JSON.stringify(lowCard.id)}),
    embed: links.node(${JSON.stringify(docNode.id)}),
  };
  process.stdout.write(JSON.stringify({ patterns, examples, extra }));
`);
const ROUTE_LINKS = Object.values(examples).flat();

/** A link with a shared parameter set (the theme, the embed switch). */
function withParams(link, params) {
  const url = new URL(link, 'http://atlas.invalid');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Moves to `link` inside the app, as its own links do (wouter follows history.pushState): one
 * page load per width and theme, not one per route. Returns once the page or map it left is gone.
 */
async function go(page, link) {
  await page.evaluate((href) => {
    for (const el of document.querySelectorAll('#main, .map-frame')) el.dataset.left = 'true';
    history.pushState(null, '', href);
  }, link);
  await page.waitForFunction(() =>
    document.querySelector('#main:not([data-left]), .map-frame:not([data-left])'),
  );
}

/** Waits until the route has drawn: its heading, and its map once it is framed. */
async function settled(page) {
  await page.waitForFunction(() => {
    // One #main: a page still loading keeps the one it replaces, hidden, beside its own.
    const mains = document.querySelectorAll('#main');
    if (mains.length !== 1 || !mains[0].querySelector('h1')) return false;
    const frame = document.querySelector('.map-frame:not([data-left])');
    return frame ? frame.dataset.framed === 'true' : !document.querySelector('.map-frame');
  });
  await frames(page);
}

/** Two animation frames: the camera's move and React Flow's render after it. */
const frames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** What is wrong with the route now on screen, as readable lines. */
async function problemsOn(page, link, { width, height }) {
  const bad = [];
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

describe('the layout matrix', () => {
  it('has an example for every route in src/state/routes.ts', () => {
    assert.deepEqual(Object.keys(examples).sort(), Object.keys(patterns).sort());
  });

  for (const size of SIZES)
    it(`at ${size.width}×${size.height}, light and dark: every route`, async () => {
      // The two themes side by side, each in its own page: half the wall time.
      const found = await Promise.all(THEMES.map((theme) => everyRoute(size, theme)));
      assert.deepEqual(found.flat(), []);
    });
});

/** Walks every route in one page at one size and theme; returns what is wrong, as lines. */
async function everyRoute(size, theme) {
  const first = withParams(ROUTE_LINKS[0], { theme });
  const { page, problems } = await suite.open(first, { viewport: size, reducedMotion: true });
  const bad = [];
  for (const link of ROUTE_LINKS) {
    const themed = withParams(link, { theme });
    if (themed !== first) await go(page, themed);
    await settled(page);
    const drawn = await page.evaluate(() => document.documentElement.dataset.theme);
    if (drawn !== theme) bad.push(`${link}: drawn in the ${drawn} theme`);
    bad.push(...(await problemsOn(page, link, size)));
  }
  await page.close();
  return [...bad, ...problems].map((line) => `${theme}: ${line}`);
}

describe('what is lit stays readable', () => {
  const lit = '.atlas-node.is-selected, .atlas-node.is-neighbour, .atlas-node.is-path';
  const readable = async (page, what) => {
    const sizes = await nameSizes(page, lit);
    assert.ok(sizes.length >= 1, `${what}: no lit name on screen`);
    for (const size of sizes)
      assert.ok(size >= 12, `${what}: a lit name renders at ${size.toFixed(1)} px`);
  };

  for (const size of SIZES)
    it(`at ${size.width}×${size.height}: after Fit the selection, and on a path step`, async () => {
      const { page, problems } = await suite.open(examples.map[3], {
        viewport: size,
        reducedMotion: true,
      });
      await page.locator('#detail-title').focus();
      await page.keyboard.press('f');
      await settled(page);
      await readable(page, 'fit the selection');
      await page.goto(suite.url(examples.pathStep[0]));
      await settled(page);
      await readable(page, 'a path step');
      assert.deepEqual(problems, []);
      await page.close();
    });

  for (const size of [
    { width: 560, height: 315 },
    { width: 800, height: 450 },
  ])
    for (const theme of THEMES)
      it(`in a ${size.width}×${size.height} embed, ${theme}`, async () => {
        const { page, problems } = await suite.open(
          withParams(extra.embed, { embed: '1', theme }),
          { viewport: size, reducedMotion: true },
        );
        await readable(page, 'the embed');
        const scroll = await scrollModel(page);
        assert.ok(scroll.height <= size.height + 1 && scroll.width <= size.width);
        // Fitted (0), nothing lies under the embed's tools.
        await page.keyboard.press('0');
        await frames(page);
        assert.deepEqual(await coveredByTools(page), []);
        assert.deepEqual(problems, []);
        await page.close();
      });
});

describe('a link to a card', () => {
  for (const size of [SIZES[0], SIZES[4]])
    it(`at ${size.width} px, opened in a fresh tab, scrolls the page’s main area, not the document`, async () => {
      const { page, problems } = await suite.open(extra.architecture, {
        viewport: size,
        waitForMap: false,
      });
      const id = lowCard.id;
      await page.waitForFunction((id) => document.activeElement?.id === id, id);
      const m = await page.evaluate((id) => {
        const card = document.getElementById(id).getBoundingClientRect();
        const main = document.getElementById('main');
        return {
          documentScroll: document.scrollingElement.scrollTop,
          header: document.querySelector('.app-header').getBoundingClientRect().top,
          card: card.top - main.getBoundingClientRect().top,
          scrolled: main.scrollTop,
          height: document.scrollingElement.scrollHeight,
        };
      }, id);
      assert.equal(m.documentScroll, 0, 'the document did not scroll');
      assert.equal(m.header, 0, 'the header stays at the top');
      assert.ok(m.scrolled > 0, 'the main area scrolled to the card');
      assert.ok(m.card > -1 && m.card < 40, `the card starts ${m.card} px into the main area`);
      assert.ok(m.height <= size.height + 1, `the document is ${m.height} px tall`);
      assert.deepEqual(problems, []);
      await page.close();
    });
});
