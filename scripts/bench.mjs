#!/usr/bin/env node
/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1, and measures it in Debian's Chromium
 * against a floor page — plain HTML/SVG drawing the same nodes at the same positions, no
 * framework — in the same run, alternating app and floor, medians over RUNS runs.
 * Not yet: the --synthetic N mode and the build figures (see issue #8).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { loadAtlas, startBrowser } from '../tests/e2e/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
const atlas = loadAtlas();
const view = atlas.views[0];

// The floor: the same boxes and names, absolutely positioned, with a native-scroll "pan".
const floorDir = mkdtempSync(join(tmpdir(), 'atlas-floor-'));
const boxes = view.nodes
  .map((n) => {
    const node = atlas.nodes.find((x) => x.id === n.id);
    return `<div class="n" style="left:${n.x}px;top:${n.y}px;width:${n.width}px;height:${n.height}px">${node.name}</div>`;
  })
  .join('');
writeFileSync(
  join(floorDir, 'index.html'),
  `<!doctype html><meta charset="utf-8"><style>.n{position:absolute;border:2px solid #888;border-radius:8px;font:600 15px system-ui;padding:8px;box-sizing:border-box}</style><div id="map" style="position:relative;width:${view.width}px;height:${view.height}px">${boxes}</div><script>performance.mark('framed')</script>`,
);

const app = await preview({
  preview: { host: '127.0.0.1', port: 4500, strictPort: false },
  logLevel: 'silent',
});
const floor = await preview({
  build: { outDir: floorDir },
  preview: { host: '127.0.0.1', port: 4600, strictPort: false },
  logLevel: 'silent',
});
const browser = await startBrowser();

async function measure(url, isApp) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  let bytes = 0;
  let gz = 0;
  page.on('response', async (r) => {
    try {
      const body = await r.body();
      bytes += body.length;
      gz += gzipSync(body).length;
    } catch {
      // Redirects and aborted responses have no body.
    }
  });
  await page.addInitScript(() => {
    window.__longTasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks += e.duration;
    }).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  await page.goto(url);
  await page.locator(isApp ? '.map-frame[data-framed="true"]' : '#map').waitFor();
  await page.waitForFunction((n) => document.querySelectorAll(n.sel).length >= n.count, {
    sel: isApp ? '.atlas-node' : '.n',
    count: view.nodes.length,
  });
  const visible = Date.now() - start;
  const longTasks = await page.evaluate(() => window.__longTasks);
  // Frames while dragging for 3 s.
  const fps = await page.evaluate(async (app) => {
    let frames = 0;
    let run = true;
    const count = () => {
      frames++;
      if (run) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const el = app ? document.querySelector('.react-flow__pane') : document.scrollingElement;
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) {
      await new Promise((r) => setTimeout(r, 16));
      const dx = Math.sin((performance.now() - t0) / 300) * 4;
      if (app) el?.dispatchEvent(new WheelEvent('wheel', { deltaX: dx, deltaY: 0, bubbles: true }));
      else window.scrollBy(dx, 0);
    }
    run = false;
    return (frames / (performance.now() - t0)) * 1000;
  }, isApp);
  let searchMs = null;
  let panelMs = null;
  if (isApp) {
    const times = [];
    for (const q of ['kube', 'spawner', 'c.JupyterHub', 'oauth', 'traefik']) {
      await page.keyboard.press('/');
      await page.keyboard.press('Control+A');
      const t0 = Date.now();
      await page.keyboard.type(q.slice(0, 2));
      await page
        .getByRole('listbox', { name: 'Search results' })
        .getByRole('option')
        .first()
        .waitFor();
      times.push(Date.now() - t0);
      await page.keyboard.press('Escape');
    }
    searchMs = median(times);
    const t1 = Date.now();
    await page.locator('.atlas-node').first().click();
    await page.locator('#detail-title').waitFor();
    panelMs = Date.now() - t1;
  }
  const { metrics } = await client.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return { visible, bytes, gz, longTasks, fps, searchMs, panelMs, heap };
}

const results = { app: [], floor: [] };
for (let i = 0; i < RUNS; i++) {
  results.app.push(await measure(app.resolvedUrls.local[0], true));
  results.floor.push(await measure(floor.resolvedUrls.local[0], false));
}
await browser.close();
await app.close();
await floor.close();
rmSync(floorDir, { recursive: true, force: true });

const fig = (key, side) => median(results[side].map((r) => r[key]));
const rows = [
  ['time to all nodes visible (ms)', 'visible'],
  ['bytes loaded (raw)', 'bytes'],
  ['bytes loaded (gzip)', 'gz'],
  ['long-task time (ms)', 'longTasks'],
  ['frames per second while panning', 'fps'],
  ['JS heap after load (bytes)', 'heap'],
];
console.log(
  `\nJupyter Atlas benchmark — ${view.nodes.length} nodes in the default view, median of ${RUNS} runs\n`,
);
console.log('figure'.padEnd(36), 'app'.padStart(12), 'floor'.padStart(12), 'ratio'.padStart(8));
for (const [label, key] of rows) {
  const a = fig(key, 'app');
  const f = fig(key, 'floor');
  console.log(
    label.padEnd(36),
    String(Math.round(a)).padStart(12),
    String(Math.round(f)).padStart(12),
    (f ? (a / f).toFixed(2) : '–').padStart(8),
  );
}
console.log(
  'search keystroke to results (ms)'.padEnd(36),
  String(fig('searchMs', 'app')).padStart(12),
);
console.log('click to detail panel (ms)'.padEnd(36), String(fig('panelMs', 'app')).padStart(12));
