// A large atlas (600 synthetic nodes through the real pipeline): the default view opens zoomed
// out on its group boxes, nodes appear when zooming in, and relations show for the selection.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { writeSyntheticAtlas } from '../../scripts/synthetic.mjs';
import { startBrowser, watchedPage } from './browser.mjs';

const run = promisify(execFile);
const N = 600;
let dir;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
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
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`a large view (${N} nodes)`, () => {
  it('opens on its group boxes, shows nodes when zoomed in, and relations of the selection only', async () => {
    const origin = server.resolvedUrls.local[0];
    const { page, problems } = await watchedPage(browser.context, new URL(origin).origin);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(origin);
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    assert.ok((await page.locator('.react-flow__node-kindGroup').count()) > 5);
    assert.equal(await page.locator('.react-flow__node-kind').count(), 0);
    assert.equal(await page.locator('.map-frame').getAttribute('data-drawing'), 'groups');
    assert.match(
      await page.locator('.map-notice').last().textContent(),
      new RegExp(`${N} components: zoom in to see them`),
    );
    // Zoom in with the keyboard until nodes appear.
    for (let i = 0; i < 12 && (await page.locator('.react-flow__node-kind').count()) === 0; i++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(250);
    }
    const shown = await page.locator('.react-flow__node-kind').count();
    assert.ok(shown > 0 && shown < N, `some nodes, not all: ${shown}`);
    assert.equal(await page.locator('.map-frame').getAttribute('data-drawing'), 'nodes');
    assert.equal(await page.locator('.react-flow__edge').count(), 0);
    // Select shown nodes until one has relations (a synthetic node may have none); only nodes a
    // pointer reaches: zoomed in, others lie under the map's tools or the bar above the map.
    const reachable = await page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__node-kind button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit?.closest('button') === b;
        })
        .map((b) => b.dataset.nodeId),
    );
    let edges = 0;
    for (let i = 0; i < Math.min(reachable.length, 15) && edges === 0; i++) {
      await page.locator(`[data-node-id="${reachable[i]}"]`).click();
      await page.locator('#detail-title').waitFor();
      await page.waitForTimeout(300);
      edges = await page.locator('.react-flow__edge').count();
    }
    assert.ok(edges > 0, 'a selected node’s relations are drawn');
    const listed = await page.locator('.relations dd').count();
    assert.ok(edges <= listed, `only the selection’s relations: ${edges} drawn, ${listed} listed`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
