import type { Page } from '@playwright/test';
import { expect, test, type AtlasExport } from './fixtures';

const arch = (atlas: AtlasExport, id: string) => atlas.architectures.find((a) => a.id === id)!;
/** The gallery's cards: one list item per architecture, each headed by its name. */
const cards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });

test.describe('reference architectures', () => {
  test('compares TLJH with Z2JH: both drawings, the difference, the table; swapping updates URL and view', async ({
    open,
    atlas,
    axe,
  }) => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub',
      { waitForMap: false },
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare architectures' }),
    ).toBeVisible();
    const columns = page.locator('.compare-column');
    await expect(columns).toHaveCount(2);
    const tljh = arch(atlas, 'the-littlest-jupyterhub');
    await expect(columns.nth(0).getByRole('heading', { level: 2 })).toHaveText(tljh.name);
    await expect(columns.nth(0).locator('.arch-chip')).toHaveCount(tljh.components.length);
    await expect(page.getByRole('heading', { name: /^In all \(\d+\)$/ })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /^Only in The Littlest JupyterHub/ }),
    ).toBeVisible();
    expect(
      await page.getByRole('table').getByRole('row').filter({ hasText: '(differs)' }).count(),
      'differing rows are marked',
    ).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.ordinal-chart svg')).toBeVisible();
    expect(await axe(page), 'axe on compare').toEqual([]);
    await page.getByRole('button', { name: 'Swap' }).click();
    await expect(page).toHaveURL(/a=zero-to-jupyterhub&b=the-littlest-jupyterhub/);
    await expect(columns.nth(0).getByRole('heading', { level: 2 })).toHaveText(
      arch(atlas, 'zero-to-jupyterhub').name,
    );
    await page.getByRole('button', { name: 'Add a third' }).click();
    await expect(page).toHaveURL(/&c=/);
    await expect(columns).toHaveCount(3);
    expect(problems).toEqual([]);
  });

  test('the chooser puts TLJH first for a class of 30 on one VM, with its reasons, on a phone too', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/choose', {
      viewport: { width: 375, height: 812 },
      waitForMap: false,
    });
    await page.getByRole('radio', { name: 'About a class (up to 30)' }).check();
    await page.getByRole('radio', { name: 'One virtual machine or server' }).check();
    await page.getByRole('radio', { name: 'Little: one person, part time' }).check();
    await expect(page).toHaveURL(/users=30/);
    const first = page
      .getByRole('list', { name: 'Ranked architectures' })
      .getByRole('listitem')
      .first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^The Littlest JupyterHub/);
    await expect(first).toContainText('runs on one machine, which you have');
    expect(await axe(page), 'axe on the chooser').toEqual([]);
    await page.reload();
    await expect(
      page.getByRole('radio', { name: 'About a class (up to 30)' }),
      'answers survive a reload',
    ).toBeChecked();
    expect(problems).toEqual([]);
  });

  test('a bare /compare asks which to compare; two ticks make the link', async ({
    open,
    atlas,
    axe,
  }) => {
    const { page, problems } = await open('/compare', { waitForMap: false });
    const group = page.getByRole('group', { name: 'Architectures to compare (two or three)' });
    await expect(group).toBeVisible();
    await expect(page.getByRole('table'), 'no pair is shown unasked').toHaveCount(0);
    await expect(group.getByRole('checkbox')).toHaveCount(atlas.architectures.length);
    await group.getByRole('checkbox', { name: /^The Littlest JupyterHub/ }).check();
    await group.getByRole('checkbox', { name: /^Zero to JupyterHub/ }).check();
    await page
      .getByRole('link', { name: 'Compare The Littlest JupyterHub and Zero to JupyterHub' })
      .click();
    await expect(page).toHaveURL(/\/compare\?a=the-littlest-jupyterhub&b=zero-to-jupyterhub$/);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axe(page), 'axe on the picker and after').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('one architecture named: it says so and which one it is shown beside', async ({ open }) => {
    const { page, problems } = await open('/compare?a=the-littlest-jupyterhub', {
      waitForMap: false,
    });
    await expect(page.getByRole('status').filter({ hasText: 'was named' })).toHaveText(
      /^Only The Littlest JupyterHub was named; it is shown beside .+\. Pick another below/,
    );
    await expect(page.getByRole('table')).toHaveCount(1);
    expect(problems).toEqual([]);
  });

  test('marks only rows that differ: DaskHub and Zero to JupyterHub share most', async ({
    open,
  }) => {
    const { page, problems } = await open('/compare?a=zero-to-jupyterhub&b=daskhub', {
      waitForMap: false,
    });
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const marked = await table.getByRole('row').filter({ hasText: '(differs)' }).count();
    const rows = (await table.getByRole('row').count()) - 2; // the header and Deployments
    expect(marked > 0 && marked < rows / 2, `${marked} of ${rows} rows marked`).toBe(true);
    await expect(
      table.getByRole('row', { name: /^Users and scale/ }).getByText('(differs)'),
    ).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('on a 390 px phone the table scrolls in its own box under a fixed attribute column', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub&c=hpc-batchspawner',
      { viewport: { width: 390, height: 844 }, waitForMap: false },
    );
    const box = page.getByRole('region', { name: /^Attributes, with their sources/ });
    await expect(box).toBeVisible();
    // The page scrolls in <main> under a fixed header, so neither may be wider than the screen.
    const overflow = await page.evaluate(() =>
      Math.max(
        ...[document.documentElement, document.querySelector('main')!].map(
          (el) => el.scrollWidth - el.clientWidth,
        ),
      ),
    );
    expect(overflow, 'how far the page overflows sideways').toBeLessThanOrEqual(0);
    expect(
      await box.evaluate((el) => el.scrollWidth > el.clientWidth + 100),
      'the table is wider than its box',
    ).toBe(true);
    const row = page.getByRole('row', { name: /^Users and scale/ });
    const header = row.getByRole('rowheader');
    const cell = row.getByRole('cell').last();
    const before = [(await header.boundingBox())!, (await cell.boundingBox())!] as const;
    await box.evaluate((el) => el.scrollBy(300, 0));
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const after = [(await header.boundingBox())!, (await cell.boundingBox())!] as const;
    expect(Math.round(after[0].x), 'the attribute column stays').toBe(Math.round(before[0].x));
    expect(after[1].x, 'the values scroll under it').toBeLessThan(before[1].x - 100);
    // Chart labels as drawn on screen, not in the SVG's own units.
    const smallest = await page.locator('.ordinal-chart svg').evaluate((svg) => {
      const chart = svg as SVGSVGElement;
      const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
      return Math.min(
        ...[...chart.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
        ),
      );
    });
    expect(smallest, 'the smallest chart label in px').toBeGreaterThanOrEqual(12);
    expect(await axe(page), 'axe on /compare on a phone').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the chooser lists architectures unranked before any answer, then explains in words', async ({
    open,
    atlas,
  }) => {
    const { page, problems } = await open('/choose', { waitForMap: false });
    const unranked = page.getByRole('list', { name: 'Architectures, not ranked' });
    const names = unranked.getByRole('heading', { level: 3 });
    await expect(names).toHaveCount(atlas.architectures.length);
    expect(
      (await names.allTextContents()).map((n) =>
        n.replace(/(archived|experimental|deprecated|maintenance)$/, ''),
      ),
      'alphabetical',
    ).toEqual(atlas.architectures.map((a) => a.name).sort((a, b) => a.localeCompare(b)));
    await expect(page.getByText(/score/i), 'no score before an answer').toHaveCount(0);
    await page.getByRole('radio', { name: 'Little: one person, part time' }).check();
    const ranked = page.getByRole('list', { name: 'Ranked architectures' });
    const item = (name: string) =>
      ranked
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    const tljh = item('The Littlest JupyterHub');
    await expect(tljh).toContainText('Fits your team’s skill.');
    await expect(tljh).toContainText('For: fits your team’s operations skill');
    await expect(item('2i2c managed hubs')).not.toContainText('asks more operations skill');
    await expect(page.getByText(/score/i), 'no bare score after answers').toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('the gallery has a card per architecture', async ({ open, atlas }) => {
    const { page, problems } = await open('/architectures', { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Reference architectures' }),
    ).toBeVisible();
    await expect(cards(page)).toHaveCount(atlas.architectures.length);
    // axe on the gallery: reliability.spec.ts's sweep of every route and deployments.spec.ts.
    expect(problems).toEqual([]);
  });

  test('a link to an architecture lands on its card: scrolled into view, marked and focused', async ({
    open,
    atlas,
  }) => {
    const { page, problems } = await open('/?node=kubespawner');
    const usedBy = page.getByRole('region', { name: 'Used by' });
    await usedBy.getByRole('link', { name: /^Zero to JupyterHub/ }).click();
    await expect(page).toHaveURL(/\/architectures#zero-to-jupyterhub$/);
    const card = cards(page).filter({
      has: page.getByRole('heading', {
        level: 2,
        name: arch(atlas, 'zero-to-jupyterhub').name,
        exact: true,
      }),
    });
    await expect(card).toBeFocused();
    await expect(card).toHaveAttribute('aria-current', 'true');
    const box = await card.boundingBox();
    const height = page.viewportSize()?.height ?? 900;
    expect(
      box !== null && box.y >= 0 && box.y < height / 2,
      `the card starts at ${box?.y} px`,
    ).toBe(true);
    expect(problems).toEqual([]);
  });
});
