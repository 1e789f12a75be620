import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

/** Relative luminance (0 black … 1 white) of a computed CSS colour: rgb() or color(srgb …). */
function luminance(css: string): number {
  const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0] = css.startsWith('color(') ? numbers : numbers.map((n) => n / 255);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

test.describe('contributor pathways', () => {
  test('Kubernetes + novice lists Zero to JupyterHub with its first-issue link', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/pathways', { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Contributor pathways' }),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: 'Kubernetes and Helm' }).check();
    await expect(page).toHaveURL(/skills=kubernetes/);
    const list = page.getByRole('list', { name: 'Projects to help' });
    const z2jh = list.locator(':scope > li', {
      has: page.getByRole('link', { name: 'Zero to JupyterHub with Kubernetes', exact: true }),
    });
    await expect(z2jh).toHaveCount(1);
    const first = z2jh.getByRole('link', { name: /^Good first issues/ });
    await expect(first).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/jupyterhub\/zero-to-jupyterhub-k8s\/issues\?q=.*good\+first\+issue/,
    );
    await expect(first).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await axe(page), 'axe on pathways').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the skills map works by keyboard and reads as a table', async ({ open }) => {
    const { page, problems } = await open('/pathways', { waitForMap: false });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    // A header row and one row per area of the skills vocabulary.
    await expect(table.getByRole('row')).toHaveCount(10);
    await table.getByRole('button', { name: /^Kubernetes and containers, Novice:/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/cell=kubernetes%3Anovice|cell=kubernetes:novice/);
    await expect(page.getByRole('region', { name: 'Selected cell' })).toHaveText(
      /Can:.*Learns next:/s,
    );
    expect(problems).toEqual([]);
  });

  test('the guided path “From user to contributor” links here', async ({ open }) => {
    const { page, problems } = await open('/paths/from-user-to-contributor/4', {
      waitForMap: false,
    });
    await page.getByRole('link', { name: 'where can I help?' }).click();
    await expect(page).toHaveURL(/\/pathways$/);
    expect(problems).toEqual([]);
  });

  test('on a phone every level of the map is reachable and the page never scrolls sideways', async ({
    open,
  }) => {
    const { page, problems } = await open('/pathways', { viewport: PHONE, waitForMap: false });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await expect(table).toBeVisible();
    const overflow = () =>
      page.evaluate(() => ({
        wide: document.documentElement.scrollWidth - window.innerWidth,
        tall: document.documentElement.scrollHeight - window.innerHeight,
        scrollX: window.scrollX,
      }));
    expect(await overflow()).toEqual({ wide: 0, tall: 0, scrollX: 0 });
    // The last column: scrolled to inside the table's own box, then fully on screen.
    const mastery = table.getByRole('columnheader', { name: 'Mastery' });
    await mastery.scrollIntoViewIfNeeded();
    const box = await mastery.boundingBox();
    expect(
      box !== null && box.x >= 0 && box.x + box.width <= PHONE.width,
      `Mastery at ${JSON.stringify(box)}`,
    ).toBe(true);
    const cell = table.getByRole('button', { name: /^Community and design, Mastery:/ });
    await cell.click();
    await expect(cell).toHaveAttribute('aria-pressed', 'true');
    const shown = await page.getByRole('region', { name: 'Selected cell' }).boundingBox();
    expect(
      shown !== null && shown.y >= 0 && shown.y < PHONE.height,
      `detail at ${JSON.stringify(shown)}`,
    ).toBe(true);
    expect(await overflow()).toEqual({ wide: 0, tall: 0, scrollX: 0 });
    expect(problems).toEqual([]);
  });

  test('in dark mode the cells are dark, and axe finds nothing serious', async ({ open, axe }) => {
    const { page, problems } = await open('/pathways', { waitForMap: false });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await expect(table).toBeVisible();
    const backgrounds = () =>
      table
        .locator('td')
        .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).backgroundColor));
    const light = (await backgrounds()).map(luminance);
    expect(Math.max(...light), 'light mode has light cells').toBeGreaterThan(0.8);
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect((await backgrounds()).length).toBe(36);
    await expect
      .poll(async () => Math.max(...(await backgrounds()).map(luminance)), {
        message: 'every dark-mode cell is dark',
      })
      .toBeLessThan(0.2);
    // The text on the cells stays light enough to read.
    const ink = await table
      .getByRole('button')
      .first()
      .evaluate((b) => getComputedStyle(b).color);
    expect(luminance(ink), `cell text ${ink}`).toBeGreaterThan(0.6);
    expect(await axe(page), 'axe on pathways, dark').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a cell chosen near the bottom of the screen opens its detail in view, with focus', async ({
    open,
  }) => {
    const { page, problems } = await open('/pathways', {
      viewport: { width: 1280, height: 720 },
      waitForMap: false,
    });
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    const cell = table.getByRole('button', { name: /^Community and design, Novice:/ });
    await cell.scrollIntoViewIfNeeded();
    const detail = page.getByRole('region', { name: 'Selected cell' });
    await cell.click();
    await expect(detail).toBeVisible();
    // Smooth scrolling takes a moment; wait until the whole detail is on screen.
    await expect
      .poll(() =>
        detail.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await expect(
      detail.getByRole('heading', { level: 3, name: 'Community and design, Novice' }),
    ).toBeFocused();
    expect(problems).toEqual([]);
  });
});
