// The pre-drawn first paint (src/pipeline/prepaint.ts): the default view shows before any of the
// app's JavaScript runs, only where it is right, in the saved theme, and gives way to the app.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas } from './browser.mjs';

const atlas = loadAtlas();
const defaultView = atlas.views.find((v) => v.purpose === undefined);
const suite = browserSuite({ before, after });

/** Opens a page whose app script never arrives, so what shows is the HTML alone. */
async function withoutApp(path, setup) {
  const watched = await suite.open(path, {
    waitForMap: false,
    waitUntil: 'commit',
    beforeGoto: async (page) => {
      await page.route(/\/assets\/index-[^/]*\.js$/, () => {
        // Held: never answered.
      });
      if (setup) await page.addInitScript(setup);
    },
  });
  await watched.page.locator('#prepaint').waitFor({ state: 'attached' });
  return watched;
}

describe('the first paint before the app', () => {
  it('draws every node of the default view, with its name, before any app script runs', async () => {
    const { page } = await withoutApp('/');
    const drawn = page.locator('#prepaint [data-node-id]');
    await drawn.first().waitFor();
    assert.equal(await page.locator('#prepaint').isVisible(), true);
    assert.deepEqual(
      (await drawn.evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')))).sort(),
      defaultView.nodes.map((n) => n.id).sort(),
    );
    const hub = atlas.nodes.find((n) => n.id === 'jupyterhub');
    assert.match(
      await page.locator('#prepaint [data-node-id="jupyterhub"]').textContent(),
      /JupyterHub/,
    );
    assert.ok(hub);
    // Every node lies inside the map's box: the drawing is scaled to fit like fitView.
    const box = await page.locator('#prepaint .map-body').boundingBox();
    for (const rect of await drawn.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON()),
    )) {
      assert.ok(
        rect.left >= box.x - 1 && rect.right <= box.x + box.width + 1,
        JSON.stringify(rect),
      );
      assert.ok(
        rect.top >= box.y - 1 && rect.bottom <= box.y + box.height + 1,
        JSON.stringify(rect),
      );
    }
    await page.close();
  });

  for (const path of [
    '/paths',
    '/architectures',
    '/?node=jupyterhub',
    '/?view=ecosystem',
    '/?kind=spawner',
    '/?mode=outline',
    '/?embed=1',
  ]) {
    it(`stays hidden at ${path}, where it would be wrong`, async () => {
      const { page } = await withoutApp(path);
      assert.equal(await page.locator('#prepaint').isVisible(), false);
      await page.close();
    });
  }

  it('uses the saved theme from the first frame', async () => {
    const { page } = await withoutApp('/', () =>
      window.localStorage.setItem('jupyter-atlas:theme', 'dark'),
    );
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const background = await page
      .locator('#prepaint .app-header')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(background, 'rgb(30, 33, 39)');
    await page.close();
  });

  it('gives way to the app, with no error, and the app draws the same nodes', async () => {
    const { page, problems } = await suite.open('/');
    assert.equal(await page.locator('#prepaint').count(), 0);
    assert.equal(
      await page.locator('.react-flow__node [data-node-id]').count(),
      defaultView.nodes.length,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
