import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas } from './browser.mjs';

const atlas = loadAtlas();
const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });

/**
 * Where the step's lit nodes are drawn: for each, whether its name is inside the map, what it
 * overlaps (the legend and other tools, the zoom controls, the minimap, the step's panel) and the
 * size its letters are drawn at; with the camera's zoom.
 */
async function litNames(page, ids) {
  return page.evaluate((ids) => {
    const box = (selector) => {
      const el = document.querySelector(selector);
      const b = el?.getBoundingClientRect();
      return b && b.width > 0 && b.height > 0 ? b : null;
    };
    const pane = box('.react-flow');
    const zoom = new DOMMatrix(
      getComputedStyle(document.querySelector('.react-flow__viewport')).transform,
    ).a;
    const covers = {
      tools: box('.map-tools'),
      'zoom controls': box('.react-flow__controls'),
      minimap: box('.react-flow__minimap'),
      'step panel': box('.path-panel'),
    };
    return {
      zoom,
      names: ids.map((id) => {
        const name = document.querySelector(`[data-node-id="${id}"] .atlas-node-name`);
        if (!name) return { id, drawn: false };
        const b = name.getBoundingClientRect();
        return {
          id,
          drawn: true,
          inside:
            b.width > 0 &&
            b.left >= pane.left &&
            b.right <= pane.right &&
            b.top >= pane.top &&
            b.bottom <= pane.bottom,
          under: Object.entries(covers)
            .filter(
              ([, o]) =>
                o &&
                !(b.right <= o.left || b.left >= o.right || b.bottom <= o.top || b.top >= o.bottom),
            )
            .map(([what]) => what),
          px: parseFloat(getComputedStyle(name).fontSize) * zoom,
        };
      }),
    };
  }, ids);
}

function assertReadable(where, seen) {
  for (const n of seen.names) {
    assert.ok(n.drawn, `${where}: ${n.id} is drawn`);
    assert.ok(n.inside, `${where}: ${n.id}'s name is inside the map`);
    assert.deepEqual(n.under, [], `${where}: ${n.id}'s name is clear of the tools and panel`);
    assert.ok(n.px >= 12, `${where}: ${n.id}'s name is ${n.px.toFixed(1)} px, at least 12`);
  }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  describe(`guided path camera at ${viewport.width}×${viewport.height}`, () => {
    it('every step of every path shows its lit names whole, readable and clear, at one zoom per path', async () => {
      const { page, problems } = await open('/paths', { viewport, reducedMotion: true });
      for (const path of atlas.paths) {
        const zooms = new Set();
        for (let i = 0; i < path.steps.length; i++) {
          const where = `${path.id} step ${i + 1}`;
          await page.goto(suite.url(`/paths/${path.id}/${i + 1}`));
          await page.locator('.map-frame[data-framed="true"]').waitFor();
          await page.locator('.path-step .doc').waitFor();
          const seen = await litNames(page, path.steps[i].focus);
          assertReadable(where, seen);
          zooms.add(seen.zoom.toFixed(2));
          // The way on is on screen without scrolling, and nothing covers it.
          const next = page.getByRole('navigation', { name: 'Step navigation' }).getByRole('link', {
            name: i < path.steps.length - 1 ? 'Next →' : 'Back to all paths',
          });
          const b = await next.boundingBox();
          assert.ok(
            b && b.y >= 0 && b.y + b.height <= viewport.height,
            `${where}: Next is above the fold (${b && Math.round(b.y)})`,
          );
          assert.ok(
            await next.evaluate((el) => {
              const r = el.getBoundingClientRect();
              return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
            }),
            `${where}: nothing covers Next`,
          );
        }
        assert.equal(zooms.size, 1, `${path.id} keeps one zoom: ${[...zooms].join(', ')}`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('guided path camera in motion', () => {
  it('glides from step to step and comes to rest with the lit names readable', async () => {
    const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in');
    const { page, problems } = await open(`/paths/${login.id}/1`, {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(new RegExp(`/paths/${login.id}/${i + 1}$`));
      // The camera and the nodes take half a second; the map marks itself still after.
      await page.waitForTimeout(700);
      await page.locator('.map-frame:not([data-moving])').waitFor();
      assertReadable(`${login.id} step ${i + 1}`, await litNames(page, login.steps[i].focus));
    }
    // Step 5, the spawn request, lights the spawner the Hub hands the launch to.
    assert.ok(login.steps[4].focus.includes('local-process-spawner'));
    assert.equal(
      await page.locator('[data-node-id="local-process-spawner"].is-path').count(),
      1,
      'the spawner is lit at step 5',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
