// The header search stays usable at every width: at least 160 px wide, on its own row when the
// links and menus leave no room (issue 21's first item).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite } from './browser.mjs';

const suite = browserSuite({ before, after });

describe('the header', () => {
  for (const width of [390, 768, 900, 1024, 1100, 1280, 1440, 1920])
    it(`at ${width} px the search box is at least 160 px wide and inside the window`, async () => {
      const { page, problems } = await suite.open('/', { viewport: { width, height: 800 } });
      const box = await page.getByRole('combobox', { name: 'Search the atlas' }).boundingBox();
      assert.ok(box && box.width >= 160, `search is ${box?.width} px wide`);
      assert.ok(box.x >= 0 && box.x + box.width <= width, 'search is inside the window');
      assert.deepEqual(problems, []);
      await page.close();
    });
});

describe('search results', () => {
  for (const width of [390, 1280])
    it(`at ${width} px no kind chip covers the name beside it`, async () => {
      const { page, problems } = await suite.open('/', { viewport: { width, height: 800 } });
      const box = page.getByRole('combobox', { name: 'Search the atlas' });
      for (const query of ['c.Spawner.cmd', 'spawner', 'authenticator_class']) {
        await box.fill(query);
        const rows = page.getByRole('option');
        await rows.first().waitFor();
        const overlaps = await rows.evaluateAll((items) =>
          items.flatMap((li) => {
            const name = li.querySelector('.search-hit-name')?.getBoundingClientRect();
            const chip = li.querySelector('.kind-chip')?.getBoundingClientRect();
            if (!name || !chip) return [];
            const apart =
              name.right <= chip.left + 0.5 ||
              chip.right <= name.left + 0.5 ||
              name.bottom <= chip.top + 0.5 ||
              chip.bottom <= name.top + 0.5;
            const inside = chip.right <= li.getBoundingClientRect().right + 0.5;
            return apart && inside ? [] : [li.textContent?.slice(0, 60)];
          }),
        );
        assert.deepEqual(overlaps, [], `“${query}”`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
});
