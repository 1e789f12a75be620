import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas } from './browser.mjs';

// The resolved atlas, as `npm run export` prints it: what the page must show.
const atlas = loadAtlas();
const nodeNamed = (id) => atlas.nodes.find((n) => n.id === id).name;

const { open } = browserSuite({ before, after });

const panelHeading = (page) => page.getByRole('complementary').getByRole('heading', { level: 2 });

describe('the map of JupyterHub core', () => {
  it('shows every node of the default view, laid out, with no error and no foreign request', async () => {
    const { page, problems } = await open('/');
    const nodes = page.locator('main .atlas-node');
    await nodes.first().waitFor();
    assert.equal(await nodes.count(), atlas.views[0].nodes.length);
    assert.ok(atlas.views[0].nodes.length >= 15);
    for (const id of [
      'jupyterhub',
      'configurable-http-proxy',
      'local-process-spawner',
      'pam-authenticator',
    ]) {
      const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
      assert.ok(
        box && box.width > 100 && box.x >= 0 && box.x + box.width <= 1440,
        `${id} is on screen`,
      );
    }
    assert.equal(await page.locator('.react-flow__edge').count(), atlas.views[0].relations.length);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens a panel on click with the node’s links, and keeps the selection in the URL', async () => {
    const { page, problems } = await open('/');
    await page.getByRole('button', { name: /^JupyterHub Hub/ }).click();
    await page.waitForURL(/\?node=jupyterhub$/);
    assert.equal(await panelHeading(page).textContent(), 'JupyterHub');
    const panel = page.getByRole('complementary');
    const docs = panel.getByRole('link', { name: /^Documentation/ });
    assert.equal(
      await docs.getAttribute('href'),
      atlas.nodes.find((n) => n.id === 'jupyterhub').links.docs,
    );
    assert.equal(await docs.getAttribute('rel'), 'noopener noreferrer');
    assert.ok(await panel.getByRole('link', { name: /^Repository/ }).isVisible());
    // The MDX doc about the Hub is loaded lazily, as a separate module.
    await panel.getByRole('region', { name: 'Read more' }).getByRole('heading').first().waitFor();

    await page.reload();
    assert.equal(await panelHeading(page).textContent(), 'JupyterHub');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('follows a relation link, and Back and Forward restore each selection', async () => {
    const { page, problems } = await open('/?node=jupyterhub');
    // The Hub both starts the proxy and receives traffic from it: two links to the same node.
    await page
      .getByRole('complementary')
      .getByRole('link', { name: nodeNamed('configurable-http-proxy'), exact: true })
      .first()
      .click();
    await page.waitForURL(/\?node=configurable-http-proxy$/);
    assert.equal(await panelHeading(page).textContent(), nodeNamed('configurable-http-proxy'));
    await page.goBack();
    await page.waitForURL(/\?node=jupyterhub$/);
    assert.equal(await panelHeading(page).textContent(), 'JupyterHub');
    await page.goForward();
    await page.waitForURL(/\?node=configurable-http-proxy$/);
    assert.equal(await panelHeading(page).textContent(), nodeNamed('configurable-http-proxy'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('restores a pasted link with ?node= and copies the config line', async () => {
    const { page, problems } = await open('/?node=local-process-spawner');
    assert.equal(await panelHeading(page).textContent(), 'LocalProcessSpawner');
    const configure = page.getByRole('region', { name: 'Configure' });
    assert.equal(
      await configure.locator('code').first().textContent(),
      'c.JupyterHub.spawner_class = "localprocess"',
    );
    await configure.getByRole('button', { name: /^Copy the config line/ }).click();
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      'c.JupyterHub.spawner_class = "localprocess"',
    );
    assert.equal(await configure.getByRole('status').textContent(), 'Copied');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('works by keyboard: Tab to a node, Enter opens it, Escape closes and returns focus', async () => {
    const { page, problems } = await open('/');
    await page.locator('main .atlas-node').first().waitFor();
    const first = page.locator('main .atlas-node').first();
    const id = await first.getAttribute('data-node-id');
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    assert.ok(
      await first.evaluate((el) => el === document.activeElement),
      'a node button takes focus',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`\\?node=${id}$`));
    assert.ok(
      await panelHeading(page).evaluate((el) => el === document.activeElement),
      'focus moves into the panel',
    );
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('node='));
    assert.equal(await page.getByRole('complementary').count(), 0);
    assert.ok(
      await first.evaluate((el) => el === document.activeElement),
      'focus returns to the node',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('pans and zooms: the zoom control scales the map and fit view brings every node back', async () => {
    const { page } = await open('/');
    await page.locator('main .atlas-node').first().waitFor();
    const viewport = page.locator('.react-flow__viewport');
    const scale = async () =>
      Number((await viewport.getAttribute('style')).match(/scale\(([\d.]+)\)/)[1]);
    const before = await scale();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(400);
    assert.ok((await scale()) > before, 'zoom in grows the scale');
    const pane = await page.locator('.react-flow__pane').boundingBox();
    const start = await viewport.getAttribute('style');
    await page.mouse.move(pane.x + 300, pane.y + 80);
    await page.mouse.down();
    await page.mouse.move(pane.x + 500, pane.y + 200, { steps: 8 });
    await page.mouse.up();
    assert.notEqual(await viewport.getAttribute('style'), start, 'dragging the background pans');
    await page.getByRole('button', { name: 'Fit the view' }).click();
    await page.waitForTimeout(400);
    assert.ok(Math.abs((await scale()) - before) < 0.01, 'fit view returns to the whole map');
    await page.close();
  });

  it('says when a linked node does not exist and offers the nearest ones', async () => {
    const { page, problems } = await open('/?node=local-proces-spawner');
    const alert = page.getByRole('complementary').getByRole('alert');
    assert.match(await alert.textContent(), /no component with the id local-proces-spawner/);
    assert.deepEqual(await alert.getByRole('link').allTextContents(), ['LocalProcessSpawner']);
    await alert.getByRole('link', { name: 'LocalProcessSpawner', exact: true }).click();
    await page.waitForURL(/\?node=local-process-spawner$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a phone, shows the panel as a sheet and keeps the node in view above it', async () => {
    const { page, problems } = await open('/?node=jupyterhub', {
      viewport: { width: 390, height: 844 },
    });
    const panel = await page.getByRole('complementary').boundingBox();
    assert.ok(panel.width >= 380 && panel.y > 300, 'the panel is a bottom sheet');
    await page.waitForTimeout(600);
    const node = await page.locator('[data-node-id="jupyterhub"]').boundingBox();
    assert.ok(
      node.y + node.height <= panel.y && node.y >= 0,
      'the selected node is visible above the sheet',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
