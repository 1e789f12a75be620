// The pre-drawn first paint (src/pipeline/prepaint.ts): the default view shows before any of the
// app's JavaScript runs, only where it is right, in the saved theme, and gives way to the app
// (map.spec.ts's first test: no #prepaint once the map is up).
import {
  expect,
  recordedFrames,
  recordFrames,
  test,
  type OpenOptions,
  type Watched,
} from './fixtures';

type Open = (path: string, options?: OpenOptions) => Promise<Watched>;

/** Opens a page whose app script never arrives, so what shows is the HTML alone. */
async function withoutApp(open: Open, path: string, setup?: () => void): Promise<Watched> {
  const watched = await open(path, {
    waitForMap: false,
    waitUntil: 'commit',
    beforeGoto: async (page) => {
      await page.route(/\/assets\/index-[^/]*\.js$/, () => {
        // Held: never answered.
      });
      if (setup) await page.addInitScript(setup);
    },
  });
  await expect(watched.page.locator('#prepaint')).toBeAttached();
  return watched;
}

test.describe('the first paint before the app', () => {
  test('draws every node of the default view, with its name, before any app script runs', async ({
    open,
    atlas,
  }) => {
    const defaultView = atlas.views.find((v) => v.purpose === undefined)!;
    const { page } = await withoutApp(open, '/');
    const drawn = page.locator('#prepaint [data-node-id]');
    await expect(drawn).toHaveCount(defaultView.nodes.length);
    await expect(page.locator('#prepaint')).toBeVisible();
    expect(
      (await drawn.evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')))).sort(),
    ).toEqual(defaultView.nodes.map((n) => n.id).sort());
    await expect(page.locator('#prepaint [data-node-id="jupyterhub"]')).toContainText('JupyterHub');
    // Every node lies inside the map's box: the drawing is scaled to fit like fitView.
    const box = (await page.locator('#prepaint .map-body').boundingBox())!;
    for (const rect of await drawn.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(
        rect.left >= box.x - 1 && rect.right <= box.x + box.width + 1,
        JSON.stringify(rect),
      ).toBe(true);
      expect(
        rect.top >= box.y - 1 && rect.bottom <= box.y + box.height + 1,
        JSON.stringify(rect),
      ).toBe(true);
    }
  });

  test('gives way to the live map in one step: no frame shows an empty map between them', async ({
    open,
    atlas,
  }) => {
    const defaultView = atlas.views.find((v) => v.purpose === undefined)!;
    // Every frame until the map is framed: is the pre-drawn map there, how many live nodes.
    const { page } = await open('/', { beforeGoto: (page) => recordFrames(page, 'framed') });
    const frames = (await recordedFrames(page)).map(
      ({ prepaint, nodes }) => [prepaint, nodes] as [boolean, number],
    );
    // From the first frame with the pre-drawn map on: it, or every live node, never neither.
    const shown = frames.slice(frames.findIndex(([prepaint]) => prepaint));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown[0]).toEqual([true, 0]);
    expect(shown.at(-1)).toEqual([false, defaultView.nodes.length]);
    for (const [prepaint, nodes] of shown)
      expect(prepaint || nodes === defaultView.nodes.length, JSON.stringify(shown)).toBe(true);
  });

  test('the overview and the dot grid follow the live map a frame later, not in its frame', async ({
    open,
    atlas,
  }) => {
    const defaultView = atlas.views.find((v) => v.purpose === undefined)!;
    // Every frame until the overview shows: live nodes, overview, dot grid.
    const { page } = await open('/', { beforeGoto: (page) => recordFrames(page, 'minimap') });
    await expect(page.getByRole('img', { name: 'Overview of the whole map' })).toBeVisible();
    await expect(page.locator('.react-flow__background')).toBeAttached();
    const frames = (await recordedFrames(page)).map(
      ({ nodes, minimap, grid }) => [nodes, minimap, grid] as [number, boolean, boolean],
    );
    const live = frames.findIndex(([nodes]) => nodes === defaultView.nodes.length);
    const extras = frames.findIndex(([, minimap, grid]) => minimap && grid);
    expect(live, JSON.stringify(frames)).toBeGreaterThanOrEqual(0);
    // The frame that first shows the live map draws only it (less work before it paints)…
    expect(frames[live], JSON.stringify(frames)).toEqual([defaultView.nodes.length, false, false]);
    // …and the overview and grid arrive within a few frames of it.
    expect(extras - live, JSON.stringify(frames)).toBeGreaterThan(0);
    expect(extras - live, JSON.stringify(frames)).toBeLessThanOrEqual(4);
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
    test(`stays hidden at ${path}, where it would be wrong`, async ({ open }) => {
      const { page } = await withoutApp(open, path);
      // Read at once, not retried: hidden from the first frame, not after a while.
      expect(await page.locator('#prepaint').isVisible()).toBe(false);
    });
  }

  test('uses the saved theme from the first frame', async ({ open }) => {
    const { page } = await withoutApp(open, '/', () =>
      window.localStorage.setItem('jupyter-atlas:theme', 'dark'),
    );
    // Read at once, not retried: the saved theme holds from the first frame.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(
      await page
        .locator('#prepaint .app-header')
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe('rgb(30, 33, 39)');
  });
});
