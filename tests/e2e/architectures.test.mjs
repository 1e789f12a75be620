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
