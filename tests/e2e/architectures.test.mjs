import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas, seriousA11yViolations } from './browser.mjs';

const atlas = loadAtlas();
const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });
const arch = (id) => atlas.architectures.find((a) => a.id === id);

describe('reference architectures', () => {
  it('compares TLJH with Z2JH: both drawings, the difference, the table; swapping updates URL and view', async () => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub',
    );
    await page.getByRole('heading', { level: 1, name: 'Compare architectures' }).waitFor();
    const columns = page.locator('.compare-column');
    assert.equal(await columns.count(), 2);
    assert.equal(
      await columns.nth(0).getByRole('heading', { level: 2 }).textContent(),
      arch('the-littlest-jupyterhub').name,
    );
    assert.ok(
      (await columns.nth(0).locator('.arch-chip').count()) ===
        arch('the-littlest-jupyterhub').components.length,
    );
    assert.ok(await page.getByRole('heading', { name: /^In all \(\d+\)$/ }).isVisible());
    assert.ok(
      await page.getByRole('heading', { name: /^Only in The Littlest JupyterHub/ }).isVisible(),
    );
    assert.ok(
      (await page.locator('.compare-table tr.differs').count()) >= 5,
      'differing rows are marked',
    );
    assert.ok(await page.locator('.ordinal-chart svg').isVisible());
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on compare');
    await page.getByRole('button', { name: 'Swap' }).click();
    await page.waitForURL(/a=zero-to-jupyterhub&b=the-littlest-jupyterhub/);
    assert.equal(
      await columns.nth(0).getByRole('heading', { level: 2 }).textContent(),
      arch('zero-to-jupyterhub').name,
    );
    await page.getByRole('button', { name: 'Add a third' }).click();
    await page.waitForURL(/&c=/);
    assert.equal(await columns.count(), 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the chooser puts TLJH first for a class of 30 on one VM, with its reasons, on a phone too', async () => {
    const { page, problems } = await open('/choose', { viewport: { width: 375, height: 812 } });
    await page.getByRole('radio', { name: 'About a class (up to 30)' }).check();
    await page.getByRole('radio', { name: 'One virtual machine or server' }).check();
    await page.getByRole('radio', { name: 'Little: one person, part time' }).check();
    await page.waitForURL(/users=30/);
    const first = page
      .getByRole('list', { name: 'Ranked architectures' })
      .getByRole('listitem')
      .first();
    assert.match(
      await first.getByRole('heading', { level: 3 }).textContent(),
      /^The Littlest JupyterHub/,
    );
    assert.match(await first.textContent(), /runs on one machine, which you have/);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the chooser');
    await page.reload();
    assert.ok(
      await page.getByRole('radio', { name: 'About a class (up to 30)' }).isChecked(),
      'answers survive a reload',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a bare /compare asks which to compare; two ticks make the link', async () => {
    const { page, problems } = await open('/compare');
    const group = page.getByRole('group', { name: 'Architectures to compare (two or three)' });
    await group.waitFor();
    assert.equal(await page.locator('.compare-table').count(), 0, 'no pair is shown unasked');
    assert.equal(await group.getByRole('checkbox').count(), atlas.architectures.length);
    await group.getByRole('checkbox', { name: /^The Littlest JupyterHub/ }).check();
    await group.getByRole('checkbox', { name: /^Zero to JupyterHub/ }).check();
    await page
      .getByRole('link', { name: 'Compare The Littlest JupyterHub and Zero to JupyterHub' })
      .click();
    await page.waitForURL(/\/compare\?a=the-littlest-jupyterhub&b=zero-to-jupyterhub$/);
    await page.locator('.compare-table').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the picker and after');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('one architecture named: it says so and which one it is shown beside', async () => {
    const { page, problems } = await open('/compare?a=the-littlest-jupyterhub');
    const status = page.getByRole('status').filter({ hasText: 'was named' });
    await status.waitFor();
    assert.match(
      await status.innerText(),
      /^Only The Littlest JupyterHub was named; it is shown beside .+\. Pick another below/,
    );
    assert.equal(await page.locator('.compare-table').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('marks only rows that differ: DaskHub and Zero to JupyterHub share most', async () => {
    const { page, problems } = await open('/compare?a=zero-to-jupyterhub&b=daskhub');
    const table = page.getByRole('table');
    await table.waitFor();
    const marked = await table.getByRole('row').filter({ hasText: '(differs)' }).count();
    const rows = (await table.getByRole('row').count()) - 2; // the header and Deployments
    assert.ok(marked > 0 && marked < rows / 2, `${marked} of ${rows} rows marked`);
    assert.equal(
      await table
        .getByRole('row', { name: /^Users and scale/ })
        .getByText('(differs)')
        .count(),
      0,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a 390 px phone the table scrolls in its own box under a fixed attribute column', async () => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub&c=hpc-batchspawner',
      { viewport: { width: 390, height: 844 } },
    );
    const box = page.getByRole('region', { name: /^Attributes, with their sources/ });
    await box.waitFor();
    // The page scrolls in <main> under a fixed header, so neither may be wider than the screen.
    const overflow = await page.evaluate(() =>
      Math.max(
        ...[document.documentElement, document.querySelector('main')].map(
          (el) => el.scrollWidth - el.clientWidth,
        ),
      ),
    );
    assert.ok(overflow <= 0, `the page overflows sideways by ${overflow} px`);
    assert.ok(
      await box.evaluate((el) => el.scrollWidth > el.clientWidth + 100),
      'the table is wider than its box',
    );
    const row = page.getByRole('row', { name: /^Users and scale/ });
    const header = row.getByRole('rowheader');
    const cell = row.getByRole('cell').last();
    const before = [await header.boundingBox(), await cell.boundingBox()];
    await box.evaluate((el) => el.scrollBy(300, 0));
    await page.waitForFunction(
      () => document.querySelector('.compare-table-scroll').scrollLeft > 0,
    );
    const after = [await header.boundingBox(), await cell.boundingBox()];
    assert.equal(Math.round(after[0].x), Math.round(before[0].x), 'the attribute column stays');
    assert.ok(after[1].x < before[1].x - 100, 'the values scroll under it');
    // Chart labels as drawn on screen, not in the SVG's own units.
    const smallest = await page.locator('.ordinal-chart svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
        ),
      );
    });
    assert.ok(smallest >= 12, `the smallest chart label is ${smallest} px`);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /compare on a phone');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the chooser lists architectures unranked before any answer, then explains in words', async () => {
    const { page, problems } = await open('/choose');
    const unranked = page.getByRole('list', { name: 'Architectures, not ranked' });
    await unranked.waitFor();
    const names = await unranked.getByRole('heading', { level: 3 }).allTextContents();
    assert.equal(names.length, atlas.architectures.length);
    assert.deepEqual(
      names.map((n) => n.replace(/(archived|experimental|deprecated|maintenance)$/, '')),
      atlas.architectures.map((a) => a.name).sort((a, b) => a.localeCompare(b)),
      'alphabetical',
    );
    assert.equal(await page.getByText(/score/i).count(), 0, 'no score before an answer');
    await page.getByRole('radio', { name: 'Little: one person, part time' }).check();
    const ranked = page.getByRole('list', { name: 'Ranked architectures' });
    await ranked.waitFor();
    const tljh = ranked.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'The Littlest JupyterHub' }),
    });
    assert.match(await tljh.textContent(), /Fits your team’s skill\./);
    assert.match(await tljh.textContent(), /For: fits your team’s operations skill/);
    const managed = ranked.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: '2i2c managed hubs' }),
    });
    assert.doesNotMatch(await managed.textContent(), /asks more operations skill/);
    assert.equal(await page.getByText(/score/i).count(), 0, 'no bare score after answers');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the gallery has a card per architecture', async () => {
    const { page, problems } = await open('/architectures');
    await page.getByRole('heading', { level: 1, name: 'Reference architectures' }).waitFor();
    assert.equal(await page.locator('.arch-card').count(), atlas.architectures.length);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the gallery');
    assert.deepEqual(problems, []);
    await page.close();
  });
  it('a link to an architecture lands on its card: scrolled into view, marked and focused', async () => {
    const { page, problems } = await suite.open('/?node=kubespawner');
    const usedBy = page.getByRole('region', { name: 'Used by' });
    await usedBy.getByRole('link', { name: /^Zero to JupyterHub/ }).click();
    await page.waitForFunction(
      () => location.pathname === '/architectures' && location.hash === '#zero-to-jupyterhub',
    );
    const card = page.locator('#zero-to-jupyterhub');
    await card.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'zero-to-jupyterhub');
    assert.equal(await card.getAttribute('aria-current'), 'true');
    const box = await card.boundingBox();
    const height = page.viewportSize()?.height ?? 900;
    assert.ok(box && box.y >= 0 && box.y < height / 2, `the card starts at ${box?.y} px`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
