// Guided paths: the gallery, a path walked by keyboard, deep links and progress, and motion.
// Every step of every path is opened and read in path-camera.spec.ts.
import type { Page } from '@playwright/test';
import { expect, mapFramed, test } from './fixtures';

const stepHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+/ });
/** The gallery's cards: one list item per path, headed by a link to it. */
const cards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('guided paths', () => {
  test('every path is in the gallery, and one is walked end to end by keyboard only', async ({
    open,
    atlas,
    axe,
  }) => {
    const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in')!;
    const { page, problems } = await open('/paths', { waitForMap: false });
    // The gallery loads with its route.
    await expect(cards(page)).toHaveCount(atlas.paths.length);
    const link = page.getByRole('link', { name: login.title, exact: true });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(link, 'the first path card link takes focus').toBeFocused();
    await page.keyboard.press('Enter');
    for (let i = 0; i < login.steps.length; i++) {
      const step = login.steps[i]!;
      await expect(page).toHaveURL(new RegExp(`/paths/${login.id}/${i + 1}$`));
      await mapFramed(page);
      await expect(stepHeading(page)).toHaveText(
        new RegExp(`Step ${i + 1} of ${login.steps.length}:\\s*${escape(step.title)}$`),
      );
      // The step's nodes are lit on the path's own map.
      for (const id of step.focus)
        await expect(
          page
            .locator(`[data-node-id="${id}"].is-path, [data-node-id="${id}"].is-selected`)
            .first(),
          `${id} lit at step ${i + 1}`,
        ).toBeAttached();
      if (i === 0) expect(await axe(page), 'axe on a step').toEqual([]);
      if (i < login.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
    await expect(page.getByRole('heading', { name: 'Where to go next' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/paths$/);
    expect(problems).toEqual([]);
  });

  test('a deep link to a middle step restores it, and progress survives a reload', async ({
    open,
    atlas,
  }) => {
    const spawner = atlas.paths.find((p) => p.id === 'choose-a-spawner')!;
    // A fresh context: no progress on any path yet.
    const { page, problems } = await open(`/paths/${spawner.id}/4`, { waitForMap: false });
    await expect(stepHeading(page)).toHaveText(new RegExp(`Step 4 of ${spawner.steps.length}`));
    await page.goto('/paths');
    await page.reload();
    const card = cards(page).filter({
      has: page.getByRole('link', { name: spawner.title, exact: true }),
    });
    await expect(card).toContainText(`1 of ${spawner.steps.length} steps visited`);
    await expect(card.getByRole('link', { name: 'Resume at step 4' })).toHaveAttribute(
      'href',
      `/paths/${spawner.id}/4`,
    );
    expect(problems).toEqual([]);
  });

  test('animates the step’s relations, except for readers who prefer reduced motion', async ({
    open,
    atlas,
  }) => {
    const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in')!;
    const step = login.steps.findIndex((s) => s.edges.length > 0);
    const edge = (page: Page) =>
      page.locator('.react-flow__edge.is-path .react-flow__edge-path').first();
    const moving = await open(`/paths/${login.id}/${step + 1}`, { waitForMap: false });
    await expect(edge(moving.page)).toBeAttached();
    await expect(edge(moving.page)).not.toHaveCSS('animation-name', 'none');
    const still = await open(`/paths/${login.id}/${step + 1}`, {
      reducedMotion: true,
      waitForMap: false,
    });
    await expect(edge(still.page)).toBeAttached();
    await expect(edge(still.page)).toHaveCSS('animation-name', 'none');
    expect([...moving.problems, ...still.problems]).toEqual([]);
  });
});
