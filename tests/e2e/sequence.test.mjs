// The recorded login path on the steps of "What happens when you log in", and the recorded
// failures on "Debug a failed spawn", found by pasting what the hub said.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });

describe('what the hub actually did', () => {
  it('a step lights its recorded exchanges in the sequence and lists them in order', async () => {
    const { page, problems } = await open('/paths/what-happens-when-you-log-in/9');
    const section = page.getByRole('region', { name: 'What the hub actually did' });
    await section.waitFor();
    const list = section.getByRole('list', {
      name: 'The exchanges this step explains, as recorded',
    });
    const items = await list.getByRole('listitem').allTextContents();
    assert.ok(items.length >= 5, `${items.length} exchanges`);
    assert.match(items.join('\n'), /GET \/hub\/api\/oauth2\/authorize\?client_id=…/);
    assert.match(
      items.join('\n'),
      /Single-user server → Hub: POST \/hub\/api\/oauth2\/token → 200/,
    );
    const lit = await section.locator('.sequence-msg.is-lit').count();
    assert.equal(lit, items.length);
    assert.ok(
      (await section.locator('.sequence-msg').count()) > lit,
      'the whole conversation is drawn',
    );
    assert.match(
      await section.textContent(),
      /Recorded on \d{4}-\d\d-\d\d from a running JupyterHub 3\.0\.0/,
    );
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download the sequence (SVG)' }).click();
    assert.equal((await download).suggestedFilename(), 'jupyter-atlas-login-sequence.svg');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on a step with its sequence');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads on a phone, in dark mode, and by keyboard from step to step', async () => {
    const { page, problems } = await open('/paths/what-happens-when-you-log-in/3', {
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await page.getByRole('region', { name: 'What the hub actually did' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/4$/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/5$/);
    assert.match(
      await page
        .getByRole('list', { name: 'The exchanges this step explains, as recorded' })
        .textContent(),
      /GET \/hub\/spawn/,
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 1, `scrolls sideways by ${overflow}px`);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe, phone, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('pasting the Hub’s own words finds the step that explains them', async () => {
    const { page, problems } = await suite.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type("ana's server failed to start in 3 seconds, giving up.");
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await first.filter({ hasText: 'Known failure' }).waitFor();
    assert.match(
      await first.textContent(),
      /Debug a failed spawn, step 4: The spawner took too long: start_timeout/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths\/debug-a-failed-spawn\/4$/);
    const failures = page.getByRole('region', { name: 'Seen on a real hub' });
    await failures.waitFor();
    assert.match(await failures.textContent(), /Spawn failed: Timeout/);
    assert.match(await failures.textContent(), /failed to start in \{time\}, giving up/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
