import { expect, mapScale, panelHeading, test } from './fixtures';

test.describe('the map of JupyterHub core', () => {
  test('shows every node of the default view, laid out, with no error and no foreign request', async ({
    open,
    atlas,
  }) => {
    const { page, problems } = await open('/');
    const view = atlas.views[0]!;
    // The pre-drawn first paint (prepaint.spec.ts) has given way to the app's own map.
    await expect(page.locator('#prepaint')).toHaveCount(0);
    await expect(page.locator('main .atlas-node')).toHaveCount(view.nodes.length);
    for (const id of [
      'jupyterhub',
      'configurable-http-proxy',
      'local-process-spawner',
      'pam-authenticator',
    ]) {
      const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
      expect(
        box && box.width > 100 && box.x >= 0 && box.x + box.width <= 1440,
        `${id} is on screen`,
      ).toBe(true);
    }
    await expect(page.locator('.react-flow__edge')).toHaveCount(view.relations.length);
    const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(csp).toHaveAttribute('content', /default-src 'self'/);
    await expect(csp).not.toHaveAttribute('content', /unsafe-eval/);
    expect(problems).toEqual([]);
  });

  test('opens a panel on click with the node’s links, and keeps the selection in the URL', async ({
    open,
    atlas,
  }) => {
    const { page, problems } = await open('/');
    await page.getByRole('button', { name: /^JupyterHub Hub/ }).click();
    await expect(page).toHaveURL(/\?node=jupyterhub$/);
    await expect(panelHeading(page)).toHaveText('JupyterHub');
    const panel = page.getByRole('complementary');
    const docs = panel.getByRole('link', { name: /^Documentation/ });
    await expect(docs).toHaveAttribute(
      'href',
      atlas.nodes.find((n) => n.id === 'jupyterhub')!.links.docs!,
    );
    await expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(panel.getByRole('link', { name: /^Repository/ })).toBeVisible();
    // The MDX doc about the Hub is loaded lazily, as a separate module.
    await expect(
      panel.getByRole('region', { name: 'Read more' }).getByRole('heading').first(),
    ).toBeVisible();

    await page.reload();
    await expect(panelHeading(page)).toHaveText('JupyterHub');
    expect(problems).toEqual([]);
  });

  test('follows a relation link, and Back and Forward restore each selection', async ({
    open,
    atlas,
  }) => {
    const proxy = atlas.nodes.find((n) => n.id === 'configurable-http-proxy')!.name;
    const { page, problems } = await open('/?node=jupyterhub');
    // The Hub both starts the proxy and receives traffic from it: two links to the same node.
    await page
      .getByRole('complementary')
      .getByRole('link', { name: proxy, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/\?node=configurable-http-proxy$/);
    await expect(panelHeading(page)).toHaveText(proxy);
    await page.goBack();
    await expect(page).toHaveURL(/\?node=jupyterhub$/);
    await expect(panelHeading(page)).toHaveText('JupyterHub');
    await page.goForward();
    await expect(page).toHaveURL(/\?node=configurable-http-proxy$/);
    await expect(panelHeading(page)).toHaveText(proxy);
    expect(problems).toEqual([]);
  });

  test('restores a pasted link with ?node= and copies the config line', async ({ open }) => {
    const { page, problems } = await open('/?node=local-process-spawner');
    await expect(panelHeading(page)).toHaveText('LocalProcessSpawner');
    const configure = page.getByRole('region', { name: 'Configure' });
    const line = 'c.JupyterHub.spawner_class = "localprocess"';
    await expect(configure.locator('code').first()).toHaveText(line);
    await configure.getByRole('button', { name: /^Copy the config line/ }).click();
    await expect(configure.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
    expect(problems).toEqual([]);
  });

  test('works by keyboard: Tab to a node, Enter opens it, Escape closes and returns focus', async ({
    open,
  }) => {
    const { page, problems } = await open('/');
    const first = page.locator('main .atlas-node').first();
    const id = await first.getAttribute('data-node-id');
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first, 'a node button takes focus').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?node=${id}$`));
    await expect(panelHeading(page), 'focus moves into the panel').toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/node=/);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(first, 'focus returns to the node').toBeFocused();
    expect(problems).toEqual([]);
  });

  test('pans and zooms: the zoom control scales the map and fit view brings every node back', async ({
    open,
  }) => {
    const { page } = await open('/');
    const viewport = page.locator('.react-flow__viewport');
    const before = await mapScale(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => mapScale(page), { message: 'zoom in grows the scale' })
      .toBeGreaterThan(before);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const start = (await viewport.getAttribute('style'))!;
    await page.mouse.move(pane.x + 300, pane.y + 80);
    await page.mouse.down();
    await page.mouse.move(pane.x + 500, pane.y + 200, { steps: 8 });
    await page.mouse.up();
    await expect(viewport, 'dragging the background pans').not.toHaveAttribute('style', start);
    await page.getByRole('button', { name: 'Fit the view' }).click();
    await expect
      .poll(async () => Math.abs((await mapScale(page)) - before), {
        message: 'fit view returns to the whole map',
      })
      .toBeLessThan(0.01);
  });

  test('says when a linked node does not exist and offers the nearest ones', async ({ open }) => {
    const { page, problems } = await open('/?node=local-proces-spawner');
    const alert = page.getByRole('complementary').getByRole('alert');
    await expect(alert).toContainText(/no component with the id local-proces-spawner/);
    await expect(alert.getByRole('link')).toHaveText(['LocalProcessSpawner']);
    await alert.getByRole('link', { name: 'LocalProcessSpawner', exact: true }).click();
    await expect(page).toHaveURL(/\?node=local-process-spawner$/);
    expect(problems).toEqual([]);
  });

  test('on a phone, shows the panel as a sheet and keeps the node in view above it', async ({
    open,
  }) => {
    const { page, problems } = await open('/?node=jupyterhub', {
      viewport: { width: 390, height: 844 },
    });
    const panel = (await page.getByRole('complementary').boundingBox())!;
    expect(panel.width >= 380 && panel.y > 300, 'the panel is a bottom sheet').toBe(true);
    // The camera glides the node up above the sheet once the sheet is in place.
    await expect
      .poll(
        async () => {
          const node = await page.locator('[data-node-id="jupyterhub"]').boundingBox();
          return node !== null && node.y + node.height <= panel.y && node.y >= 0;
        },
        { message: 'the selected node is visible above the sheet' },
      )
      .toBe(true);
    expect(problems).toEqual([]);
  });
});
