import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });
const PHONE = { width: 390, height: 844 };

/** Relative luminance (0 black … 1 white) of a computed CSS colour: rgb() or color(srgb …). */
function luminance(css) {
  const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
  const [r, g, b] = css.startsWith('color(') ? numbers : numbers.map((n) => n / 255);
  const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('contributor pathways', () => {
  it('Kubernetes + novice lists Zero to JupyterHub with its first-issue link', async () => {
    const { page, problems } = await open('/pathways');
    await page.getByRole('heading', { level: 1, name: 'Contributor pathways' }).waitFor();
    await page.getByRole('checkbox', { name: 'Kubernetes and Helm' }).check();
    await page.waitForURL(/skills=kubernetes/);
    const list = page.getByRole('list', { name: 'Projects to help' });
    const z2jh = list.locator(':scope > li', {
      has: page.getByRole('link', { name: 'Zero to JupyterHub with Kubernetes', exact: true }),
    });
    assert.equal(await z2jh.count(), 1);
    const first = z2jh.getByRole('link', { name: /^Good first issues/ });
    assert.match(
      await first.getAttribute('href'),
      /^https:\/\/github\.com\/jupyterhub\/zero-to-jupyterhub-k8s\/issues\?q=.*good\+first\+issue/,
    );
    assert.equal(await first.getAttribute('rel'), 'noopener noreferrer');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on pathways');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the skills map works by keyboard and reads as a table', async () => {
    const { page, problems } = await open('/pathways');
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await table.waitFor();
    // A header row and one row per area of the skills vocabulary.
    assert.equal(await table.getByRole('row').count(), 10);
    const cell = table.getByRole('button', { name: /^Kubernetes and containers, Novice:/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/cell=kubernetes%3Anovice|cell=kubernetes:novice/);
    const region = page.getByRole('region', { name: 'Selected cell' });
    assert.match(await region.textContent(), /Can:.*Learns next:/s);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the guided path “From user to contributor” links here', async () => {
    const { page, problems } = await open('/paths/from-user-to-contributor/4');
    await page.locator('.path-step .doc').waitFor();
    await page.getByRole('link', { name: 'where can I help?' }).click();
    await page.waitForURL(/\/pathways$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a phone every level of the map is reachable and the page never scrolls sideways', async () => {
    const { page, problems } = await open('/pathways', { viewport: PHONE });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await table.waitFor();
    const overflow = () =>
      page.evaluate(() => ({
        wide: document.documentElement.scrollWidth - window.innerWidth,
        tall: document.documentElement.scrollHeight - window.innerHeight,
        scrollX: window.scrollX,
      }));
    assert.deepEqual(await overflow(), { wide: 0, tall: 0, scrollX: 0 });
    // The last column: scrolled to inside the table's own box, then fully on screen.
    const mastery = table.getByRole('columnheader', { name: 'Mastery' });
    await mastery.scrollIntoViewIfNeeded();
    const box = await mastery.boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= PHONE.width,
      `Mastery at ${JSON.stringify(box)}`,
    );
    const cell = table.getByRole('button', { name: /^Community and design, Mastery:/ });
    await cell.click();
    assert.equal(await cell.getAttribute('aria-pressed'), 'true');
    const detail = page.getByRole('region', { name: 'Selected cell' });
    const shown = await detail.boundingBox();
    assert.ok(
      shown && shown.y >= 0 && shown.y < PHONE.height,
      `detail at ${JSON.stringify(shown)}`,
    );
    assert.deepEqual(await overflow(), { wide: 0, tall: 0, scrollX: 0 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('in dark mode the cells are dark, and axe finds nothing serious', async () => {
    const { page, problems } = await open('/pathways');
    const theme = page.getByRole('combobox', { name: 'Colour theme' });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await table.waitFor();
    const backgrounds = () =>
      table
        .locator('td')
        .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).backgroundColor));
    const light = (await backgrounds()).map(luminance);
    assert.ok(Math.max(...light) > 0.8, `light mode has light cells: ${Math.max(...light)}`);
    await theme.selectOption('dark');
    try {
      const dark = (await backgrounds()).map(luminance);
      assert.equal(dark.length, 36);
      assert.ok(Math.max(...dark) < 0.2, `every dark-mode cell is dark: ${Math.max(...dark)}`);
      // The text on the cells stays light enough to read.
      const ink = await table
        .getByRole('button')
        .first()
        .evaluate((b) => getComputedStyle(b).color);
      assert.ok(luminance(ink) > 0.6, `cell text ${ink}`);
      assert.deepEqual(await seriousA11yViolations(page), [], 'axe on pathways, dark');
    } finally {
      await theme.selectOption('system');
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a cell chosen near the bottom of the screen opens its detail in view, with focus', async () => {
    const { page, problems } = await open('/pathways', { viewport: { width: 1280, height: 720 } });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await table.waitFor();
    const cell = table.getByRole('button', { name: /^Community and design, Novice:/ });
    await cell.scrollIntoViewIfNeeded();
    const detail = page.getByRole('region', { name: 'Selected cell' });
    await cell.click();
    await detail.waitFor();
    const heading = detail.getByRole('heading', { level: 3, name: 'Community and design, Novice' });
    // Smooth scrolling takes a moment; wait until the whole detail is on screen.
    await page.waitForFunction(() => {
      const box = document.querySelector('[aria-label="Selected cell"]')?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.equal(await heading.evaluate((h) => h === document.activeElement), true);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
