// A large atlas (600 synthetic nodes through the real pipeline): the default view opens zoomed
// out on its group boxes, nodes appear when zooming in, and relations show for the selection.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview, type PreviewServer } from 'vite';
import { expect, mapFramed, test, watch } from './fixtures';
import { syntheticScript } from './scripts';

const run = promisify(execFile);
const N = 600;
let dir = '';
let server: PreviewServer | undefined;

test.beforeAll(async () => {
  // Writing, laying out and building 600 nodes takes a while on a small machine.
  test.setTimeout(300_000);
  dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
  const { writeSyntheticAtlas } = await syntheticScript();
  await writeSyntheticAtlas(dir, N);
  const out = join(dir, 'dist');
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out], {
    env: { ...process.env, ATLAS_DATA_ROOT: dir },
  });
  server = await preview({
    build: { outDir: out },
    preview: { host: '127.0.0.1', port: 4450, strictPort: false },
    logLevel: 'silent',
  });
});

test.afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.describe(`a large view (${N} nodes)`, () => {
  test('opens on its group boxes, shows nodes when zoomed in, and relations of the selection only', async ({
    page: blank,
  }) => {
    const origin = server!.resolvedUrls!.local[0]!;
    const { page, problems } = watch(blank, new URL(origin).origin);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(origin);
    await mapFramed(page);
    const groups = page.locator('.react-flow__node-kindGroup');
    const nodes = page.locator('.react-flow__node-kind');
    const frame = page.locator('.map-frame');
    expect(await groups.count(), 'group boxes').toBeGreaterThan(5);
    await expect(nodes).toHaveCount(0);
    await expect(frame).toHaveAttribute('data-drawing', 'groups');
    await expect(page.locator('.map-notice').last()).toContainText(
      `${N} components: zoom in to see them`,
    );
    // Zoom in with the keyboard until nodes appear: each press, then a moment for them to show.
    await expect(async () => {
      await page.keyboard.press('+');
      await expect(nodes.first()).toBeAttached({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    const shown = await nodes.count();
    expect(shown > 0 && shown < N, `some nodes, not all: ${shown}`).toBe(true);
    await expect(frame).toHaveAttribute('data-drawing', 'nodes');
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    // Select shown nodes until one has relations (a synthetic node may have none); only nodes a
    // pointer reaches: zoomed in, others lie under the map's tools or the bar above the map.
    const reachable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node-kind button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit?.closest('button') === b;
        })
        .map((b) => b.dataset.nodeId),
    );
    const edges = page.locator('.react-flow__edge');
    const listed = page.locator('.relations dd');
    let drawn = 0;
    for (let i = 0; i < Math.min(reachable.length, 15) && drawn === 0; i++) {
      await page.locator(`[data-node-id="${reachable[i]}"]`).click();
      await expect(page).toHaveURL(new RegExp(`node=${reachable[i]}`));
      await expect(page.locator('#detail-title')).toBeVisible();
      // The panel lists the node's relations; when it has some, the map draws them.
      if ((await listed.count()) > 0) {
        await expect.poll(() => edges.count()).toBeGreaterThan(0);
        drawn = await edges.count();
      }
    }
    expect(drawn, 'a selected node’s relations are drawn').toBeGreaterThan(0);
    const count = await listed.count();
    expect(
      drawn,
      `only the selection’s relations: ${drawn} drawn, ${count} listed`,
    ).toBeLessThanOrEqual(count);
    expect(problems).toEqual([]);
  });
});
