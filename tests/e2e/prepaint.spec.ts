// The pre-drawn first paint (src/pipeline/prepaint.ts): the default view shows before any of the
// app's JavaScript runs, only where it is right, in the saved theme, and gives way to the app
// (map.spec.ts's first test: no #prepaint once the map is up).
import { expect, test, type OpenOptions, type Watched } from './fixtures';

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
    const { page } = await open('/', {
      beforeGoto: async (page) => {
        // Every frame until the map is framed: is the pre-drawn map there, how many live nodes.
        await page.addInitScript(() => {
          const frames: [boolean, number][] = [];
          (window as unknown as { frames_: typeof frames }).frames_ = frames;
          const tick = () => {
            frames.push([
              document.getElementById('prepaint') !== null,
              document.querySelectorAll('.react-flow__node').length,
            ]);
            if (!document.querySelector('.map-frame[data-framed="true"]'))
              requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
      },
    });
    const frames = await page.evaluate(
      () => (window as unknown as { frames_: [boolean, number][] }).frames_,
    );
    // From the first frame with the pre-drawn map on: it, or every live node, never neither.
    const shown = frames.slice(frames.findIndex(([prepaint]) => prepaint));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown[0]).toEqual([true, 0]);
    expect(shown.at(-1)).toEqual([false, defaultView.nodes.length]);
    for (const [prepaint, nodes] of shown)
      expect(prepaint || nodes === defaultView.nodes.length, JSON.stringify(shown)).toBe(true);
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
