// The recorded login path on the steps of "What happens when you log in", and the recorded
// failures on "Debug a failed spawn", found by pasting what the hub said.
import { expect, test } from './fixtures';

const EXCHANGES = 'The exchanges this step explains, as recorded';

test.describe('what the hub actually did', () => {
  test('a step lights its recorded exchanges in the sequence and lists them in order', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/paths/what-happens-when-you-log-in/9', {
      waitForMap: false,
    });
    const section = page.getByRole('region', { name: 'What the hub actually did' });
    const list = section.getByRole('list', { name: EXCHANGES }).getByRole('listitem');
    await expect(list.first()).toBeVisible();
    const items = await list.allTextContents();
    expect(items.length, 'exchanges listed').toBeGreaterThanOrEqual(5);
    expect(items.join('\n')).toMatch(/GET \/hub\/api\/oauth2\/authorize\?client_id=…/);
    expect(items.join('\n')).toMatch(
      /Single-user server → Hub: POST \/hub\/api\/oauth2\/token → 200/,
    );
    await expect(section.locator('.sequence-msg.is-lit')).toHaveCount(items.length);
    expect(
      await section.locator('.sequence-msg').count(),
      'the whole conversation is drawn',
    ).toBeGreaterThan(items.length);
    await expect(section).toContainText(
      /Recorded on \d{4}-\d\d-\d\d from a running JupyterHub 3\.0\.0/,
    );
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download the sequence (SVG)' }).click();
    expect((await download).suggestedFilename()).toBe('jupyter-atlas-login-sequence.svg');
    expect(await axe(page), 'axe on a step with its sequence').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('reads on a phone, in dark mode, and by keyboard from step to step', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/paths/what-happens-when-you-log-in/3', {
      viewport: { width: 390, height: 844 },
      waitForMap: false,
    });
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.getByRole('region', { name: 'What the hub actually did' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/4$/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/5$/);
    await expect(page.getByRole('list', { name: EXCHANGES })).toContainText('GET /hub/spawn');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
    expect(await axe(page), 'axe, phone, dark').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('pasting the Hub’s own words finds the step that explains them', async ({ open }) => {
    const { page, problems } = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type("ana's server failed to start in 3 seconds, giving up.");
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(first).toContainText('Known failure');
    await expect(first).toContainText(
      'Debug a failed spawn, step 4: The spawner took too long: start_timeout',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/paths\/debug-a-failed-spawn\/4$/);
    const failures = page.getByRole('region', { name: 'Seen on a real hub' });
    await expect(failures).toContainText('Spawn failed: Timeout');
    await expect(failures).toContainText('failed to start in {time}, giving up');
    expect(problems).toEqual([]);
  });
});
