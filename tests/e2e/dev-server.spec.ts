// npm start: the dev server over a copy of the data, broken and fixed while the page is open.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { expect, panelHeading, test } from './fixtures';

let server: ViteDevServer | undefined;
let root = '';
let origin = '';
// Vite's dev server (its PostCSS config loader) sets NODE_ENV in the process it runs in, this
// test worker: put it back after, or a later suite's `vite build` in the same worker would make a
// development build.
const nodeEnv = process.env.NODE_ENV;

// One dev server and one copy of the data for both tests, in order, in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
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
  origin = server.resolvedUrls!.local[0]!;
});

test.afterAll(async () => {
  await server?.close();
  delete process.env.ATLAS_DATA_ROOT;
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  if (root) rmSync(root, { recursive: true, force: true });
});

test.describe('npm start', () => {
  test('shows a broken edit in an overlay, keeps the last good data, and recovers when fixed', async ({
    page,
  }) => {
    await page.goto(`${origin}?node=sqlite`);
    await expect(panelHeading(page)).toHaveText('SQLite');
    const file = join(root, 'graph-data/nodes/database/sqlite.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^kind: database$/m, 'kind: databse'));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached({ timeout: 20_000 });
    const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(message).toMatch(
      /graph-data\/nodes\/database\/sqlite\.yaml:\d+:\d+ \/kind: unknown kind "databse"\. Fix: did you mean "database"\?/,
    );
    expect(message).toMatch(/keeps the last good data/);
    await expect(panelHeading(page)).toHaveText('SQLite');
    writeFileSync(file, good.replace(/^name: .*$/m, 'name: SQLite (fixed)'));
    await expect(panelHeading(page)).toHaveText('SQLite (fixed)', { timeout: 20_000 });
  });

  test('serves an edit saved while the previous edit is still being rebuilt', async ({ page }) => {
    await page.goto(`${origin}?node=postgresql`);
    await expect(panelHeading(page)).toBeVisible();
    const first = join(root, 'graph-data/nodes/database/sqlite.yaml');
    const second = join(root, 'graph-data/nodes/database/postgresql.yaml');
    const firstText = readFileSync(first, 'utf8');
    const secondText = readFileSync(second, 'utf8');
    writeFileSync(first, firstText.replace(/^name: .*$/m, 'name: SQLite (first edit)'));
    // Time is what this tests: the second save must land while the rebuild the first one
    // started is still running, so it follows it by a tenth of a second, not by a page change.
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(second, secondText.replace(/^name: .*$/m, 'name: PostgreSQL (second edit)'));
    await expect(panelHeading(page)).toHaveText('PostgreSQL (second edit)', { timeout: 20_000 });
  });
});
