import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';
import { startBrowser } from './browser.mjs';

let server;
let browser;
let root;
before(async () => {
  // A copy of the data, so the test can break it without touching the repository.
  root = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
  cpSync('graph-data', join(root, 'graph-data'), { recursive: true });
  cpSync('docs', join(root, 'docs'), { recursive: true });
  process.env.ATLAS_DATA_ROOT = root;
  server = await createServer({
    server: { host: '127.0.0.1', port: 5190, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.ATLAS_DATA_ROOT;
  rmSync(root, { recursive: true, force: true });
});

describe('npm start', () => {
  it('shows a broken edit in an overlay, keeps the last good data, and recovers when fixed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.resolvedUrls.local[0]}?node=sqlite`);
    await page.locator('#detail-title').waitFor();
    assert.equal(await page.locator('#detail-title').textContent(), 'SQLite');
    const file = join(root, 'graph-data/nodes/database/sqlite.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^kind: database$/m, 'kind: databse'));
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 20_000 });
    const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(
      message,
      /graph-data\/nodes\/database\/sqlite\.yaml:\d+:\d+ \/kind: unknown kind "databse"\. Fix: did you mean "database"\?/,
    );
    assert.match(message, /keeps the last good data/);
    assert.equal(await page.locator('#detail-title').textContent(), 'SQLite');
    writeFileSync(file, good.replace(/^name: .*$/m, 'name: SQLite (fixed)'));
    await page.waitForFunction(
      () => document.querySelector('#detail-title')?.textContent === 'SQLite (fixed)',
      null,
      { timeout: 20_000 },
    );
    await page.close();
  });

  it('serves an edit saved while the previous edit is still being rebuilt', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.resolvedUrls.local[0]}?node=postgresql`);
    await page.locator('#detail-title').waitFor();
    const first = join(root, 'graph-data/nodes/database/sqlite.yaml');
    const second = join(root, 'graph-data/nodes/database/postgresql.yaml');
    const firstText = readFileSync(first, 'utf8');
    const secondText = readFileSync(second, 'utf8');
    writeFileSync(first, firstText.replace(/^name: .*$/m, 'name: SQLite (first edit)'));
    // The second save lands during the rebuild the first one started.
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(second, secondText.replace(/^name: .*$/m, 'name: PostgreSQL (second edit)'));
    await page.waitForFunction(
      () => document.querySelector('#detail-title')?.textContent === 'PostgreSQL (second edit)',
      null,
      { timeout: 20_000 },
    );
    await page.close();
  });
});
