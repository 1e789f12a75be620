import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite } from './browser.mjs';

const suite = browserSuite({ before, after });

/** Presses Tab until the element has focus (or fails after `limit` presses). */
async function tabTo(page, locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${locator} by Tab`);
}

describe('keyboard only', () => {
  it('explore → guided path → compare, without a pointer', async () => {
    const { page, problems } = await suite.open('/');
    // Explore: search, open a node, close it.
    await page.keyboard.press('/');
    await page.keyboard.type('localprocess');
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=local-process-spawner/);
    assert.ok(await page.locator('#detail-title').evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('node='));
    // A guided path: from the header link to the second step.
    await tabTo(page, page.getByRole('link', { name: 'Guided paths' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths$/);
    await tabTo(page, page.getByRole('link', { name: 'Choose a spawner', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths\/choose-a-spawner\/1$/);
    // The path pages load with their route; the step's heading takes focus when they have.
    await page.getByRole('heading', { level: 2, name: /^Step 1 of/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/paths\/choose-a-spawner\/2$/);
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/paths$/);
    // Compare: open the architectures, follow a card's compare link, swap.
    await tabTo(page, page.getByRole('link', { name: 'Architectures' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/architectures$/);
    await tabTo(
      page,
      page.getByRole('link', { name: /^Compare The Littlest JupyterHub with/ }),
      300,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\?a=the-littlest-jupyterhub/);
    await tabTo(page, page.getByRole('button', { name: 'Swap' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\?a=(?!the-littlest)/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
