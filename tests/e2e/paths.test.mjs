import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas, seriousA11yViolations } from './browser.mjs';

const atlas = loadAtlas();
const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in');

const suite = browserSuite({ before, after });
const { url } = suite;
// Path pages have their own map; each test waits for what it needs.
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });

const stepHeading = (page) => page.locator('.path-step-title');

describe('guided paths', () => {
  it('the ten paths are in the gallery, and one is walked end to end by keyboard only', async () => {
    assert.ok(atlas.paths.length >= 10);
    const { page, problems } = await open('/paths');
    // The gallery loads with its route.
    await page.locator('.path-card').first().waitFor();
    assert.equal(await page.locator('.path-card').count(), atlas.paths.length);
    const link = page.getByRole('link', { name: login.title, exact: true });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    assert.ok(
      await link.evaluate((el) => el === document.activeElement),
      'the first path card link takes focus',
    );
    await page.keyboard.press('Enter');
    for (let i = 0; i < login.steps.length; i++) {
      await page.waitForURL(new RegExp(`/paths/${login.id}/${i + 1}$`));
      await page.locator('.map-frame[data-framed="true"]').waitFor();
      assert.match(
        await stepHeading(page).textContent(),
        new RegExp(
          `Step ${i + 1} of ${login.steps.length}:\\s*${login.steps[i].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ),
      );
      // The step's nodes are lit on the path's own map.
      for (const id of login.steps[i].focus)
        assert.ok(
          await page
            .locator(`[data-node-id="${id}"].is-path, [data-node-id="${id}"].is-selected`)
            .count(),
          `${id} lit at step ${i + 1}`,
        );
      if (i === 0) assert.deepEqual(await seriousA11yViolations(page), [], 'axe on a step');
      if (i < login.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
    assert.ok(await page.getByRole('heading', { name: 'Where to go next' }).isVisible());
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/paths$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('every step of every path opens, with its text and lit nodes, and no error', async () => {
    const { page, problems } = await open('/paths');
    for (const path of atlas.paths) {
      for (let i = 0; i < path.steps.length; i++) {
        await page.goto(url(`/paths/${path.id}/${i + 1}`));
        await page.locator('.path-step .doc').waitFor();
        await page.locator('.map-frame[data-framed="true"]').waitFor();
        const text = await page.locator('.path-step .doc').textContent();
        assert.ok(text && text.length > 200, `${path.id} step ${i + 1} has its text`);
        assert.equal(
          await page.getByText('could not be', { exact: false }).count(),
          0,
          `${path.id} step ${i + 1} doc loads`,
        );
        assert.ok(
          (await page.locator('.atlas-node.is-path, .atlas-node.is-selected').count()) >= 1,
        );
      }
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a deep link to a middle step restores it, and progress survives a reload', async () => {
    const spawner = atlas.paths.find((p) => p.id === 'choose-a-spawner');
    // Earlier tests walked paths in this browser profile: start from no progress.
    const { page, problems } = await open('/paths');
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(url(`/paths/${spawner.id}/4`));
    assert.match(
      await stepHeading(page).textContent(),
      new RegExp(`Step 4 of ${spawner.steps.length}`),
    );
    await page.goto(url('/paths'));
    await page.reload();
    const card = page.locator('.path-card', {
      has: page.getByRole('link', { name: spawner.title, exact: true }),
    });
    assert.match(
      await card.textContent(),
      new RegExp(`1 of ${spawner.steps.length} steps visited`),
    );
    assert.equal(
      await card.getByRole('link', { name: 'Resume at step 4' }).getAttribute('href'),
      `/paths/${spawner.id}/4`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('animates the step’s relations, except for readers who prefer reduced motion', async () => {
    const step = login.steps.findIndex((s) => s.edges.length > 0);
    const animation = async (page) =>
      page
        .locator('.react-flow__edge.is-path .react-flow__edge-path')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName);
    const moving = await open(`/paths/${login.id}/${step + 1}`);
    await moving.page.locator('.react-flow__edge.is-path').first().waitFor();
    assert.notEqual(await animation(moving.page), 'none');
    await moving.page.close();
    const still = await open(`/paths/${login.id}/${step + 1}`, { reducedMotion: true });
    await still.page.locator('.react-flow__edge.is-path').first().waitFor();
    assert.equal(await animation(still.page), 'none');
    assert.deepEqual(still.problems, []);
    await still.page.close();
  });
});
